import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Lang, langs } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/translate.ts';
import { readFirstScreen } from '../../src/lib/bench/first-screen.ts';
import { serveStatic } from '../../src/lib/bench/static-server.ts';
import { loadRegistry, type Registry } from '../../src/lib/registry/index.ts';
import { absoluteUrl, paths } from '../../src/lib/site/urls.ts';
import { contactEmail } from '../../src/site-config.ts';
import { buildSite } from '../helpers/build-site.ts';
import { correctionEmailLines } from '../helpers/correction-email.ts';
import { repoRoot } from '../helpers/fixtures.ts';
import { launchChromium, localOnlyPage } from './chromium.ts';
import { pageKinds, pagesWithoutLanguage } from './page-kinds.ts';

// What a reader sees on a 375 x 812 phone screen, in Chromium, on the site built from the real registry.
const phone = { width: 375, height: 812 };

let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;
let foreignRequests: string[];
let registry: Registry;

beforeAll(async () => {
  const root = join(repoRoot, 'registry');
  registry = loadRegistry(root).registry!;
  server = await serveStatic(buildSite(root));
  browser = await launchChromium();
  ({ page, foreignRequests } = await localOnlyPage(browser, server.url));
  await page.setViewportSize(phone);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const answerLabels = (lang: Lang) => [t(lang, 'answer.documents'), t(lang, 'answer.cost'), t(lang, 'answer.deadline'), t(lang, 'answer.where'), t(lang, 'answer.refused')];

/** What the first screen of a service page shows, measured in the browser. */
async function firstScreen(path: string) {
  await page.goto(`${server.url}${path}`);
  return readFirstScreen(page);
}

const occurrences = (text: string, phrase: string) => text.split(phrase).length - 1;

describe.each(langs)('every %s service page on a 375 x 812 phone', (lang) => {
  it('shows the five labelled answers on the first screen, each linking to its section; says "not yet documented" at most once; offers the e-mail link', async () => {
    const problems: string[] = [];
    for (const service of registry.services) {
      const path = paths.service(lang, service.id);
      const screen = await firstScreen(path);
      const labels = screen.answers.map((answer) => answer.label);
      if (labels.join('|') !== answerLabels(lang).join('|')) problems.push(`${path}: answers ${labels.join(', ')}`);
      for (const answer of screen.answers) {
        if (answer.labelTop < 0 || answer.firstLineBottom > phone.height) problems.push(`${path}: "${answer.label}" ends at ${Math.round(answer.firstLineBottom)} px`);
        if (!answer.targetExists) problems.push(`${path}: "${answer.label}" links to missing ${answer.target}`);
      }
      const gaps = occurrences(screen.text, t(lang, 'doc.notDocumented'));
      if (gaps > 1) problems.push(`${path}: "${t(lang, 'doc.notDocumented')}" ${gaps} times`);
      if (!screen.mail?.startsWith(`mailto:${contactEmail}?`)) problems.push(`${path}: no e-mail link`);
      if (screen.scrollWidth > phone.width) problems.push(`${path}: ${screen.scrollWidth} px wide`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the e-mail link of a service page', () => {
  it("names the record, the page and the file, and asks what is wrong and for the source, in the reader's language", async () => {
    const screen = await firstScreen(paths.service('ky', 'id-card'));
    const url = new URL(screen.mail!);
    expect(url.pathname).toBe(contactEmail);
    const subject = url.searchParams.get('subject')!;
    const body = url.searchParams.get('body')!;
    expect(subject).toBe(t('ky', 'mail.subject', { record: 'services/id-card' }));
    expect(body.split('\r\n')).toEqual(correctionEmailLines('ky', 'services/id-card', 'registry/services/id-card.yaml', absoluteUrl(paths.service('ky', 'id-card'))));
    expect(screen.text).toContain(t('ky', 'mail.next'));
  });
});

describe.each(langs)('every kind of %s page on a 375 px phone', (lang) => {
  it('needs no sideways scrolling', async () => {
    const wide: string[] = [];
    for (const [kind, path] of Object.entries({ ...pageKinds(registry, lang), ...pagesWithoutLanguage })) {
      await page.goto(`${server.url}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > phone.width) wide.push(`${kind} ${path}: ${width} px`);
    }
    expect(wide).toEqual([]);
  });
});

describe('the header on a phone', () => {
  it('keeps the query typed in its labelled search box on the results page', async () => {
    await page.goto(`${server.url}${paths.service('ru', 'id-card')}`);
    expect(await page.getByRole('searchbox', { name: t('ru', 'nav.search'), exact: true }).isVisible()).toBe(true);
    expect(await page.locator('label[for="site-search-q"]').isVisible()).toBe(true);
    await page.fill('#site-search-q', 'прописка');
    await page.press('#site-search-q', 'Enter');
    await page.locator('#search-results > li').first().waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe(paths.search('ru'));
    expect(await page.inputValue('#search-q')).toBe('прописка');
    expect(await page.locator('#search-results > li h2 a').first().getAttribute('href')).toBe(paths.service('ru', 'residence-registration'));
  });

  it('reaches every section through its menu without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
    const noScript = await context.newPage();
    try {
      await noScript.goto(`${server.url}${paths.service('ky', 'id-card')}`);
      const menu = noScript.locator('header details.menu');
      expect(await menu.locator('nav').isVisible()).toBe(false);
      await menu.locator('summary').click();
      const links = await menu.locator('nav a').evaluateAll((anchors) => anchors.map((anchor) => [anchor.getAttribute('href'), (anchor as HTMLElement).offsetParent !== null]));
      const targets = [
        paths.services('ky'),
        paths.categories('ky'),
        paths.agencies('ky'),
        paths.acts('ky'),
        paths.municipalities('ky'),
        paths.assessments('ky'),
        paths.registers('ky'),
        paths.openData('ky'),
        paths.flags('ky'),
        paths.completeness('ky'),
        paths.statistics('ky'),
        paths.comparisons('ky'),
        paths.translationStatus('ky'),
      ];
      for (const target of targets) expect(links, target).toContainEqual([target, true]);
    } finally {
      await context.close();
    }
  });

  it('leaves the first screen of a service page to the page: the header is at most 110 px tall', async () => {
    await page.goto(`${server.url}${paths.service('ky', 'id-card')}`);
    expect(await page.evaluate(() => document.querySelector('header.site')!.getBoundingClientRect().height)).toBeLessThanOrEqual(110);
  });
});

describe('a printed service page', () => {
  it('is a checklist: the answers, the documents and the steps, each with the date its facts were true', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      await page.goto(`${server.url}${paths.service('ru', 'driving-licence')}`);
      const visible = (selector: string) => page.locator(selector).first().isVisible();
      expect(await visible('.answers')).toBe(true);
      expect(await visible('.answers [data-answer="payment"] .marks')).toBe(true);
      expect(await page.locator('.answers [data-answer="payment"] .marks').textContent()).toMatch(/\d\d\.\d\d\.\d{4}/);
      expect(await visible('#documents .checklist')).toBe(true);
      expect(await visible('#documents > .as-of')).toBe(true);
      expect(await page.locator('#documents > .as-of').textContent()).toMatch(/\d\d\.\d\d\.\d{4}/);
      expect(await visible('#procedure .steps')).toBe(true);
      for (const hidden of ['header.site', 'section.undocumented', 'details.sources', '.report', 'footer.site']) expect(await visible(hidden), hidden).toBe(false);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe('on a phone, the site', () => {
  it('asked no other host for anything', () => {
    expect(foreignRequests).toEqual([]);
  });
});
