import { editDistance } from './edit-distance.ts';
import { foldKyrgyzLetters } from './fold-kyrgyz-letters.ts';

// A typo in a short word leaves too many neighbours; one in a longer word rarely does.
const allowedEdits = (word: string) => (word.length < 4 ? 0 : word.length < 6 ? 1 : 2);

// Long words are also compared on their common length: the vocabulary holds the names' forms
// (недвижимое), the reader types another (недвижемости), and Pagefind matches a prefix anyway.
const comparedLength = 6;

function distanceToWord(typed: string, known: string, limit: number): number {
  const whole = editDistance(typed, known, limit);
  const length = Math.min(typed.length, known.length);
  if (length < comparedLength || typed.length === known.length) return whole;
  return Math.min(whole, editDistance(typed.slice(0, length), known.slice(0, length), limit));
}

// A word with no close neighbour may be another form of a known word (разрешение, разрешительных):
// then the most used word sharing its beginning is taken, all but its last four letters, at least five.
const sharedBeginning = (word: string) => Math.max(5, word.length - 4);

/**
 * The word of the vocabulary closest to a word that found nothing, within two edits (one for words
 * of four or five letters); else the most used word with the same beginning; or undefined.
 * ө, ү, ң and their plain letters count as the same letter. The vocabulary is ordered from the
 * most used word, which wins a tie.
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const limit = allowedEdits(word);
  if (limit === 0) return undefined;
  const typed = foldKyrgyzLetters(word);
  let best: { word: string; distance: number } | undefined;
  for (const candidate of vocabulary) {
    const distance = distanceToWord(typed, foldKyrgyzLetters(candidate), best ? best.distance - 1 : limit);
    if (distance === 0) return undefined;
    if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  if (best) return best.word;
  const beginning = typed.slice(0, sharedBeginning(typed));
  return typed.length > beginning.length ? vocabulary.find((candidate) => foldKyrgyzLetters(candidate).startsWith(beginning)) : undefined;
}

/** Which part of the vocabulary may hold a correction of a word: the one of its first letter (folded). */
export const vocabularyPart = (word: string): string =>
  foldKyrgyzLetters(word[0] ?? '_')
    .codePointAt(0)!
    .toString(16);
