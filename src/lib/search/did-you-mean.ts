import { editDistance } from './edit-distance.ts';
import { foldKyrgyzLetters } from './fold-kyrgyz-letters.ts';

// A typo in a short word leaves too many neighbours; one in a longer word rarely does.
const allowedEdits = (word: string) => (word.length < 4 ? 0 : word.length < 6 ? 1 : 2);

/**
 * The word of the vocabulary closest to a word that found nothing, within two edits (one for words
 * of four or five letters), or undefined. ө, ү, ң and their plain letters count as the same letter.
 * The vocabulary is ordered from the most used word, which wins a tie.
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const limit = allowedEdits(word);
  if (limit === 0) return undefined;
  const typed = foldKyrgyzLetters(word);
  let best: { word: string; distance: number } | undefined;
  for (const candidate of vocabulary) {
    const distance = editDistance(typed, foldKyrgyzLetters(candidate), best ? best.distance - 1 : limit);
    if (distance === 0) return undefined;
    if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}

/** Which part of the vocabulary may hold a correction of a word: the one of its first letter (folded). */
export const vocabularyPart = (word: string): string => foldKyrgyzLetters(word[0] ?? '_').codePointAt(0)!.toString(16);
