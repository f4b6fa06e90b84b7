import { z } from 'zod';
import { isoDate, localizedName, localizedText, recordId, shortText, sources } from './common.ts';
import { standardSectionKeys } from './service.ts';

export const figure = z
  .strictObject({
    label: localizedName.describe('What was counted, e.g. "respondents who paid an informal payment".'),
    value: z.number({ error: 'must be a number' }).describe('The figure.'),
    unit: z.enum(['percent', 'people', 'services', 'days', 'minutes', 'som', 'count']).describe('Unit of the figure.'),
    base: localizedName.optional().describe('Of whom or of what, e.g. "of 1,200 respondents".'),
  })
  .describe('A number reported by the assessment.');

export const finding = z
  .strictObject({
    text: localizedText.describe('The finding in plain words.'),
    service: recordId.optional().describe('Id of the service the finding is about, if one.'),
    section: z.enum(standardSectionKeys).optional().describe('Section of the standard the finding is measured against.'),
    figures: z.array(figure).optional(),
    page: shortText.optional().describe('Page or section of the report.'),
  })
  .describe('One finding of the assessment.');

export const assessment = z
  .strictObject({
    id: recordId.describe('Stable id, equal to the file name without .md.'),
    title: localizedName,
    kind: z
      .enum(['independent-expertise', 'monitoring', 'survey', 'analytical-paper', 'self-assessment', 'other'])
      .describe('Kind of assessment.'),
    assessors: z.array(localizedName).min(1, { error: 'needs at least one assessor' }).describe('Who carried it out.'),
    published: isoDate.optional().describe('Date of publication (use the first day of the year or month if only that is known, and say so in "note").'),
    year: z.number().int().min(1991).max(2100).optional().describe('Year of publication, when the exact date is not known.'),
    period: localizedName.optional().describe('Period the assessment covers.'),
    method: localizedText.describe('How it was done: survey, interviews, document review...'),
    sample: localizedText.optional().describe('Who or what was covered, and how many.'),
    services: z.array(recordId).optional().describe('Ids of the services assessed.'),
    findings: z.array(finding).optional(),
    language: z.enum(['ky', 'ru', 'en']).describe('Language of the Markdown body below the front matter.'),
    note: localizedText.optional(),
    sources,
  })
  .describe('An independent assessment or monitoring report (Markdown with YAML front matter).');

export type Assessment = z.infer<typeof assessment>;
export type Finding = z.infer<typeof finding>;
