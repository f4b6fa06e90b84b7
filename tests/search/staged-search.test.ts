import { describe, expect, it } from 'vitest';
import { type BestBet, bestBetFor, bestBetKey } from '../../src/lib/search/best-bets.ts';
import { parseQuery } from '../../src/lib/search/search-query.ts';
import { type Hit, stagedSearch } from '../../src/lib/search/staged-search.ts';

// A stand-in for Pagefind: each term matches the pages listed for it (as a prefix, like Pagefind),
// the words of a query are intersected, and a page's score is the sum of its words' scores.
function fakePagefind(index: Record<string, Record<string, number>>) {
  const asked: string[] = [];
  const search = async (terms: string): Promise<Hit[]> => {
    asked.push(terms);
    const perWord = terms.split(' ').map((term) => {
      const pages = new Map<string, number>();
      for (const [word, scores] of Object.entries(index)) {
        if (!word.startsWith(term)) continue;
        for (const [page, score] of Object.entries(scores)) pages.set(page, Math.max(pages.get(page) ?? 0, score));
      }
      return pages;
    });
    const pages = [...perWord[0]!.keys()].filter((page) => perWord.every((scores) => scores.has(page)));
    return pages.map((id) => ({ id, score: perWord.reduce((sum, scores) => sum + scores.get(id)!, 0) })).sort((a, b) => b.score - a.score);
  };
  return { search, asked };
}

const index = {
  справку: { 'criminal-record': 20 },
  несудимости: { 'criminal-record': 25 },
  получить: { 'id-card': 5 },
  паспорт: { 'id-card': 20, 'foreign-passport': 15, 'passport-abroad': 12 },
  загранпаспорт: { 'foreign-passport': 30 },
  за: { pension: 1 },
};

describe('staged search', () => {
  it("returns the whole query's pages when there are enough", async () => {
    const { search, asked } = fakePagefind(index);
    const { hits } = await stagedSearch(search, parseQuery('паспорт', 'ru'));
    expect(hits.map((hit) => hit.id)).toEqual(['id-card', 'foreign-passport', 'passport-abroad']);
    expect(asked).toEqual(['паспорт', 'паспорт']);
  });

  it('drops request words when the whole query finds too little ("получить" is on another page)', async () => {
    const { search } = fakePagefind(index);
    const { hits } = await stagedSearch(search, parseQuery('получить справку о несудимости', 'ru'));
    expect(hits.map((hit) => hit.id)).toEqual(['criminal-record']);
  });

  it('then searches the words one by one, ranking pages that match more words first', async () => {
    const { search } = fakePagefind({ ...index, ребенку: { 'birth-registration': 10, 'foreign-passport': 3 } });
    const { hits } = await stagedSearch(search, parseQuery('загранпаспорт ребенку', 'ru'));
    expect(hits.map((hit) => hit.id)).toEqual(['foreign-passport', 'birth-registration']);
  });

  it("reports a word that matches only by Pagefind's short-prefix fallback as a miss, and leaves it out", async () => {
    const { search } = fakePagefind({ ...index, загранпаспрот: { pension: 0.1 } });
    const { hits, misses } = await stagedSearch(search, parseQuery('загранпаспрот', 'ru'));
    expect(misses.map((word) => word.typed)).toEqual(['загранпаспрот']);
    expect(hits).toEqual([]);
  });

  it('finds nothing for request words alone', async () => {
    const { search } = fakePagefind(index);
    expect((await stagedSearch(search, parseQuery('как получить', 'ru'))).hits).toEqual([]);
  });
});

describe('best bets', () => {
  const bets: BestBet[] = [
    { keys: ['ип'].map((query) => bestBetKey(query, 'ru')), url: '/ru/services/ie/', title: 'ИП', cost: '', deadline: '' },
    { keys: ['паспорт', 'загран паспорт'].map((query) => bestBetKey(query, 'ru')), url: '/ru/services/x/', title: '', cost: '', deadline: '' },
    { keys: ['загран паспорт'].map((query) => bestBetKey(query, 'ru')), url: '/ru/services/foreign/', title: '', cost: '', deadline: '' },
    { keys: ['прописка'].map((query) => bestBetKey(query, 'ky')), url: '/ky/services/residence/', title: '', cost: '', deadline: '' },
  ];

  it('matches whatever the case, Latin letters, request words and endings', () => {
    for (const query of ['ИП', 'открыть ИП', 'ip', 'как открыть ип']) expect(bestBetFor(query, 'ru', bets)?.url, query).toBe('/ru/services/ie/');
    expect(bestBetFor('прописка алуу', 'ky', bets)?.url).toBe('/ky/services/residence/');
  });

  it('matches a query that begins with a pinned query, the longest pinned query first', () => {
    expect(bestBetFor('паспорт в 16 лет', 'ru', bets)?.url).toBe('/ru/services/x/');
    expect(bestBetFor('загран паспорт ребенку', 'ru', bets)?.url).toBe('/ru/services/x/');
  });

  it('does not match a query that only contains a pinned word further on', () => {
    expect(bestBetFor('справка ип', 'ru', bets)).toBeUndefined();
    expect(bestBetFor('как', 'ru', bets)).toBeUndefined();
  });
});
