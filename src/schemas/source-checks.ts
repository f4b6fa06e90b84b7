import { z } from 'zod';
import { isoDate, list, shortText, webUrl } from './common.ts';

/** A source address that did not open when it was last checked. */
export const unreachableSource = z
  .strictObject({
    url: webUrl.describe('The source address as the registry cites it.'),
    status: shortText.describe('What happened: an HTTP status such as "404", or "no answer within 15 s", "connection refused", "host not found".'),
  })
  .describe('A source address that could not be reached.');

/** The results file of `npm run check-sources`, kept in the registry folder so that the site can mark dead sources. */
export const sourceCheckResults = z
  .strictObject({
    checked: isoDate.describe('Day of the check (UTC).'),
    unreachable: list(unreachableSource, 100_000).describe('Every source address that could not be reached, sorted.'),
  })
  .describe('registry/_source-checks.json: the addresses "npm run check-sources" could not reach, written by it.');

export type SourceCheckResults = z.infer<typeof sourceCheckResults>;
