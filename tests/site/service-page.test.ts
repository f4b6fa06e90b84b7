import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { runQualitySet } from '../../src/lib/bench/search-quality.ts';
import { serviceSearchDocument } from '../../src/lib/search/service-search-document.ts';
import { serviceView } from '../../src/lib/service-view/service-view.ts';
import { standardSectionKeys } from '../../src/schemas/index.ts';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture, writeIn } from '../helpers/fixtures.ts';
import { siteModelOf } from '../helpers/site-model.ts';

const page = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
const answersOf = (html: string) => html.slice(html.indexOf('<section class="answers"'), html.indexOf('</section>', html.indexOf('<section class="answers"')));

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The <script> elements of a page as a browser parses it: attribute text cannot fake one. */
function scriptElements(html: string): { attributes: Record<string, string>; body: string }[] {
  const found: { attributes: Record<string, string>; body: string }[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node && node.tagName === 'script') {
      const element = node as Element;
      const body = element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
      found.push({ attributes: Object.fromEntries(element.attrs.map((attr) => [attr.name, attr.value])), body });
    }
    const children = 'content' in node && node.content ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child as Node);
  };
  walk(parse(html) as unknown as Node);
  return found;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

// A made-up service in a temporary copy of the minimal fixture: two deadlines, an online channel,
// a free payment, and a name that tries to close the JSON-LD script element.
const passportService = `id: test-passport
level: state
name:
  ru: "Паспорт </script><script>alert(1)</script> & «тест»"
  ky: Сыноо паспорту
everyday_names:
  ru: [ксива]
categories: [civil-status]
status: active
register:
  kind: unified-state
  chapter: "4"
  item: "9"
  sources:
    - url: https://example.org/register
payment:
  kind: free
  sources:
    - url: https://example.org/free
      date: 2024-02-01
standard:
  provider:
    agencies: [test-ministry]
    sources:
      - url: https://example.org/provider
  deadline:
    limits:
      - amount: 12
        unit: working-days
        at_most: true
        for:
          ru: изготовление карты
          ky: картаны даярдоо
      - amount: 3
        unit: working-days
        at_most: true
        for:
          ru: срочное изготовление
    as_of: 2025-03-04
    sources:
      - url: https://example.org/deadline
  channels:
    items:
      - kind: online
        url: https://portal.example.org/passport
      - kind: public-service-centre
    sources:
      - url: https://example.org/channels
sources:
  - url: https://example.org/passport
`;

