import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/translate.ts';
import { correctionEmailUrl } from '../../src/lib/site/correction-email.ts';
import { reportErrorUrl } from '../../src/lib/site/repository-links.ts';
import { textLanguage } from '../../src/lib/site/text-language.ts';
import { repository } from '../../src/site-config.ts';
import { correctionEmailLines } from '../helpers/correction-email.ts';

// Values that differ between the ways of encoding a query: reserved and unreserved signs, a space,
// Cyrillic and Kyrgyz letters, a letter outside the BMP and a lone surrogate.
const awkward = ["a b!'()*~-._", '&=?#/%+', 'паспорт ңөү', '😀', '\ud800x'];

describe('the issue form link', () => {
  it('has the query URLSearchParams would write', () => {
    for (const value of awkward) {
      const expected = new URLSearchParams({ template: 'record-error.yml', title: `[services/${value}] `, record: value, page: value });
      expect(reportErrorUrl('services', value, value, value)).toBe(`${repository.url}/issues/new?${expected.toString()}`);
    }
  });
});

describe('the correction e-mail link', () => {
  it('carries the record, its file and the page, with ASCII encoded and other letters as they are', () => {
    const url = correctionEmailUrl('ky', { record: 'services/id-card', file: 'registry/services/id card.yaml', pageUrl: 'https://example.org/ky/services/id-card/?a=1&b=2' });
    const [, subject, body] = url.match(/^mailto:[^?]+\?subject=([^&]*)&body=(.*)$/)!;
    expect(decodeURIComponent(subject!)).toBe(t('ky', 'mail.subject', { record: 'services/id-card' }));
    expect(decodeURIComponent(body!)).toBe(
      correctionEmailLines('ky', 'services/id-card', 'registry/services/id card.yaml', 'https://example.org/ky/services/id-card/?a=1&b=2').join('\r\n'),
    );
    expect(body).toContain(encodeURIComponent('registry/services/id card.yaml'));
    expect(body).not.toMatch(/%D[0-4]/); // Cyrillic letters are not percent-encoded
  });
});

describe('the language of unlabelled text', () => {
  it('is Kyrgyz with ө, ү or ң, Russian for long Cyrillic without them, English in Latin letters, else unknown', () => {
    expect(textLanguage('Паспорт алуу үчүн')).toBe('ky');
    expect(textLanguage('Паспорт гражданина выдаётся в течение десяти рабочих дней')).toBe('ru');
    expect(textLanguage('Паспорт гражданина')).toBeUndefined();
    expect(textLanguage('Fix the fee of the passport')).toBe('en');
    expect(textLanguage('Паспорт ID-card')).toBeUndefined();
    expect(textLanguage('12.03.2024')).toBeUndefined();
  });
});
