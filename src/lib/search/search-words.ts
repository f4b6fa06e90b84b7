// How text is cut into words, the same for names at index time and for queries in the browser.

const cyrillic = /[а-яёөүң]/;
// Latin letters that look like Cyrillic ones, typed by mistake inside a Cyrillic word ("пeрeрегистрация").
const lookalikes: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в' };

/** The lowercase words of a text: runs of letters and digits; hyphens and punctuation separate words. */
export function searchWords(text: string): string[] {
  const lower = text.toLowerCase();
  const words = lower.match(/[\p{L}\p{N}]+/gu) ?? [];
  // Most names have no Latin letter: looking at the whole text once takes a third off this function's
  // time, and the build runs it on every name of every service in both languages, twice.
  if (!/[a-z]/.test(lower)) return words;
  return words.map((word) => (cyrillic.test(word) ? word.replace(/[a-z]/g, (letter) => lookalikes[letter] ?? letter) : word));
}
