import { parseQuery, type SearchLang } from './search-query.ts';

/** A service shown first for some queries, as the search page carries it. */
export interface BestBet {
  /** The queries, each as its best-bet key. */
  keys: string[];
  url: string;
  title: string;
  cost: string;
  deadline: string;
}

/**
 * What a query means for best bets: its words without request words, in the form sent to Pagefind
 * (Latin read as Cyrillic, Kyrgyz endings stripped). "открыть ИП" and "ип" have the same key.
 */
export const bestBetKey = (query: string, lang: SearchLang): string =>
  parseQuery(query, lang)
    .filter((word) => !word.request)
    .map((word) => word.terms[0])
    .join(' ');

/** The best bet for a query, if an editor pinned one. */
export function bestBetFor(query: string, lang: SearchLang, bets: readonly BestBet[]): BestBet | undefined {
  const key = bestBetKey(query, lang);
  return key === '' ? undefined : bets.find((bet) => bet.keys.includes(key));
}