describe('service pages, built from the minimal fixture plus a made-up service', () => {
  let dist: string;
  let registryDir: string;
  beforeAll(() => {
    const registry = copyFixture('minimal');
    registryDir = registry;
    writeIn(registry, 'services/test-passport.yaml', passportService);
    dist = buildSite(registry);
  });

  it('shows every deadline limit in the answer card with what it is for and how old it is', () => {
    const answers = text(answersOf(page(dist, '/ru/services/test-passport/')));
    expect(answers).toMatch(/не более 12 рабочих дней — изготовление карты\s*; не более 3 рабочих дня — срочное изготовление/);
    expect(answers).toContain('данные на 04.03.2025');
    const ky = answersOf(page(dist, '/ky/services/test-passport/'));
    expect(text(ky)).toContain('картаны даярдоо');
    // A limit not yet translated keeps its language, and the answer says so once.
    expect(ky).toContain('<span lang="ru">срочное изготовление</span>');
    expect(text(ky)).toContain('(которула элек)');
  });

  it('answers what to bring, what it costs, how long, where and what if refused, each label leading to its section', () => {
    const html = answersOf(page(dist, '/ru/services/birth-registration/'));
    const labels = [...html.matchAll(/<dt><a href="(#[a-z_]+)">([^<]+)<\/a><\/dt>/g)].map((match) => [match[1], match[2]]);
    expect(labels).toEqual([
      ['#documents', 'Что взять с собой'],
      ['#payment', 'Сколько стоит'],
      ['#deadline', 'Сколько ждать'],
      ['#provider', 'Куда обращаться'],
      ['#refusal_grounds', 'Если откажут'],
    ]);
    const answers = text(html);
    expect(answers).toMatch(/2 документа: Справка о рождении\s*; Паспорта родителей/);
    expect(answers).toContain('список неполный');
    expect(answers).toContain('Платно: 510 сом');
    expect(answers).toContain('Пока нет данных');
    const passport = answersOf(page(dist, '/ru/services/test-passport/'));
    expect(text(passport)).toContain('Бесплатно');
    expect(text(passport)).toContain('Центр обслуживания населения (ЦОН) — Тестовое министерство');
    expect(passport).toContain('<a href="https://portal.example.org/passport" rel="nofollow noopener noreferrer">portal.example.org</a>');
    expect(passport).toContain('href="#channels"');
  });

  it("lists the sections of the standard in the law's order after the card, each under the id of its key, then the cost and the procedure", () => {
    const html = page(dist, '/ru/services/birth-registration/');
    const markers = [
      'class="answers"',
      'id="gaps"',
      ...standardSectionKeys.slice(1).map((key) => `<section id="${key}"`),
      '<section id="payment"',
      '<section id="procedure"',
      '<section id="register"',
    ];
    const order = markers.map((marker) => html.indexOf(marker));
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('<ul class="checklist">');
  });

  it('describes the service as schema.org GovernmentService JSON-LD that registry text cannot break out of', () => {
    const html = page(dist, '/ru/services/test-passport/');
    const scripts = scriptElements(html);
    expect(scripts.map((script) => script.attributes.type)).toEqual(['application/ld+json']);
    const blocks = scripts.map((script) => script.body);
    const data = JSON.parse(blocks[0]!);
    expect(data['@type']).toBe('GovernmentService');
    expect(data.name).toBe('Паспорт </script><script>alert(1)</script> & «тест»');
    expect(data.provider).toMatchObject({ '@type': 'GovernmentOrganization', url: 'https://kyzmat.github.io/ru/agencies/test-ministry/' });
    expect(data.availableChannel).toEqual([{ '@type': 'ServiceChannel', serviceUrl: 'https://portal.example.org/passport' }]);
    expect(blocks[0]).not.toMatch(/[<>&]/);
  });

  it('lets search find the service by its everyday name and by a Kyrgyz word form typed without ө, ү, ң', async () => {
    const outcomes = await runQualitySet(dist, [
      { lang: 'ru', category: 'everyday', query: 'ксива', service: 'test-passport', line: 0 },
      { lang: 'ky', category: 'letters', query: 'сыноо паспортун', service: 'test-passport', line: 0 },
    ]);
    expect(outcomes.map((outcome) => [outcome.query, outcome.rank])).toEqual([
      ['ксива', 1],
      ['сыноо паспортун', 1],
    ]);
  });

  it('escapes registry text in the search document, as on the page', () => {
    const site = siteModelOf(registryDir);
    const { url, content } = serviceSearchDocument(serviceView(site.facts.get('test-passport')!, 'ru'), site.registry);
    expect(url).toBe('/ru/services/test-passport/');
    expect(content).toContain('<h1>Паспорт &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; «тест»</h1>');
    expect(content).not.toContain('<script>');
  });

  it('has no script anywhere but the same-origin search script on the search pages (and JSON-LD data)', () => {
    const withScripts = htmlFiles(dist).flatMap((file) => {
      const scripts = scriptElements(readFileSync(file, 'utf8')).filter((script) => script.attributes.type !== 'application/ld+json');
      return scripts.map((script) => `${file.slice(dist.length)}: src=${script.attributes.src} type=${script.attributes.type} body=${script.body.length}`);
    });
    expect(withScripts.map((script) => script.replace(/_astro\/\S+\.js/, '_astro/<search>.js')).sort()).toEqual([
      '/ky/search/index.html: src=/_astro/<search>.js type=module body=0',
      '/ru/search/index.html: src=/_astro/<search>.js type=module body=0',
    ]);
  });

  it('pre-renders one page per filter value, linked from the services index', () => {
    const index = page(dist, '/ru/services/');
    expect(index).toContain('href="/ru/services/filter/payment/free/"');
    const free = text(page(dist, '/ru/services/filter/payment/free/'));
    expect(free).toContain('Паспорт');
    expect(free).not.toContain('Государственная регистрация рождения');
    expect(free).toContain('Показано услуг: 1 из 3');
    const online = text(page(dist, '/ru/services/filter/online/yes/'));
    expect(online).toContain('Паспорт');
    expect(online).not.toContain('Государственная регистрация рождения');
  });

  it('mirrors the register: chapters in order, items in printed order', () => {
    const register = text(page(dist, '/ru/registers/unified-state/'));
    expect(register).toContain('Глава 4. Регистрация, выдача справок');
    expect(register.indexOf('п. 9')).toBeLessThan(register.indexOf('п. 15-1'));
  });

  it('has a bilingual 404 page and a sitemap with language alternates', () => {
    const notFound = readFileSync(join(dist, '404.html'), 'utf8');
    expect(text(notFound)).toContain('Барак табылган жок');
    expect(text(notFound)).toContain('Страница не найдена');
    expect(notFound).toContain('<section lang="ru"');
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('hreflang="ru" href="https://kyzmat.github.io/ru/services/test-passport/"');
  });
});
