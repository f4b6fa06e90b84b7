import { z } from 'zod';
import { isoDate, list, localizedName, localizedText, recordId, shortText, sources, webUrl } from './common.ts';

export const actType = z
  .enum(['constitution', 'code', 'law', 'presidential-decree', 'government-decree', 'cabinet-resolution', 'ministry-order', 'agency-order', 'local-council-decision', 'other'])
  .describe('Kind of legal act. "government-decree" is a токтом/постановление of the Government (before May 2021); "cabinet-resolution" one of the Cabinet of Ministers (since).');

export const actStatus = z.enum(['in-force', 'amended', 'repealed', 'unknown']).describe('Whether the act is in force, in force with amendments, repealed, or not yet confirmed.');

export const actChange = z
  .strictObject({
    kind: z.enum(['amended', 'repealed', 'replaced']).describe('What the change did to this act.'),
    by: recordId.optional().describe('Id of the act that made the change, when it is in the registry.'),
    by_text: localizedName.optional().describe('The changing act as cited, when it is not (yet) in the registry, e.g. "No. 643 of 25.09.2012".'),
    date: isoDate.optional().describe('Date of the change (adoption of the changing act or date it took effect).'),
    note: localizedText.optional(),
    sources: sources.optional(),
  })
  .refine((value) => value.by !== undefined || value.by_text !== undefined || value.date !== undefined, {
    error: 'a change needs "by" (an act id), "by_text" (the act as cited) or at least its "date"',
  })
  .describe('One amendment or repeal of this act.');

export const act = z
  .strictObject({
    id: recordId.describe('Stable id, equal to the file name, e.g. "government-decree-85-2012".'),
    former_ids: list(recordId, 50).optional().describe('Earlier ids of this act (e.g. after a wrong number or date was corrected); their addresses redirect here.'),
    type: actType,
    number: shortText.optional().describe('Official number as printed, e.g. "85" or "01-24/19".'),
    date: isoDate.optional().describe('Date of adoption or signature.'),
    title: localizedText.optional().describe('Official title. Leave a language out if no official text in it was seen.'),
    issuer: recordId.optional().describe('Id of the body that adopted the act.'),
    urls: list(
      z.strictObject({
        url: webUrl,
        lang: z.enum(['ky', 'ru', 'en']).optional().describe('Language of the text at this address.'),
        note: shortText.optional(),
      }),
      20,
    )
      .optional()
      .describe('Where the text of the act can be read; the official legal database first.'),
    status: actStatus,
    changes: list(actChange, 500).optional().describe('Known amendments and repeal, oldest first.'),
    note: localizedText.optional().describe('What a reader should know about this act.'),
    sources,
  })
  .describe('A legal act: law, code, decree, resolution, order or local council decision.');

export type Act = z.infer<typeof act>;
