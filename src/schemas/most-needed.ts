import { z } from 'zod';
import { recordId } from './common.ts';

/** At most this many: the home page shows them all before the life situations, so the list must stay short. */
export const mostNeededLimit = 16;

export const mostNeeded = z
  .array(recordId.describe('Id of a service: the name of its file in registry/services/ without ".yaml", e.g. "id-card".'))
  .max(mostNeededLimit, { error: `lists more than ${mostNeededLimit} services; keep the ones people need most` })
  .superRefine((ids, context) => {
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) context.addIssue({ code: 'custom', path: [index], message: 'is listed twice; keep one line per service' });
    });
  })
  .describe('registry/most-needed.yaml: the services people need most, in the order the home page lists them first.');

export type MostNeeded = z.infer<typeof mostNeeded>;
