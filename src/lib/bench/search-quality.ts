import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';

/** One row of the quality set: a query as a citizen types it and the service they want. */
export interface QualityQuery {
  lang: 'ky' | 'ru';
  /** What makes the query hard: everyday, verb, ending, letters, latin, typo, abbreviation. */
  category: string;
  query: string;
  service: string;
  /** Line in the file, for messages. */
  line: number;
}

export interface QueryOutcome extends QualityQuery {
  /** Ids of the services listed, best first. */
  found: string[];
  /** 1-based rank of the expected service, or 0 when it was not listed. */
  rank: number;
}

/** Reads the quality set (tests/search/queries.tsv): tab-separated, a header row, `#` lines are comments. */
export function readQualitySet(file: string): QualityQuery[] {
  const rows: QualityQuery[] = [];
  let header = true;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (text.trim() === '' || text.startsWith('#')) return;
      const cells = text.split('\t');
      if (header) {
        header = false;
        return;
      }
      const [lang, category, query, service] = cells;
      if (cells.length !== 4 || (lang !== 'ky' && lang !== 'ru') || !category || !query || !service) {
        throw new Error(`${file}:${index + 1}: expected "lang<TAB>category<TAB>query<TAB>service" with lang ky or ru, got "${text}"`);
      }
      rows.push({ lang, category, query, service, line: index + 1 });
    });
  return rows;
}

/** The rows whose expected service has a page in the built site; the others wait for the registry to grow. */
export const queriesForBuiltServices = (dist: string, rows: QualityQuery[]): QualityQuery[] =>
  rows.filter((row) => existsSync(join(dist, row.lang, 'services', row.service, 'index.html')));

const serviceIdOf = (href: string): string => /\/services\/([^/]+)\/$/.exec(href)?.[1] ?? href;

/**
 * Runs each query through the built site's search page in headless Chromium, as a reader would
 * arrive from a link with the query in the address, and records where the expected service ranks.
 */
export async function runQualitySet(dist: string, rows: QualityQuery[]): Promise<QueryOutcome[]> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    await context.route('**/*', (route) => (new URL(route.request().url()).origin === server.url ? route.continue() : route.abort()));
    const page = await context.newPage();
    const outcomes: QueryOutcome[] = [];
    for (const row of rows) {
      await page.goto(`${server.url}/${row.lang}/search/?q=${encodeURIComponent(row.query)}`);
      // The status line reports the end of a search; while searching it ends with "…".
      await page.waitForFunction(
        () => {
          const status = document.getElementById('search-status')?.textContent ?? '';
          return status !== '' && !status.endsWith('…');
        },
        null,
        { timeout: 15_000 },
      );
      const hrefs = await page.locator('#search-results > li h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      const found = hrefs.map(serviceIdOf);
      outcomes.push({ ...row, found, rank: found.indexOf(row.service) + 1 });
    }
    return outcomes;
  } finally {
    await browser.close();
    await server.close();
  }
}

export interface CategoryScore {
  category: string;
  queries: number;
  top1: number;
  top3: number;
}

/** Share of queries with the expected service first and in the first three, per category and over all. */
export function scoreByCategory(outcomes: QueryOutcome[]): CategoryScore[] {
  const categories = [...new Set(outcomes.map((outcome) => outcome.category))].sort();
  const score = (category: string, list: QueryOutcome[]): CategoryScore => ({
    category,
    queries: list.length,
    top1: list.filter((outcome) => outcome.rank === 1).length,
    top3: list.filter((outcome) => outcome.rank >= 1 && outcome.rank <= 3).length,
  });
  return [
    ...categories.map((category) =>
      score(
        category,
        outcomes.filter((outcome) => outcome.category === category),
      ),
    ),
    score('all', outcomes),
  ];
}
