import { z } from 'zod';
import { list, localizedName, localizedText, recordId, shortText, sources } from './common.ts';
import { registerKind } from './service.ts';

export const category = z
  .strictObject({
    id: recordId,
    name: localizedName.describe('The life situation, e.g. "Birth of a child".'),
    description: localizedText.optional(),
  })
  .describe('A life situation that groups services.');

export const categories = list(category, 500).describe('registry/categories.yaml: the life-situation taxonomy.');

/** The registers kept for the whole country; a local register belongs to its municipality. */
const nationalRegisterKinds = registerKind.exclude(['local']);

export const registerChapter = z
  .strictObject({
    chapter: shortText.describe('Chapter number as printed, e.g. "4".'),
    title: localizedName.describe('Chapter title as printed.'),
    sources,
  })
  .describe('A chapter of an official register.');

export const register = z
  .strictObject({
    id: nationalRegisterKinds,
    name: localizedName,
    approved_by: recordId.optional().describe('Id of the act that approved the register.'),
    chapters: list(registerChapter, 200).optional().describe('Chapters whose titles have been found in a source.'),
    note: localizedText.optional(),
    sources,
  })
  .describe('An official register of services.');

export const registers = list(register, nationalRegisterKinds.options.length).describe('registry/registers.yaml: the unified state register and the basic municipal register.');

export type Category = z.infer<typeof category>;
export type Register = z.infer<typeof register>;
export type RegisterChapter = z.infer<typeof registerChapter>;
