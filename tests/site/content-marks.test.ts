import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { attr, type Element, elementsOf, visibleText } from '../trust/built-html.ts';

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('what a service page says about its texts and facts (content-marks fixture)', () => {
  let dist: string;
  const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
  const byId = (html: string, id: string): Element => elementsOf(html).find((element) => attr(element, 'id') === id)!;
  const textOf = (element: Element) => normal(visibleText(`<div>${serialize(element)}</div>`));

  beforeAll(() => {
    dist = buildSite(fixturePath('content-marks'));
  });

  it('marks an unofficial translation and keeps the original one tap away', () => {
    const ru = page('/ru/services/translated-service/');
    const result = byId(ru, 'result');
    expect(textOf(result)).toContain('Заявитель получает справку. (неофициальный перевод)');
    const details = elementsOf(serialize(result)).find((element) => element.tagName === 'details')!;
    expect(textOf(details)).toContain('Неофициальный перевод kyzmat — показать оригинал');
    const original = elementsOf(serialize(details)).find((element) => attr(element, 'lang') === 'ky')!;
    expect(textOf(original)).toContain('Арыз ээси маалымкат алат.');
    // The official Russian name carries no mark; the Kyrgyz name, the project's translation, does.
    expect(textOf(elementsOf(ru).find((element) => element.tagName === 'h1')!)).toBe('Выдача справки о составе семьи');
    expect(textOf(elementsOf(page('/ky/services/translated-service/')).find((element) => element.tagName === 'h1')!)).toBe(
      'Үй-бүлө курамы жөнүндө маалымкат берүү (расмий эмес котормо)',
    );
  });

  it('says an old fee may have changed, in the answer card and in its section, in both languages', () => {
    const ru = page('/ru/services/translated-service/');
    const cost = elementsOf(ru).find((element) => attr(element, 'data-answer') === 'payment')!;
    expect(textOf(cost)).toBe('Сколько стоитПлатно: 100 соммогло измениться с 01.03.2019 · источники расходятся');
    // Sources that disagree are said in one word, which leads to the section that shows them.
    expect(serialize(cost)).toContain('<a class="conflict-mark" href="#payment">источники расходятся</a>');
    expect(textOf(elementsOf(page('/ky/services/translated-service/')).find((element) => attr(element, 'data-answer') === 'payment')!)).toContain(
      '01.03.2019 бери өзгөрүшү мүмкүн',
    );
    expect(textOf(byId(ru, 'payment'))).toContain('могло измениться с 01.03.2019');
    expect(textOf(byId(page('/ky/services/translated-service/'), 'payment'))).toContain('01.03.2019 бери өзгөрүшү мүмкүн');
    // A deadline dated this year is not marked.
    expect(textOf(byId(ru, 'deadline'))).not.toContain('могло измениться');
  });

  it('shows sources that disagree side by side, each with its date', () => {
    const payment = textOf(byId(page('/ru/services/translated-service/'), 'payment'));
    expect(payment).toContain('Источники расходятся: Размер платы');
    expect(payment).toMatch(/100 сомов.*от 01\.03\.2019.*250 сомов.*от 01\.02\.2025/);
  });

  it('shows the general rule, labelled and sourced, where a service does not document a section', () => {
    const complaints = byId(page('/ru/services/translated-service/'), 'complaints');
    const text = textOf(complaints);
    expect(text).toContain('Общее правило для всех услуг');
    expect(text).toContain('Обратитесь письменно к руководителю органа.');
    expect(text).toContain('не более 14 рабочих дней — ответ на жалобу');
    expect(serialize(complaints)).toContain('href="/ru/acts/law-139-2014/"');
    expect(serialize(complaints)).toContain('href="/ru/rules/complaints/"');
    expect(textOf(byId(page('/ky/services/translated-service/'), 'rights'))).toContain('Маалыматты мамлекеттик же расмий тилде алуу укугу');
    expect(textOf(elementsOf(page('/ru/rules/complaints/')).find((element) => element.tagName === 'h1')!)).toBe('Как обжаловать услугу');
  });

  it('answers "if refused" with the general rule, labelled, when the service documents no complaint route of its own', () => {
    const refused = elementsOf(page('/ru/services/translated-service/')).find((element) => attr(element, 'data-answer') === 'refused')!;
    expect(textOf(refused)).toBe('Если откажутОбратитесь письменно к руководителю органа.общее правило для всех услуг');
    expect(serialize(refused)).toContain('<dt><a href="#complaints">Если откажут</a></dt>');
    expect(serialize(refused)).toContain('<a href="#complaints">общее правило для всех услуг</a>');
  });
});

/** The HTML of a parsed element, enough to search its text and attributes again. */
function serialize(element: Element): string {
  const attributes = element.attrs.map((a) => ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"`).join('');
  const children = element.childNodes
    .map((child) =>
      'tagName' in child ? serialize(child as Element) : child.nodeName === '#text' ? (child as { value: string }).value.replace(/&/g, '&amp;').replace(/</g, '&lt;') : '',
    )
    .join('');
  return `<${element.tagName}${attributes}>${children}</${element.tagName}>`;
}
