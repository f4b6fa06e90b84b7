import { z } from 'zod';
import { list, recordId, shortText } from './common.ts';

export const searchPin = z
  .strictObject({
    service: recordId.describe('Id of the service to show first, e.g. "birth-registration".'),
    queries: z
      .strictObject({
        ky: list(shortText, 50).optional().describe('Kyrgyz queries, as people type them, e.g. "метрика".'),
        ru: list(shortText, 50).optional().describe('Russian queries, as people type them, e.g. "метрика", "ИП".'),
      })
      .describe(
        'The queries that show this service first. A query matches whatever its letters and endings: "ИП", "ип" and "открыть ИП" are the same query, and Kyrgyz endings are ignored.',
      ),
  })
  .describe('A best bet: a query whose answer editors know, and the service it should show first.');

export const searchPins = list(searchPin, 1000).describe('registry/search-pins.yaml: best bets for the site search, a service shown first for a query in Kyrgyz or Russian.');

export type SearchPin = z.infer<typeof searchPin>;
