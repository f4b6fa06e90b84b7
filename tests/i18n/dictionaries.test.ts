import { describe, expect, it } from 'vitest';
import { ky } from '../../src/i18n/ky.ts';
import { ru } from '../../src/i18n/ru.ts';
import { pluralKey, t } from '../../src/i18n/translate.ts';
import { formatTimeLimit } from '../../src/lib/site/format.ts';

describe('interface strings', () => {
  it('exist for every key in both languages', () => {
    expect(Object.keys(ky).sort()).toEqual(Object.keys(ru).sort());
  });

  it('are never left empty, except unit labels that have no word', () => {
    for (const [lang, dictionary] of Object.entries({ ky, ru })) {
      for (const [key, value] of Object.entries(dictionary)) if (key !== 'figureUnit.count') expect(value.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('fill placeholders', () => {
    expect(t('ru', 'services.count', { count: 39 })).toBe('Услуг в реестре: 39');
  });

  it('use Russian plural forms and unchanged Kyrgyz nouns', () => {
    expect([1, 2, 5, 21, 1.5].map((n) => pluralKey('ru', n))).toEqual(['one', 'few', 'many', 'one', 'few']);
    expect(formatTimeLimit({ amount: 12, unit: 'working-days' }, 'ru')).toBe('12 рабочих дней');
    expect(formatTimeLimit({ amount: 2, unit: 'days' }, 'ru')).toBe('2 дня');
    expect(formatTimeLimit({ amount: 1, unit: 'hours' }, 'ru')).toBe('1 час');
    expect(formatTimeLimit({ amount: 12, unit: 'working-days' }, 'ky')).toBe('12 жумуш күн');
  });
});
