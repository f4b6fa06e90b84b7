import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Lang, langs } from '../../src/i18n/locales.ts';
import { loadRegistry, type Registry } from '../../src/lib/registry/index.ts';
import { plainText } from '../../src/lib/site/format.ts';
import { actCitation } from '../../src/lib/site/labels.ts';
import { paths } from '../../src/lib/site/urls.ts';
import { buildSite } from '../helpers/build-site.ts';
import { fixturePath, repoRoot } from '../helpers/fixtures.ts';

const decodeEntities = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');

const pageAt = (dist: string, path: string) => {
  const file = join(dist, path, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};

/** Every page a record must have, with a text that page must show: its name in the page's language or the fallback. */
function expectedPages(registry: Registry): { path: string; text: string }[] {
  const pages: { path: string; text: string }[] = [];
  for (const lang of langs as Lang[]) {
    for (const s of registry.services) pages.push({ path: paths.service(lang, s.id), text: plainText(s.name, lang) });
    for (const a of registry.agencies) pages.push({ path: paths.agency(lang, a.id), text: plainText(a.name, lang) });
    for (const a of registry.acts) pages.push({ path: paths.act(lang, a.id), text: actCitation(a, lang) });
    for (const m of registry.municipalities) pages.push({ path: paths.municipality(lang, m.id), text: plainText(m.name, lang) });
    for (const a of registry.assessments) pages.push({ path: paths.assessment(lang, a.id), text: plainText(a.title, lang) });
    for (const c of registry.categories) pages.push({ path: paths.category(lang, c.id), text: plainText(c.name, lang) });
  }
  return pages;
}

function expectEveryRecordOnItsPages(dist: string, registry: Registry): void {
  const missing: string[] = [];
  for (const { path, text } of expectedPages(registry)) {
    const html = pageAt(dist, path);
    if (!html) missing.push(`${path}: no page`);
    else if (!decodeEntities(html).includes(text)) missing.push(`${path}: does not show "${text}"`);
    else if (!html.includes(`<html lang="${path.split('/')[1]}"`)) missing.push(`${path}: wrong <html lang>`);
  }
  expect(missing).toEqual([]);
}

describe('the site built from the real registry', () => {
  let dist: string;
  const registry = loadRegistry(join(repoRoot, 'registry')).registry!;
  beforeAll(() => {
    dist = buildSite(join(repoRoot, 'registry'));
  });

  it('has a Kyrgyz and a Russian page for every file in registry/services', () => {
    for (const service of registry.services) {
      expect(existsSync(join(dist, 'ky/services', service.id, 'index.html')), service.id).toBe(true);
      expect(existsSync(join(dist, 'ru/services', service.id, 'index.html')), service.id).toBe(true);
    }
  });

  it('shows every record of every kind on its own page in both languages', () => {
    expectEveryRecordOnItsPages(dist, registry);
  });

  it('lets the reader choose Kyrgyz or Russian at the root, Kyrgyz first', () => {
    const root = pageAt(dist, '/')!;
    expect(root.indexOf('href="/ky/"')).toBeGreaterThan(0);
    expect(root.indexOf('href="/ky/"')).toBeLessThan(root.indexOf('href="/ru/"'));
  });

  it('lists every service on both home pages', () => {
    for (const lang of langs) {
      const home = pageAt(dist, paths.services(lang))!;
      for (const service of registry.services) expect(home, service.id).toContain(`href="${paths.service(lang, service.id)}"`);
    }
  });
});

describe('the site built from a small fixture registry', () => {
  let dist: string;
  beforeAll(() => {
    dist = buildSite(fixturePath('minimal'));
  });

  it('shows every record on its pages', () => {
    expectEveryRecordOnItsPages(dist, loadRegistry(fixturePath('minimal')).registry!);
  });

  it('links each page to its twin in the other language, with hreflang alternates', () => {
    const ky = pageAt(dist, '/ky/services/birth-registration/')!;
    expect(ky).toContain('<a class="lang-switch" href="/ru/services/birth-registration/" hreflang="ru" lang="ru"');
    expect(ky).toContain('<link rel="alternate" hreflang="ru" href="https://kyzmat.github.io/ru/services/birth-registration/">');
    expect(ky).toContain('<link rel="canonical" href="https://kyzmat.github.io/ky/services/birth-registration/">');
    const ru = pageAt(dist, '/ru/services/birth-registration/')!;
    expect(ru).toContain('href="/ky/services/birth-registration/" hreflang="ky" lang="ky"');
  });

  it('shows Russian text on a Kyrgyz page with a visible "not yet translated" note', () => {
    // The fee's label has Russian text only: the Kyrgyz page shows it in Russian, marked, with its own lang.
    const ky = pageAt(dist, '/ky/services/birth-registration/')!;
    expect(ky).toMatch(/<span lang="ru">за 12 рабочих дней <span class="untranslated" lang="ky">\(которула элек\)<\/span><\/span>/);
  });

  it('says once which sections of the standard are not yet documented, and marks each one by its title', () => {
    const ru = decodeEntities(pageAt(dist, '/ru/services/birth-registration/')!);
    expect(ru.split('Ещё не задокументировано').length - 1).toBe(1);
    expect(ru).toMatch(
      /<p class="gaps" id="gaps"><strong>Ещё не задокументировано<\/strong> \(\d+ из 14 разделов стандарта\): .*<a href="#premises">Требования к помещениям<\/a>.*<a href="#report">Предложить исправление<\/a><\/p>/,
    );
    expect(ru).toMatch(
      /<section id="premises" aria-labelledby="premises-title" class="undocumented"><h2 id="premises-title"><span class="number">8\.<\/span> Требования к помещениям <span class="no-data">нет данных<\/span><\/h2><\/section>/,
    );
  });

  it('shows fees with their act and age, and marks a retired service with its date', () => {
    const ru = decodeEntities(pageAt(dist, '/ru/services/birth-registration/')!);
    expect(ru).toContain('510 сом');
    expect(ru).toContain('Данные на 17.11.2021');
    expect(ru).toContain('Постановление Правительства № 85 от 10.02.2012');
    const retired = decodeEntities(pageAt(dist, '/ru/services/old-certificate/')!);
    expect(retired).toContain('Услуга больше не оказывается');
    expect(retired).toContain('Прекращена 08.04.2022');
  });

  it('renders assessment Markdown as HTML', () => {
    expect(pageAt(dist, '/ky/assessments/test-survey/')).toContain('<p>Бул <strong>сыноо</strong> изилдөөсү.</p>');
  });

  it('builds a category with no services and says so', () => {
    expect(decodeEntities(pageAt(dist, '/ru/categories/empty-category/')!)).toContain('В этой категории пока нет услуг.');
  });
});
