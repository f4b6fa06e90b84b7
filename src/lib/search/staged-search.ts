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
  /** Words (as typed) that found nothing on their own: the ones "did you mean" tries to correct. */
  misses: string[];
}

// Fewer results than this, and the search widens.
const enough = 3;

/**
 * Pagefind's query strings for some words: each word's first spelling, and, when a word has a second
 * spelling (a Latin word read two ways), every word's second spelling as one more query.
 */
const variants = (words: QueryWord[]): string[] => [...new Set([words.map((word) => word.terms[0]), words.map((word) => word.terms.at(-1))].map((terms) => terms.join(' ')))];

/** Runs every variant of some words and keeps each page's best score. */
async function searchAll(search: SearchTerms, words: QueryWord[]): Promise<Hit[]> {
  const best = new Map<string, number>();
  for (const hits of await Promise.all(variants(words).map(search))) {
    for (const hit of hits) best.set(hit.id, Math.max(best.get(hit.id) ?? 0, hit.score));
  }
  return byScore(best);
}

const byScore = (scores: Map<string, number>): Hit[] => [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);

/**
 * Searches in stages, widening only while fewer than three pages are found: the whole query; the
 * query without request words (получить, кантип); then each word alone, pages ranked by the sum of
 * their scores, so a page matching more of the words comes first. Pagefind intersects the words of
 * a query, so one word that matches nothing would otherwise empty the result.
 */
export async function stagedSearch(search: SearchTerms, words: QueryWord[]): Promise<StagedResult> {
  const hits: Hit[] = [];
  const add = (found: Hit[]) => hits.push(...found.filter((hit) => !hits.some((known) => known.id === hit.id)));
  if (words.length === 0) return { hits, misses: [] };
  add(await searchAll(search, words));
  const meaningful = words.filter((word) => !word.request);
  const rest = meaningful.length > 0 ? meaningful : words;
  if (hits.length < enough && rest.length < words.length) add(await searchAll(search, rest));
  const misses: string[] = [];
  if (hits.length < enough && (rest.length > 1 || hits.length === 0)) {
    const summed = new Map<string, number>();
    for (const word of rest) {
      const found = await searchAll(search, [word]);
      if (found.length === 0) misses.push(word.typed);
      for (const hit of found) summed.set(hit.id, (summed.get(hit.id) ?? 0) + hit.score);
    }
    add(byScore(summed));
  }
  return { hits, misses };
}
