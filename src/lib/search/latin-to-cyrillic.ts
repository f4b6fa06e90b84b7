// People without a Cyrillic keyboard (or on a phone set to Latin) type "nesudimost", "jer amnistiyasy".
// Letters are read as Russian and Kyrgyz chat spelling reads them; where a letter can be read two
// ways (j: ж or й), the second spelling takes the other reading, so a word never has more than two.

/** Latin letter groups and their Cyrillic readings: the usual one first, then the other where there is one. */
const readings: [string, string, string?][] = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ts', 'ц'],
  ['ya', 'я', 'йа'],
  ['yu', 'ю', 'йу'],
  ['yo', 'е', 'йо'],
  ['ye', 'е', 'йе'],
  // j is ж in Kyrgyz spelling (jer, jarandyk) and й in Russian transliteration (ja, ju).
  ['ja', 'жа', 'я'],
  ['ju', 'жу', 'ю'],
  ['ng', 'н', 'нг'],
  ['a', 'а'],
  ['b', 'б'],
  ['c', 'ц', 'к'],
  ['d', 'д'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['h', 'х'],
  ['i', 'и'],
  ['j', 'ж', 'й'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['q', 'к'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['v', 'в'],
  ['w', 'в'],
  ['x', 'кс'],
  ['y', 'ы'],
  ['z', 'з'],
  ['ö', 'ө'],
  ['ü', 'ү'],
  ['ñ', 'ң'],
  ["'", 'ь'],
];

const isVowel = (letter: string | undefined) => letter !== undefined && 'аеиоөуүыэюяё'.includes(letter);

/** True when the word has a Latin letter, so it may need reading as Cyrillic. */
export const hasLatin = (word: string): boolean => /[a-zöüñ]/.test(word);

/**
 * The Cyrillic spellings of a lowercase word typed in Latin letters: one, or two when a letter
 * reads two ways (nesudimost -> несудимост; ekspertiza -> экспертиза, експертиза). Digits and
 * Cyrillic letters are kept. A word-initial e reads э first; y after a vowel reads й (uy -> уй).
 */
export function cyrillicSpellings(word: string): string[] {
  const usual: string[] = [];
  const other: string[] = [];
  let position = 0;
  while (position < word.length) {
    const match = readings.find(([latin]) => word.startsWith(latin, position));
    if (!match) {
      usual.push(word[position]!);
      other.push(word[position]!);
      position += 1;
      continue;
    }
    const [latin, first, second] = match;
    const previous = usual.at(-1);
    let [one, two] = [first, second ?? first];
    // Context decides the usual reading of e and y; the other reading stays as the second spelling.
    if (latin === 'e' && position === 0) [one, two] = ['э', 'е'];
    if (latin === 'y' && isVowel(previous)) [one, two] = ['й', 'й'];
    usual.push(one);
    other.push(two);
    position += latin.length;
  }
  return [...new Set([usual.join(''), other.join('')])];
}
