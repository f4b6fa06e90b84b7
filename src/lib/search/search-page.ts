// The search page's script, bundled by Astro into one same-origin file: it shares the query
// normalisation with the build, which uses the same modules to make the index terms. Pagefind (its
// script, WebAssembly and this language's index) is fetched from the moment the search box gets focus,
// which an empty search page gives it on arrival.
import { type BestBet, bestBetFor } from './best-bets.ts';
import { closestWord, vocabularyPart } from './did-you-mean.ts';
import { parseQuery, type QueryWord, type SearchLang } from './search-query.ts';
import { type Hit, pagefindRanking, stagedSearch } from './staged-search.ts';

/** The part of Pagefind's browser API this page uses. */
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options: (options: { ranking: typeof pagefindRanking; noWorker: boolean }) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
  search: (term: string | null, options: { filters: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}
interface Shown {
  url: string;
  title: string;
  cost?: string;
  deadline?: string;
}

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const strings = JSON.parse(form.dataset.strings!) as Record<string, string>;
const bestBets = JSON.parse(form.dataset.bestBets!) as BestBet[];
const lang = document.documentElement.lang as SearchLang;
const plural = new Intl.PluralRules(lang);
const filterNames = ['register', 'category', 'agency', 'payment', 'online'];
const shown = 10;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // Pagefind picks the index of the page's <html lang>: Kyrgyz pages search Kyrgyz, Russian pages Russian.
  pagefind ??= (import(/* @vite-ignore */ form.dataset.pagefind!) as Promise<Pagefind>).then(async (module) => {
    // Without its web worker, Pagefind fetches its WebAssembly from this page, which preloads it
    // with Pagefind's script (see the search page's head): on a 400 ms link that saves several round
    // trips in a row; the index is small enough to search on the main thread.
    await module.options({ ranking: pagefindRanking, noWorker: true });
    await module.init();
    return module;
  });
  return pagefind;
}

// Each part of the vocabulary is fetched once, and only when a word finds nothing.
const vocabularyParts = new Map<string, Promise<string[]>>();
function vocabularyFor(word: string): Promise<string[]> {
  const part = vocabularyPart(word);
  if (!vocabularyParts.has(part)) {
    vocabularyParts.set(
      part,
      fetch(`${form.dataset.vocabulary}${part}.json`).then(
        (response) => (response.ok ? response.json() : []),
        () => [],
      ),
    );
  }
  return vocabularyParts.get(part)!;
}

/** The query with each word that found nothing replaced by its closest known word, or undefined when none has one. */
async function correctedQuery(query: string, misses: QueryWord[]): Promise<string | undefined> {
  const corrections = new Map<string, string>();
  for (const miss of misses) {
    for (const spelling of miss.spellings) {
      const correction = closestWord(spelling, await vocabularyFor(spelling));
      if (correction) {
        corrections.set(miss.typed, correction);
        break;
      }
    }
  }
  if (corrections.size === 0) return undefined;
  return query.toLowerCase().replace(/[\p{L}\p{N}]+/gu, (word) => corrections.get(word) ?? word);
}

function resultItem(result: Shown): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.title;
  const title = document.createElement('h2');
  title.append(link);
  const facts = document.createElement('dl');
  for (const [key, value] of [
    ['service.payment', result.cost],
    ['section.deadline', result.deadline],
  ] as const) {
    if (!value) continue;
    const term = document.createElement('dt');
    term.textContent = strings[key]!;
    const detail = document.createElement('dd');
    detail.textContent = value;
    facts.append(term, detail);
  }
  item.append(title, facts);
  return item;
}

function readForm() {
  const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
  const filters = Object.fromEntries(filterNames.filter((name) => params.get(name)).map((name) => [name, params.get(name)!]));
  return { query: (params.get('q') ?? '').trim(), filters, params };
}

function countText(count: number): string {
  if (count === 0) return strings['search.none']!;
  const form = plural.select(count);
  return strings[`search.results.${form === 'one' ? 'one' : form === 'many' ? 'many' : 'few'}`]!.replace('{count}', String(count));
}

/** The pages for a query, best first, searching in stages and correcting typos when a word finds nothing. */
async function findPages(module: Pagefind, query: string, filters: Record<string, string>): Promise<{ hits: Hit[]; results: Map<string, PagefindResult>; corrected?: string }> {
  const results = new Map<string, PagefindResult>();
  const search = async (terms: string | null): Promise<Hit[]> => {
    const found = await module.search(terms, { filters });
    for (const result of found.results) results.set(result.id, result);
    return found.results.map(({ id, score }) => ({ id, score }));
  };
  const words = parseQuery(query, lang);
  if (words.length === 0) return { hits: query === '' ? await search(null) : [], results };
  const first = await stagedSearch(search, words);
  if (first.misses.length === 0) return { hits: first.hits, results };
  const corrected = await correctedQuery(query, first.misses);
  if (!corrected) return { hits: first.hits, results };
  const second = await stagedSearch(search, parseQuery(corrected, lang));
  return second.hits.length > 0 ? { hits: second.hits, results, corrected } : { hits: first.hits, results };
}

async function runSearch(): Promise<void> {
  const { query, filters } = readForm();
  if (!query && Object.keys(filters).length === 0) return;
  status.textContent = strings['search.loading']!;
  try {
    const module = await loadPagefind();
    const { hits, results, corrected } = await findPages(module, query, filters);
    // An editor's best bet comes first; the same page is not listed twice.
    const bet = Object.keys(filters).length === 0 ? bestBetFor(query, lang, bestBets) : undefined;
    const pages = await Promise.all(hits.slice(0, shown + 1).map((hit) => results.get(hit.id)!.data()));
    const found: Shown[] = pages.map((page) => ({ url: page.url, title: page.meta.title ?? page.url, cost: page.meta.cost, deadline: page.meta.deadline }));
    const listed = [...(bet ? [bet] : []), ...found.filter((page) => page.url !== bet?.url)].slice(0, shown);
    list.replaceChildren(...listed.map(resultItem));
    const count = hits.length + (bet && !found.some((page) => page.url === bet.url) ? 1 : 0);
    status.textContent = [corrected && strings['search.corrected']!.replace('{query}', corrected), countText(count)].filter(Boolean).join(' ');
  } catch (error) {
    status.textContent = strings['search.error']!;
    console.error(error);
  }
}

// While the reader types, Pagefind fetches the index chunks the words need.
async function preload(): Promise<void> {
  const module = await loadPagefind();
  for (const term of new Set(parseQuery(input.value, lang).flatMap((word) => word.terms))) void module.preload(term);
}

// The query and filters live in the address, so a reload or a shared link repeats the search.
const initial = new URLSearchParams(location.search);
input.value = initial.get('q') ?? '';
for (const name of filterNames) {
  const select = form.elements.namedItem(name) as HTMLSelectElement | null;
  if (select && initial.get(name)) select.value = initial.get(name)!;
}
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const { params } = readForm();
  for (const [key, value] of [...params]) if (!value) params.delete(key);
  history.replaceState(null, '', `${location.pathname}?${params}`);
  void runSearch();
});
let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  void preload().catch(() => undefined);
  typing = setTimeout(runSearch, 300);
});
input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
// A reader who opens the search page without a query comes to type one: the box takes focus, so
// typing starts at once and the index loads while they type (on a slow link, that is most of the wait).
if (!input.value) input.focus({ preventScroll: true });
void runSearch();
