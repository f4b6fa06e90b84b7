// A light Kyrgyz stemmer: it strips at most one ending of each kind, from the end of the word
// inwards (case, then possessive, then plural, then word-forming endings), because Kyrgyz stacks
// them in the opposite order: stem + word-forming + plural + possessive + case.
// Every ending is listed with all its vowel-harmony variants (and those with ө, ү typed as о, у),
// so a word typed without Kyrgyz letters loses the same ending.

/** Expands "д{а}н" into its variants: {а} the four low vowels, {ы} the four high vowels; both also folded. */
function variants(pattern: string): string[] {
  const low = ['а', 'е', 'о', 'ө'];
  const high = ['ы', 'и', 'у', 'ү'];
  let forms = [pattern];
  for (const [marker, vowels] of [
    ['{а}', low],
    ['{ы}', high],
  ] as const) {
    forms = forms.flatMap((form) => (form.includes(marker) ? vowels.map((vowel) => form.replaceAll(marker, vowel)) : [form]));
  }
  return [...new Set(forms)];
}

const vowels = 'аеёиоөуүыэюя';
const highVowels = 'иуүы';
const voiceless = 'пткфсшщчцх';

/** What the stem must end with for an ending to be one (Kyrgyz endings agree with the sound before them). */
type After = 'vowel' | 'high vowel' | 'consonant' | 'voiced' | 'voiceless' | 'any';
const sound: Record<After, (letter: string) => boolean> = {
  vowel: (letter) => vowels.includes(letter),
  'high vowel': (letter) => highVowels.includes(letter),
  consonant: (letter) => !vowels.includes(letter),
  voiced: (letter) => !voiceless.includes(letter),
  voiceless: (letter) => voiceless.includes(letter),
  any: () => true,
};

interface Ending {
  form: string;
  after: After;
}

const endings = (after: After, ...patterns: string[]): Ending[] => patterns.flatMap(variants).map((form) => ({ form, after }));

// Each layer's endings; the longest that fits is stripped.
const layers: Ending[][] = [
  // Case: genitive, dative, accusative, locative, ablative; after a possessive -нын, -на, -н, -нда, -нан.
  [
    ...endings('vowel', 'н{ы}н', 'н{ы}'),
    ...endings('voiced', 'д{ы}н', 'д{а}н', 'г{а}', 'д{а}', 'д{ы}'),
    ...endings('voiceless', 'т{ы}н', 'т{а}н', 'к{а}', 'т{а}', 'т{ы}'),
    ...endings('high vowel', 'н{а}н', 'нд{а}', 'н{а}', 'н'),
  ],
  // Possessive: our, your (polite), my, your, his/her/its.
  [...endings('consonant', '{ы}б{ы}з', '{ы}ң{ы}з', '{ы}н{ы}з', '{ы}м', '{ы}ң', '{ы}'), ...endings('vowel', 'б{ы}з', 'ң{ы}з', 'н{ы}з', 'с{ы}')],
  // Plural.
  [...endings('any', 'л{а}р'), ...endings('voiced', 'д{а}р'), ...endings('voiceless', 'т{а}р')],
  // Word-forming: "having been ...-ed" (туулгандык), participles, "-ness" (-лык), verbal nouns (алуу, каттоо).
  [
    ...endings('voiced', 'г{а}нд{ы}к', 'г{а}н', 'д{ы}к'),
    ...endings('voiceless', 'к{а}нд{ы}к', 'к{а}н', 'т{ы}к'),
    ...endings('any', 'л{ы}к'),
    ...endings('consonant', '{ы}{ы}', 'оо', 'өө'),
  ],
].map((layer) => layer.sort((a, b) => b.form.length - a.form.length));

/** The shortest stem the stemmer leaves: Kyrgyz roots are short (жер, суу), but two letters match too much. */
export const minimumStemLength = 3;

function stripOne(word: string, layer: Ending[]): string | undefined {
  for (const { form, after } of layer) {
    if (!word.endsWith(form)) continue;
    const stem = word.slice(0, -form.length);
    if (stem.length >= minimumStemLength && sound[after](stem.at(-1)!)) return stem;
  }
  return undefined;
}

// Before a vowel, a final п, к of a stem is voiced (китеп -> китеби, керек -> кереги); undo it.
const unvoice = (stem: string): string => stem.replace(/б$/, 'п').replace(/г$/, 'к');

// Borrowed words whose last letters look like a Kyrgyz ending (машина is not "маш" + "-ина").
const unchanged = new Set(['машина', 'почта', 'медицина']);

/** The stem of a lowercase Kyrgyz word: паспортумду -> паспорт, туулгандыгы -> туул, каттоого -> катт. */
export function kyrgyzStem(word: string): string {
  if (unchanged.has(word)) return word;
  let stem = word;
  for (const layer of layers) {
    const stripped = stripOne(stem, layer);
    if (stripped !== undefined) stem = unvoice(stripped);
  }
  return stem;
}
