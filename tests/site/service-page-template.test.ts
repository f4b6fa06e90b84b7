import { describe, expect, it } from 'vitest';
import { Html } from '../../src/lib/site/html.ts';
import type { ServicePageParts } from '../../src/lib/site/markup/service-page-document.ts';
import { fillServicePageTemplate, ServicePageEncoder, servicePageMarkers, servicePageTemplate } from '../../src/lib/site/service-page-template.ts';

// A layout as Astro renders it around the markers: the title in text and in an attribute, the
// address in links, the JSON-LD in a script, the body in <main>.
function renderedLayout(parts: ServicePageParts): string {
  const path = `/ky/services/${parts.id}/`;
  return `<!DOCTYPE html><html lang="ky"><head><title>${parts.title} — kyzmat</title><meta name="description" content="${parts.description}"><meta property="og:title" content="${parts.title}"><link rel="canonical" href="https://kyzmat.github.io${path}"><script type="application/ld+json">${parts.jsonLd}</script></head><body><a class="lang-switch" href="/ru/services/${parts.id}/">Русский</a><main>${parts.body.value}</main></body></html>`;
}

const hostile = `Паспорт & "ID" <script>alert('x')</script>`;
const parts: ServicePageParts = {
  lang: 'ky',
  id: 'id-card',
  title: hostile,
  description: hostile,
  jsonLd: '{"name":"\\u003cscript\\u003e"}',
  body: new Html('<article><h1>Паспорт</h1></article>'),
};

describe('a service page written from the layout rendered once', () => {
  const template = servicePageTemplate('ky', renderedLayout(servicePageMarkers('ky')));

  it('escapes a value as Astro does where it lands: &, <, >, " and \' in text, & and " in an attribute', () => {
    const page = fillServicePageTemplate(template, parts);
    expect(page).toContain(`<title>Паспорт &amp; &quot;ID&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; — kyzmat</title>`);
    expect(page).toContain(`<meta property="og:title" content="Паспорт &amp; &quot;ID&quot; <script>alert('x')</script>">`);
    expect(page).not.toContain(`<title>${hostile}`);
  });

  it('puts the address in every link, and the JSON-LD and the body as they are', () => {
    const page = fillServicePageTemplate(template, parts);
    expect(page).toContain('<link rel="canonical" href="https://kyzmat.github.io/ky/services/id-card/">');
    expect(page).toContain('<a class="lang-switch" href="/ru/services/id-card/">');
    expect(page).toContain('<script type="application/ld+json">{"name":"\\u003cscript\\u003e"}</script>');
    expect(page).toContain('<main><article><h1>Паспорт</h1></article></main>');
    expect(page).not.toContain('kyzmat-service-page-slot');
  });

  it('writes as bytes the same page, however long, in UTF-8', () => {
    const encoder = new ServicePageEncoder(template);
    const long = { ...parts, body: new Html(`<article>${'Кыргыз Республикасы 𝄞 '.repeat(20_000)}</article>`) };
    for (const page of [parts, long, parts]) expect(Buffer.from(encoder.encode(page))).toEqual(Buffer.from(fillServicePageTemplate(template, page)));
  });

  it('refuses a layout that does not place the body, and a page of the other language', () => {
    expect(() => servicePageTemplate('ky', renderedLayout(servicePageMarkers('ky')).replace('kyzmat-service-page-slot-body', ''))).toThrow(/did not place its body/);
    expect(() => fillServicePageTemplate(template, { ...parts, lang: 'ru' })).toThrow(/cannot fill the ky template/);
  });
});
