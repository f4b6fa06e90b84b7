import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/lib/bench/static-server.ts';
import { contentSecurityPolicy } from '../../src/lib/site/content-security-policy.ts';
import { launchChromium, localOnlyPage } from '../browser/chromium.ts';
import { repoRoot } from '../helpers/fixtures.ts';
import { attr, buildWithin, elementsOf, executableMarkup, filesOf, readPage } from './built-html.ts';

// Readers of the site are private: no page, stylesheet or script asks another host for anything,
// and every page tells the browser so with a Content-Security-Policy.

const requestToOtherHost = [
  /(?:fetch|import|importScripts|Worker|SharedWorker|EventSource|WebSocket|sendBeacon)\s*\(\s*[`'"](?:[a-z][a-z0-9+.-]*:)?\/\//i,
  /\.open\s*\(\s*[`'"][A-Z]+[`'"]\s*,\s*[`'"](?:https?:)?\/\//,
  /\.src\s*=\s*[`'"](?:https?:)?\/\//,
];
const cssFromOtherHost = /@import\s+(?:url\()?\s*['"]?(?:[a-z]+:)?\/\/|url\(\s*['"]?(?:[a-z]+:)?\/\//i;

describe('the site built from the real registry', () => {
  let dist: string;
  let pages: string[];
  beforeAll(() => {
    const build = buildWithin({ registry: join(repoRoot, 'registry'), seconds: 240 });
    expect(build.status, build.output).toBe(0);
    dist = build.dist;
    pages = filesOf(dist, '.html');
  }, 300_000);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('carries the Content-Security-Policy on every page, before anything that loads', () => {
    const without = pages.filter((page) => {
      const html = readPage(dist, page);
      const meta = elementsOf(html).find((element) => element.tagName === 'meta' && attr(element, 'http-equiv')?.toLowerCase() === 'content-security-policy');
      const policyAt = html.search(/<meta http-equiv="Content-Security-Policy"/i);
      const firstLoad = html.search(/<(link|script|style)\b/i);
      return (meta && attr(meta, 'content')) !== contentSecurityPolicy || (firstLoad !== -1 && policyAt > firstLoad);
    });
    expect(pages.length).toBeGreaterThan(100);
    expect(without).toEqual([]);
  });

  it('allows only the site itself, and WebAssembly compilation for search, never inline scripts', () => {
    expect(contentSecurityPolicy).toContain("default-src 'self'");
    expect(contentSecurityPolicy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(contentSecurityPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });

  it('has no inline script other than JSON-LD data and no inline style the policy would block', () => {
    const inline = pages.flatMap((page) =>
      elementsOf(readPage(dist, page))
        .filter(
          (element) =>
            (element.tagName === 'script' && !attr(element, 'src') && attr(element, 'type') !== 'application/ld+json') ||
            element.tagName === 'style' ||
            attr(element, 'style') !== undefined,
        )
        .map((element) => `${page}: <${element.tagName}${element.attrs.map((a) => ` ${a.name}="${a.value.slice(0, 60)}"`).join('')}>`),
    );
    expect(inline).toEqual([]);
  });

  it('loads nothing from another host: no remote src, stylesheet, @import, url() or fetch', () => {
    const found = [
      ...pages.flatMap((page) => executableMarkup(readPage(dist, page)).map((problem) => `${page}: ${problem}`)),
      ...filesOf(dist, '.css').filter((file) => cssFromOtherHost.test(readFileSync(join(dist, file), 'utf8'))),
      ...filesOf(dist, '.js').filter((file) => requestToOtherHost.some((pattern) => pattern.test(readFileSync(join(dist, file), 'utf8')))),
    ];
    expect(found).toEqual([]);
  });

  it('gives hosts that read _headers the same policy, and forbids framing', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'\n`);
  });

  describe('in a browser', () => {
    let server: Awaited<ReturnType<typeof serveStatic>>;
    let browser: Awaited<ReturnType<typeof launchChromium>>;
    beforeAll(async () => {
      server = await serveStatic(dist);
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('searches with Pagefind under the policy, with no violation and no request to another host', async () => {
      const { page, foreignRequests } = await localOnlyPage(browser, server.url);
      // Serve the _headers policy too, as a host that reads it would: the search worker, which
      // compiles Pagefind's WebAssembly, is governed by its own response header, not the page's meta.
      const headerPolicy = /Content-Security-Policy: (.+)/.exec(readFileSync(join(dist, '_headers'), 'utf8'))![1]!;
      await page.route('**/*', async (route) => {
        if (!route.request().url().startsWith(server.url)) return route.fallback();
        const response = await route.fetch();
        return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': headerPolicy } });
      });
      const problems: string[] = [];
      const watch = (text: string) => {
        if (/Content.Security.Policy|Refused to|violates|WASM|WebAssembly/i.test(text)) problems.push(text);
      };
      page.on('console', (message) => watch(message.text()));
      page.on('worker', (worker) => worker.on('console', (message) => watch(message.text())));
      for (const path of ['/', '/ru/', '/ky/services/', '/ru/search/?q=%D0%BF%D0%B0%D1%81%D0%BF%D0%BE%D1%80%D1%82']) {
        await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      }
      await page.waitForSelector('#search-results li', { timeout: 20_000 });
      expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      expect(foreignRequests).toEqual([]);
    }, 60_000);
  });
});
