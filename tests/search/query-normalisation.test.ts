import { describe, expect, it } from 'vitest';
import { closestWord, vocabularyPart } from '../../src/lib/search/did-you-mean.ts';
import { editDistance } from '../../src/lib/search/edit-distance.ts';
import { foldKyrgyzLetters } from '../../src/lib/search/fold-kyrgyz-letters.ts';
import { cyrillicSpellings } from '../../src/lib/search/latin-to-cyrillic.ts';
import { isFunctionWord, isRequestWord } from '../../src/lib/search/request-words.ts';
import { indexTerms, parseQuery } from '../../src/lib/search/search-query.ts';
import { searchWords } from '../../src/lib/search/search-words.ts';

describe('folding Kyrgyz letters', () => {
  it('writes ө, ү, ң as о, у, н, as they are typed on a Russian keyboard', () => {
    expect(foldKyrgyzLetters('төлөм')).toBe('толом');
    expect(foldKyrgyzLetters('үй-бүлөгө көмөк')).toBe('уй-булого комок');
    expect(foldKyrgyzLetters('кеңеш')).toBe('кенеш');
    expect(foldKyrgyzLetters('Өкмөт Үй Ңы')).toBe('Окмот Уй Ны');
  });

  it('leaves Russian words alone', () => {
    expect(foldKyrgyzLetters('свидетельство о рождении')).toBe('свидетельство о рождении');
  });
});

describe('Latin letters read as Cyrillic', () => {
  it.each([
    ['nesudimost', ['несудимост']],
    ['propiska', ['прописка']],
    ['pasport', ['паспорт']],
    ['kattoo', ['каттоо']],
    ['zagranpasport', ['загранпаспорт']],
    ['shchetchik', ['щетчик']],
    ['chyguu', ['чыгуу']],
    ['amnistiyasy', ['амнистиясы', 'амнистийасы']],
    ['rojdenii', ['рождении', 'ройдении']],
    ['jer', ['жер', 'йер']],
    ['uy', ['уй']],
    ['voditelskiy', ['водителский']],
    ['ekspertiza', ['экспертиза', 'експертиза']],
    ['licenziya', ['лицензия', 'ликензийа']],
  ])('reads %s as %j', (word, spellings) => {
    expect(cyrillicSpellings(word)).toEqual(spellings);
  });

  it('gives at most two spellings, however ambiguous the word', () => {
    for (const word of ['jajujojejengc', 'yayuyoyejacj', 'suyunchu', 'koyuu']) expect(cyrillicSpellings(word).length).toBeLessThanOrEqual(2);
  });

  it('keeps digits and Cyrillic letters', () => {
    expect(cyrillicSpellings('1-klass')).toEqual(['1-класс']);
  });
});

describe('request and function words', () => {
  it('recognises what people add to say what they want, in both languages', () => {
    for (const word of ['получить', 'оформить', 'открыть', 'как', 'где', 'алуу', 'берүү', 'кантип', 'керек', 'алам', 'зарегистрировать']) {
      expect(isRequestWord(word), word).toBe(true);
    }
  });

  it('recognises them typed without Kyrgyz letters or a final soft sign (from Latin)', () => {
    expect(isRequestWord('беруу')).toBe(true);
    expect(isRequestWord('открыт')).toBe(true);
  });

  it('does not take the words that name services for request words', () => {
    for (const word of ['паспорт', 'справка', 'прописка', 'каттоо', 'права', 'пенсия', 'маалымкат']) expect(isRequestWord(word), word).toBe(false);
  });

  it('drops prepositions and conjunctions of both languages', () => {
    for (const word of ['в', 'на', 'о', 'для', 'жана', 'менен', 'үчүн']) expect(isFunctionWord(word), word).toBe(true);
    expect(isFunctionWord('паспорт')).toBe(false);
  });
});

describe('a query as Pagefind is asked for it', () => {
  it('splits words at hyphens and punctuation and lowercases them', () => {
    expect(searchWords('ID-карта, Үй-бүлөгө!')).toEqual(['id', 'карта', 'үй', 'бүлөгө']);
  });

  it('turns Latin look-alike letters inside a Cyrillic word into Cyrillic', () => {
    expect(searchWords('пeрeрегистрация')).toEqual(['перерегистрация']);
  });

  it('drops function words, marks request words and stems Kyrgyz words on Kyrgyz pages', () => {
    expect(parseQuery('паспортумду кантип алам', 'ky')).toEqual([
      { typed: 'паспортумду', spellings: ['паспортумду'], terms: ['паспорт'], request: false },
      { typed: 'кантип', spellings: ['кантип'], terms: ['кантип'], request: true },
      { typed: 'алам', spellings: ['алам'], terms: ['алам'], request: true },
    ]);
  });

  it("leaves Russian words to Pagefind's own stemmer on Russian pages", () => {
    expect(parseQuery('получить справку о несудимости', 'ru').map((word) => [word.terms, word.request])).toEqual([
      [['получить'], true],
      [['справку'], false],
      [['несудимости'], false],
    ]);
  });

  it('reads Latin words as Cyrillic, keeping a short Latin abbreviation as a second spelling', () => {
    expect(parseQuery('nesudimost', 'ru')[0]!.terms).toEqual(['несудимост']);
    expect(parseQuery('ip', 'ru')[0]!.terms).toEqual(['ип', 'ip']);
  });
});

describe("index terms of a service's names", () => {
  it('adds the Kyrgyz stems and their folded forms, not the words already in the document', () => {
    expect(indexTerms(['Үй-бүлөгө көмөк жөлөкпулу'], 'ky')).toEqual(['уй', 'бүлө', 'було', 'комок', 'жөлөкпул', 'жолокпул']);
  });

  it('adds only folded forms on Russian pages, where Pagefind stems', () => {
    expect(indexTerms(['Справка о несудимости', 'Балага сүйүнчү'], 'ru')).toEqual(['суйунчу']);
  });
});

describe('did you mean', () => {
  const vocabulary = ['свидетельство', 'прописка', 'пенсии', 'загранпаспорт', 'недвижимое', 'разрешительных', 'паспорт'];

  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('загранпаспрот', 'загранпаспорт')).toBe(1);
    expect(editDistance('пенция', 'пенсии')).toBe(2);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it.each([
    ['сведетельство', 'свидетельство'],
    ['свидетельсво', 'свидетельство'],
    ['пропизка', 'прописка'],
    ['пенция', 'пенсии'],
    ['загранпаспрот', 'загранпаспорт'],
    ['недвижемости', 'недвижимое'],
    ['разрешение', 'разрешительных'],
  ])('corrects %s to %s', (typed, known) => {
    expect(closestWord(typed, vocabulary)).toBe(known);
  });

  it('does not correct a known word, a short word or a word with no neighbour', () => {
    expect(closestWord('паспорт', vocabulary)).toBeUndefined();
    expect(closestWord('ип', vocabulary)).toBeUndefined();
    expect(closestWord('трактор', vocabulary)).toBeUndefined();
  });

  it("looks for a correction in the part of the vocabulary of the word's first letter, folded", () => {
    expect(vocabularyPart('өкмөт')).toBe(vocabularyPart('окмот'));
    expect(vocabularyPart('паспорт')).toBe('43f');
  });
});
