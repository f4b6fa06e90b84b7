import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Lang, langs } from '../../i18n/locales.ts';
import { serviceView } from '../service-view/service-view.ts';
import type { SiteModel } from '../site-model/site-model.ts';
import { vocabularyPart } from './did-you-mean.ts';
import { isFunctionWord } from './request-words.ts';
import { searchWords } from './search-words.ts';

/** What one miss may cost the reader: the gzip size of one part of the vocabulary. */
export const vocabularyPartBudget = 10 * 1024;

// Shorter words are not corrected (see did-you-mean.ts), so they need not be sent.
const shortestCorrected = 4;

/**
 * The words of the services' names and everyday names in a language, the ones "did you mean"
 * corrects a typo to, in parts by first letter (ө, ү, ң folded), each ordered from the word in the
 * most names. A part over the budget keeps its most used words: a miss never costs more.
 */
export function searchVocabulary(site: SiteModel, lang: Lang): Map<string, string[]> {
  const uses = new Map<string, number>();
  for (const facts of site.facts.values()) {
    const view = serviceView(facts, lang);
    const words = new Set([view.name, ...view.everydayNames].flatMap(searchWords));
    for (const word of words) uses.set(word, (uses.get(word) ?? 0) + 1);
  }
  // Each word is looked at once, not once per name it is in.
  for (const word of uses.keys()) if (word.length < shortestCorrected || isFunctionWord(word)) uses.delete(word);
  const ordered = [...uses].sort(([a, one], [b, other]) => other - one || (a < b ? -1 : 1)).map(([word]) => word);
  const parts = new Map<string, string[]>();
  for (const word of ordered) {
    const part = vocabularyPart(word);
    const words = parts.get(part);
    if (words) words.push(word);
    else parts.set(part, [word]);
  }
  for (const [part, words] of parts) parts.set(part, withinBudget(words));
  return parts;
}

function withinBudget(words: string[]): string[] {
  let kept = words;
  while (kept.length > 1 && gzipSync(JSON.stringify(kept)).length > vocabularyPartBudget) kept = kept.slice(0, Math.floor(kept.length * 0.9));
  return kept;
}

/** Writes the vocabulary of every language as <folder>/<lang>/<part>.json (see paths.searchVocabulary). */
export function writeSearchVocabulary(site: SiteModel, folder: string): void {
  for (const lang of langs) {
    mkdirSync(join(folder, lang), { recursive: true });
    for (const [part, words] of searchVocabulary(site, lang)) writeFileSync(join(folder, lang, `${part}.json`), JSON.stringify(words));
  }
}
