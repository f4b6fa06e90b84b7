import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/translate.ts';
import type { Registry } from '../../src/lib/registry/index.ts';
import { html, joinHtml } from '../../src/lib/site/html.ts';
import { localizedTextHtml } from '../../src/lib/site/markup/localized-text.ts';
import { sourcesHtml } from '../../src/lib/site/markup/sources.ts';

const hostile = "\"><script>alert(1)</script><a href='x'>&";
const noActs = { act: new Map() } as unknown as Registry;

describe('markup built from registry text', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const markup = html`<a href="${hostile}">${hostile}</a>`.value;
    expect(markup).toBe(
      '<a href="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;a href=&#39;x&#39;&gt;&amp;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;a href=&#39;x&#39;&gt;&amp;</a>',
    );
  });

  it('keeps nested markup, joins lists and drops false, null and undefined as Astro does', () => {
    expect(html`<ul>${['a', 'b'].map((item) => html`<li>${item}</li>`)}</ul>`.value).toBe('<ul><li>a</li><li>b</li></ul>');
    expect(html`<p>${false}${undefined}${null}${0}</p>`.value).toBe('<p>0</p>');
    expect(joinHtml([html`<b>x</b>`, '<i>'], ', ').value).toBe('<b>x</b>, &lt;i&gt;');
  });

  it('marks a text shown in the other language with its lang and a note', () => {
    expect(localizedTextHtml({ ru: 'Паспорт' }, 'ky')!.value).toBe(
      `<span lang="ru">Паспорт <span class="untranslated" lang="ky">(${t('ky', 'text.notTranslatedShort')})</span></span>`,
    );
    expect(localizedTextHtml({ ky: 'Паспорт', ru: 'Паспорт' }, 'ky', true)!.value).toBe('<p class="text">Паспорт</p>');
    expect(localizedTextHtml(undefined, 'ru')).toBeUndefined();
  });

  it('labels a source without a title by its site name and escapes its quote', () => {
    const markup = sourcesHtml([{ url: 'https://User@Minjust.gov.kg:443/ru/content/1?x=1', quote: hostile }], 'ru', noActs)!.value;
    expect(markup).toContain('rel="nofollow noopener noreferrer">minjust.gov.kg</a>');
    expect(markup).not.toContain('<script>');
  });
});
