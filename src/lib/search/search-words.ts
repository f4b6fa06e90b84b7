// How text is cut into words, the same for names at index time and for queries in the browser.

const cyrillic = /[а-яёөүң]/;
// Latin letters that look like Cyrillic ones, typed by mistake inside a Cyrillic word ("пeрeрегистрация").
const lookalikes: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в' };

/** The lowercase words of a text: runs of letters and digits; hyphens and punctuation separate words. */
export function searchWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => (cyrillic.test(word) ? word.replace(/[a-z]/g, (letter) => lookalikes[letter] ?? letter) : word));
}
