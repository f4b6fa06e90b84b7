// A Russian keyboard has no ө, ү, ң, so people type о, у, н instead; Unicode has no decomposition
// that would make Pagefind fold them.
const folded: Record<string, string> = { ө: 'о', ү: 'у', ң: 'н', Ө: 'О', Ү: 'У', Ң: 'Н' };

/** The word with ө, ү, ң written as о, у, н, the way it is typed without a Kyrgyz keyboard. */
export const foldKyrgyzLetters = (word: string): string => word.replace(/[өүңӨҮҢ]/g, (letter) => folded[letter]!);
