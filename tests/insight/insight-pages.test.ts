import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { fixturePath } from '../helpers/fixtures.ts';

let dist: string;
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const csv = (path: string) => parse(readFileSync(join(dist, path), 'utf8'), { columns: true }) as Record<string, string>[];
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** The HTML of the element that starts at the first match of `start`, up to its closing tag. */
function element(html: string, start: RegExp, tag: string): string {
  const at = html.search(start);
  expect(at, `no ${start} in the page`).toBeGreaterThanOrEqual(0);
  return html.slice(at, html.indexOf(`</${tag}>`, at) + tag.length + 3);
}

beforeAll(() => {
  dist = buildSite(fixturePath('insight-site'));
}, 120_000);

describe('completeness scorecards', () => {
  // Worked out by hand from the fixture's files: documented checks / checks that apply.
  const expected = {
    'duplicate-certificate': [4, 17], // paid: name, result, deadline, fee act; no provider cost asked; deadline quotes no source
    'village-certificate': [2, 16], // free: name, result; no price justification or fee act asked
    'village-pasture-ticket': [4, 17], // paid: name, result, fee act, every part cites an act
  };

  it('exports the counts worked out by hand', () => {
    const rows = csv('data/scorecards.csv');
    expect(Object.fromEntries(rows.map((row) => [row.service_id, [Number(row.documented), Number(row.applicable)]]))).toEqual(expected);
  });

  it('shows each service with as many ticks as the export counts', () => {
    const html = page('ru/completeness');
    for (const row of csv('data/scorecards.csv')) {
      const cells = element(html, new RegExp(`<tr[^>]*data-service="${row.service_id}"`), 'tr');
      expect((cells.match(/✓/g) ?? []).length).toBe(Number(row.documented));
    }
  });

  it('totals each register, category and municipality as the sum of its services', () => {
    const rows = csv('data/scorecards.csv');
    const sum = (ids: string[]) =>
      ids.reduce(
        ([d, a], id) => {
          const row = rows.find((item) => item.service_id === id)!;
          return [d + Number(row.documented), a + Number(row.applicable)];
        },
        [0, 0],
      );
    const groups: [string, string, string[]][] = [
      ['register', 'unified-state', ['duplicate-certificate']],
      ['register', 'local', ['village-pasture-ticket']],
      ['category', 'civil-status', ['duplicate-certificate', 'village-certificate', 'village-pasture-ticket']],
      ['municipality', 'test-village', ['village-certificate', 'village-pasture-ticket']],
    ];
    const html = page('ru/completeness');
    for (const [group, key, ids] of groups) {
      const [documented, applicable] = sum(ids);
      const row = textOf(element(html, new RegExp(`<tr[^>]*data-group="${group}" data-key="${key}"`), 'tr'));
      expect(row, `${group} ${key}`).toContain(`${documented} из ${applicable}`);
    }
  });

  it('asks for help with the least documented service first, with a link to propose a correction', () => {
    const least = element(page('ky/completeness'), /<section id="least"/, 'section');
    expect(least.indexOf('/ky/services/village-certificate/')).toBeLessThan(least.indexOf('/ky/services/duplicate-certificate/'));
    expect(least).toMatch(/\/edit\/main\/[^"]*services\/village-certificate\.yaml/);
  });
});

describe('flags', () => {
  it('lists the flag on the flags page, in the export and on the service page, and nowhere else', () => {
    const section = element(page('ru/flags'), /<section id="no-standard"/, 'section');
    expect(section).toContain('/ru/services/village-certificate/');
    expect(section).toMatch(/\/edit\/main\/[^"]*services\/village-certificate\.yaml/);
    expect(csv('data/flags.csv').map((row) => [row.rule, row.record_id])).toEqual([['no-standard', 'village-certificate']]);
    expect(page('ky/services/village-certificate')).toContain('id="flags"');
    expect(page('ky/services/duplicate-certificate')).not.toContain('id="flags"');
  });
});

describe('assessments beside the standard', () => {
  it("shows the standard's section next to what the assessors found", () => {
    const findings = textOf(element(page('ru/services/village-certificate'), /<section id="findings"/, 'section'));
    expect(findings).toContain('Маалымкат');
    expect(findings).toContain('Посетители ждали в очереди в среднем 40 минут');
  });

  it('lists each assessor with their assessments and charts their survey answers', () => {
    const html = page('ru/assessors');
    expect(textOf(html)).toContain('Тестовое общественное объединение');
    expect(textOf(html)).toContain('Довольны ли вы услугой?');
    expect(textOf(html)).toContain('около 45 %');
    expect(csv('data/survey_answers.csv').map((row) => [row.label_ru, row.value, row.approximate])).toEqual([
      ['да', '55', 'false'],
      ['нет', '45', 'true'],
    ]);
  });
});

describe('statistics', () => {
  it('works without scripts: every chart is an SVG with a data table and a CSV of the same numbers', () => {
    for (const lang of ['ky', 'ru']) {
      const html = page(`${lang}/statistics`);
      expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
      const figures = html.split('<figure').slice(1);
      expect(figures.length).toBeGreaterThanOrEqual(9);
      for (const figure of figures) {
        expect(figure).toContain('<svg');
        expect(figure).toMatch(/<table[\s\S]*<caption[\s>]/);
        const href = figure.match(/href="(\/statistics\/[a-z-]+\.csv)"/)![1]!;
        expect(existsSync(join(dist, href))).toBe(true);
        const counts = csv(href.slice(1)).map((row) => row.count);
        const cells = [...figure.matchAll(/<\/th><td[^>]*>([^<]*)<\/td>/g)].map((match) => match[1]);
        expect(cells).toEqual(counts);
      }
    }
  });

  it('counts free and paid services', () => {
    expect(csv('statistics/by-payment.csv')).toEqual([
      { key: 'free', count: '1' },
      { key: 'paid', count: '2' },
      { key: 'partly-paid', count: '0' },
      { key: 'none', count: '0' },
    ]);
  });
});
