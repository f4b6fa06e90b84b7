import { describe, expect, it } from 'vitest';
import { kyrgyzStem, minimumStemLength } from '../../src/lib/search/kyrgyz-stem.ts';

// Word forms a citizen types, and the stem the index and the query must share.
const forms: [string, string][] = [
  // case endings after a consonant and a vowel, in all four vowel-harmony variants
  ['паспорттун', 'паспорт'],
  ['паспортко', 'паспорт'],
  ['паспортту', 'паспорт'],
  ['паспортто', 'паспорт'],
  ['паспорттон', 'паспорт'],
  ['жерге', 'жер'],
  ['жердин', 'жер'],
  ['жерди', 'жер'],
  ['жерде', 'жер'],
  ['жерден', 'жер'],
  ['сууга', 'суу'],
  ['суунун', 'суу'],
  ['сууну', 'суу'],
  ['класска', 'класс'],
  ['айылдын', 'айыл'],
  ['айылга', 'айыл'],
  ['пенсияга', 'пенсия'],
  ['пенсиянын', 'пенсия'],
  ['пенсияны', 'пенсия'],
  ['көмөккө', 'көмөк'],
  ['ишкерге', 'ишкер'],
  // possessive, then case (паспорт-ум-ду: my passport, accusative)
  ['паспортумду', 'паспорт'],
  ['паспортумдун', 'паспорт'],
  ['паспортубуз', 'паспорт'],
  ['паспортуңуз', 'паспорт'],
  ['паспортуңузду', 'паспорт'],
  ['маалымкатты', 'маалымкат'],
  ['маалымкатын', 'маалымкат'],
  ['төлөмү', 'төлөм'],
  ['жөлөкпулун', 'жөлөкпул'],
  ['жөлөкпулу', 'жөлөкпул'],
  ['амнистиясы', 'амнистия'],
  ['амнистиясына', 'амнистия'],
  ['бакчасына', 'бакча'],
  ['бакчасынын', 'бакча'],
  ['өкмөтүнөн', 'өкмөт'],
  ['өкмөтүндө', 'өкмөт'],
  // final б, г of the stem back to п, к
  ['китеби', 'китеп'],
  ['кереги', 'керек'],
  ['кезегине', 'кезек'],
  ['участогу', 'участок'],
  ['күбөлүгү', 'күбө'],
  // plural, possessive and case together
  ['балдарга', 'бал'],
  ['балдарыбызга', 'бал'],
  ['энелерге', 'эне'],
  ['документтерди', 'документ'],
  ['кызматтарды', 'кызмат'],
  ['укуктарды', 'укук'],
  // verbal nouns and participles
  ['каттоо', 'катт'],
  ['каттоого', 'катт'],
  ['каттоодон', 'катт'],
  ['берүү', 'бер'],
  ['алмаштыруу', 'алмаштыр'],
  ['турууга', 'тур'],
  ['катышуу', 'катыш'],
  ['дайындоону', 'дайынд'],
  ['жашаган', 'жаша'],
  ['туулгандыгы', 'туул'],
  ['туулгандыгын', 'туул'],
  ['өлгөндүгүн', 'өлгөн'],
  ['айдоочулук', 'айдоочу'],
  // typed without ө, ү, ң: the same endings, folded
  ['толому', 'толом'],
  ['олгондугун', 'олгон'],
  ['куболугу', 'кубо'],
  ['никелешууну', 'никелеш'],
  ['жолокпулун', 'жолокпул'],
];

describe('the Kyrgyz stemmer', () => {
  it.each(forms)('stems %s to %s', (word, stem) => {
    expect(kyrgyzStem(word)).toBe(stem);
  });

  it('has at least 60 word forms under test', () => {
    expect(forms.length).toBeGreaterThanOrEqual(60);
  });

  it('leaves words without an ending alone', () => {
    for (const word of ['паспорт', 'жер', 'суу', 'карта', 'справка', 'маалымкат', 'бала']) expect(kyrgyzStem(word)).toBe(word);
  });

  it(`never leaves a stem shorter than ${minimumStemLength} letters`, () => {
    expect(kyrgyzStem('үйгө')).toBe('үйгө');
    expect(kyrgyzStem('алуу')).toBe('алуу');
    expect(kyrgyzStem('жерге')).toBe('жер');
  });

  it('strips an ending only after the sound it follows: -та after a voiceless consonant, -сы after a vowel', () => {
    expect(kyrgyzStem('карта')).toBe('карта');
    expect(kyrgyzStem('паспортто')).toBe('паспорт');
    expect(kyrgyzStem('мунапысы')).toBe('мунапы');
    expect(kyrgyzStem('жаран')).toBe('жаран');
  });

  it('keeps borrowed words whose end only looks like an ending', () => {
    expect(kyrgyzStem('машина')).toBe('машина');
    expect(kyrgyzStem('машинаны')).toBe('машина');
  });
});
