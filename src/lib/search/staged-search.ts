import type { QueryWord } from './search-query.ts';

/** One page Pagefind found, with its score (higher is better). */
export interface Hit {
  id: string;
  score: number;
}

/** Asks Pagefind for the pages matching every word of a query string. */
export type SearchTerms = (terms: string) => Promise<Hit[]>;

export interface StagedResult {
  /** Pages best first: those matching the whole query, then fewer words, by summed score. */
  hits: Hit[];
  /** Words that found nothing, or almost nothing: the ones "did you mean" tries to correct. */
  misses: QueryWord[];
}

/**
 * Pagefind's ranking for this search: a word of the query's own length counts much more than a
 * longer or shorter one. Besides ranking the stem "паспорт" above "паспорттун", it makes the
 * scores below tell a real match from Pagefind's fallback, which, when no indexed word begins with
 * a query word, matches the longest indexed word that begins it ("за" for "загранпаспрот").
 */
export const pagefindRanking = { termSimilarity: 8 };
// With that ranking, a word whose best page scores below this may be a typo worth correcting...
const weakMatch = 2;
// ...and below this it matched only through the fallback, so it is left out of the search.
const noMatch = 0.5;

// Fewer results than this, and the search widens.
const enough = 3;

/**
 * Pagefind's query strings for some words: each word's first spelling, and, when a word has a second
 * spelling (a Latin word read two ways), every word's second spelling as one more query.
 */
const variants = (words: QueryWord[]): string[] => [...new Set([words.map((word) => word.terms[0]), words.map((word) => word.terms.at(-1))].map((terms) => terms.join(' ')))];

const byScore = (scores: Map<string, number>): Hit[] => [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);

/** Runs every variant of some words and keeps each page's best score. */
async function searchAll(search: SearchTerms, words: QueryWord[]): Promise<Hit[]> {
  const best = new Map<string, number>();
  for (const hits of await Promise.all(variants(words).map(search))) {
    for (const hit of hits) best.set(hit.id, Math.max(best.get(hit.id) ?? 0, hit.score));
  }
  return byScore(best);
}

/**
 * Searches in stages, widening only while fewer than three pages are found: the whole query; the
 * query without request words (получить, кантип); then each word alone, pages ranked by the sum of
 * their scores, so a page matching more of the words comes first. Pagefind intersects the words of
 * a query, so one word that matches little would otherwise empty the result. Each word is first
 * searched alone, to learn which words match nothing and are left out.
 */
export async function stagedSearch(search: SearchTerms, words: QueryWord[]): Promise<StagedResult> {
  const alone = await Promise.all(words.map((word) => searchAll(search, [word])));
  const best = (index: number) => alone[index]![0]?.score ?? 0;
  const misses = words.filter((_, index) => best(index) < weakMatch);
  const matching = words.filter((_, index) => best(index) >= noMatch);
  const hits: Hit[] = [];
  const add = (found: Hit[]) => hits.push(...found.filter((hit) => !hits.some((known) => known.id === hit.id)));
  // Request words alone (как, алуу) match pages by chance.
  if (matching.every((word) => word.request)) return { hits, misses };

  add(await searchAll(search, matching));
  const meaningful = matching.filter((word) => !word.request);
  const rest = meaningful.length > 0 ? meaningful : matching;
  if (hits.length < enough && rest.length < matching.length) add(await searchAll(search, rest));
  if (hits.length < enough && rest.length > 1) {
    const summed = new Map<string, number>();
    for (const word of rest) for (const hit of alone[words.indexOf(word)]!) summed.set(hit.id, (summed.get(hit.id) ?? 0) + hit.score);
    add(byScore(summed));
  }
  return { hits, misses };
}
