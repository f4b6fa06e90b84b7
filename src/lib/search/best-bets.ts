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
 * (Latin read as Cyrillic, Kyrgyz endings stripped), without final vowels, so that Russian endings
 * do not count either ("фирму" is "фирма"). "открыть ИП" and "ип" have the same key.
 */
export const bestBetKey = (query: string, lang: SearchLang): string =>
  parseQuery(query, lang)
    .filter((word) => !word.request)
    .map((word) => word.terms[0]!.replace(/(?<=..)[аеёиоуыэюяйь]+$/, ''))
    .join(' ');

/**
 * The best bet for a query, if an editor pinned one: the query is a pinned query, or begins with
 * one ("прописаться в Бишкеке" begins with "прописаться"). The longest pinned query wins.
 */
export function bestBetFor(query: string, lang: SearchLang, bets: readonly BestBet[]): BestBet | undefined {
  const key = bestBetKey(query, lang);
  if (key === '') return undefined;
  const matches = bets.flatMap((bet) => bet.keys.filter((pinned) => key === pinned || key.startsWith(`${pinned} `)).map((pinned) => ({ bet, pinned })));
  return matches.sort((a, b) => b.pinned.length - a.pinned.length)[0]?.bet;
}
