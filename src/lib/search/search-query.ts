import { foldKyrgyzLetters } from './fold-kyrgyz-letters.ts';
import { kyrgyzStem } from './kyrgyz-stem.ts';
import { cyrillicSpellings, hasLatin } from './latin-to-cyrillic.ts';
import { isFunctionWord, isRequestWord } from './request-words.ts';
import { searchWords } from './search-words.ts';

export type SearchLang = 'ky' | 'ru';

/** One word of a query, ready for Pagefind. */
export interface QueryWord {
  /** The word as typed, lowercased. */
  typed: string;
  /** The word in Cyrillic letters: itself, or one or two readings of a Latin word. */
  spellings: string[];
  /** What Pagefind is asked for: one or two spellings, each stemmed for the page's language. */
  terms: string[];
  /** True for a word like получить or кантип, dropped when the search with it finds too little. */
  request: boolean;
}

// Pagefind stems Russian itself (Snowball); it has no Kyrgyz stemmer, so Kyrgyz words are stemmed here.
const stem = (word: string, lang: SearchLang) => (lang === 'ky' ? kyrgyzStem(word) : word);

/**
 * The spellings of a typed word: a Latin word is read as Cyrillic (two spellings at most); a short
 * Latin word such as "id" or "ip" may be a Latin abbreviation, so its Latin spelling is the second.
 */
function spellingsOf(word: string): string[] {
  if (!hasLatin(word)) return [word];
  const cyrillic = cyrillicSpellings(word);
  return word.length <= 3 ? [cyrillic[0]!, word] : cyrillic;
}

/** A query as the words Pagefind is asked for: function words dropped, Latin read as Cyrillic, Kyrgyz stemmed. */
export function parseQuery(query: string, lang: SearchLang): QueryWord[] {
  return searchWords(query)
    .filter((word) => !isFunctionWord(word))
    .map((typed) => {
      const spellings = spellingsOf(typed);
      const terms = [...new Set(spellings.map((spelling) => stem(spelling, lang)))];
      return { typed, spellings, terms, request: spellings.some(isRequestWord) };
    });
}

// The same words recur in many services' names: each word's extra forms are found once per language.
const extraForms: Record<SearchLang, Map<string, readonly string[]>> = { ky: new Map(), ru: new Map() };

/** The forms a word adds to a document: its stem and folded stem (Kyrgyz) or its folded form (Russian), other than itself. */
function extraFormsOf(word: string, lang: SearchLang): readonly string[] {
  let forms = extraForms[lang].get(word);
  if (!forms) {
    const all = isFunctionWord(word) ? [] : lang === 'ky' ? [kyrgyzStem(word), foldKyrgyzLetters(kyrgyzStem(word))] : [foldKyrgyzLetters(word)];
    // The word itself is already in the document.
    forms = all.filter((form) => form !== word);
    extraForms[lang].set(word, forms);
  }
  return forms;
}

/**
 * The extra words a service's search document carries, from its names: each word's Kyrgyz stem,
 * and the stem with ө, ү, ң folded, so that "паспортумду" and "толом" find what "паспорт" and
 * "төлөм" name. Russian words need only folding (of Kyrgyz names on Russian pages): Pagefind stems them.
 */
export function indexTerms(texts: string[], lang: SearchLang): string[] {
  const terms = new Set<string>();
  for (const text of texts) for (const word of searchWords(text)) for (const form of extraFormsOf(word, lang)) terms.add(form);
  return [...terms];
}
