import jsYaml from 'js-yaml';

/*
 * A reader for the plain block YAML that registry files are written in: block mappings and
 * sequences, plain and quoted one-line scalars, literal and folded block scalars, one-line flow
 * collections, and comments. It gives exactly what js-yaml gives with the core schema, or nothing:
 * at anything outside that subset (anchors, tags, \U escapes, multi-line plain or quoted scalars,
 * tabs, unusual indentation, duplicate keys, and every error) it returns undefined, and the caller
 * reads the file with js-yaml, which reads it or reports the problem.
 * tests/registry/block-yaml.test.ts compares the two on every registry file and on damaged copies.
 */

/** Where the keys of each block mapping start: line and column (from 1) of each key in turn. */
export type KeyPositions = Map<object, number[]>;

// Plain scalars js-yaml may turn into null, booleans or numbers start with one of these.
const typedStart = /^[-+.0-9~nNtTfF]/;
const implicitTypes = (jsYaml.CORE_SCHEMA as unknown as { compiledImplicit: jsYaml.Type[] }).compiledImplicit;
// js-yaml refuses some of these in scalars and reads tabs, CR and Unicode line breaks by rules of
// its own: a file with any of them, or with half of a surrogate pair, is left to it. (A line
// starting "---", "..." or "%" is not a key, so it is left to js-yaml too.)
const outsideSubset = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\t\r\u2028\u2029\uFFFE\uFFFF]/;
const plainKey = /^[A-Za-z_][A-Za-z0-9_-]*$/;
// Keys js-yaml would read as null or a boolean, and so spell differently.
const typedKey = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
// A plain scalar may not start with an indicator; "-", "?" and ":" only when followed by a space.
const plainStart = /^(?:[^-?:,[\]{}#&*!|>'"%@`\s]|[-?:][^\s])/;
// Deeper than any record may be (fileLimits.maxDepth): js-yaml reads it, and the depth check reports it.
const maxDepth = 32;

class OutsideSubset extends Error {}
const outside = (): never => {
  throw new OutsideSubset();
};

/** The value js-yaml gives a plain scalar: null, a boolean, a number, or the text itself. */
function resolvePlain(text: string): unknown {
  if (text === '') return null;
  if (!typedStart.test(text)) return text;
  for (const type of implicitTypes) if (type.resolve(text)) return type.construct(text);
  return text;
}

// Spaces only: YAML's white space is spaces and tabs (left to js-yaml), not all of Unicode's.
const skipSpaces = (text: string, from: number): number => {
  let at = from;
  while (text.charCodeAt(at) === 32) at++;
  return at;
};

const trimSpaces = (text: string): string => {
  let start = 0;
  let end = text.length;
  while (text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
};

const isKey = (key: string): boolean => plainKey.test(key) && !typedKey.test(key) && key !== '__proto__';

/**
 * Reads lines by their offsets in the text, which stays one flat string: slices are made only for
 * keys and values.
 */
class BlockReader {
  private readonly text: string;
  private readonly positions: KeyPositions | undefined;
  /** Where each line starts and ends (before its line feed). */
  private readonly start: number[] = [];
  private readonly end: number[] = [];
  /** Each line's indentation; a sequence item's mapping counts from its first key. */
  private readonly indent: number[] = [];
  /** The line being read. */
  private line = 0;

  constructor(text: string, positions: KeyPositions | undefined) {
    this.text = text;
    this.positions = positions;
    // A line feed ends a line; it does not start another (js-yaml's reading of a file's end).
    for (let from = 0; from < text.length; ) {
      let to = text.indexOf('\n', from);
      if (to < 0) to = text.length;
      this.start.push(from);
      this.end.push(to);
      this.indent.push(skipSpaces(text, from) - from);
      from = to + 1;
    }
  }

  /** Whether a line has nothing to read: empty, spaces, or a comment. */
  private isBlank(line: number): boolean {
    const at = this.start[line]! + this.indent[line]!;
    return at === this.end[line] || this.text.charCodeAt(at) === 35;
  }

  private isEmpty(line: number): boolean {
    return this.start[line]! + this.indent[line]! === this.end[line];
  }

  /** Whether a line is a sequence item ("-" then a space or the line's end) at its indentation. */
  private isItem(line: number): boolean {
    const at = this.start[line]! + this.indent[line]!;
    return this.text.charCodeAt(at) === 45 && (at + 1 === this.end[line] || this.text.charCodeAt(at + 1) === 32);
  }

  /** Moves past blank lines; the indentation of the next line with content, or -1 at the end. */
  private nextContent(): number {
    while (this.line < this.start.length && this.isBlank(this.line)) this.line++;
    return this.line < this.start.length ? this.indent[this.line]! : -1;
  }

  read(): unknown {
    if (this.nextContent() !== 0) outside();
    const value = this.readCollection(0, 0);
    if (this.nextContent() !== -1) outside();
    return value;
  }

  private readCollection(indent: number, depth: number): unknown {
    if (depth > maxDepth) outside();
    return this.isItem(this.line) ? this.readSequence(indent, depth) : this.readMapping(indent, depth);
  }

  private readMapping(indent: number, depth: number): Record<string, unknown> {
    const mapping: Record<string, unknown> = {};
    const keyPositions: number[] | undefined = this.positions && [];
    if (keyPositions) this.positions!.set(mapping, keyPositions);
    for (;;) {
      const at = this.nextContent();
      if (at < indent) return mapping;
      if (at > indent) outside();
      const keyStart = this.start[this.line]! + indent;
      const end = this.end[this.line]!;
      const colon = this.text.indexOf(':', keyStart);
      if (colon < 0 || colon >= end || (colon + 1 < end && this.text.charCodeAt(colon + 1) !== 32)) outside();
      const key = this.text.slice(keyStart, colon);
      if (!isKey(key) || Object.hasOwn(mapping, key)) outside();
      keyPositions?.push(this.line + 1, indent + 1);
      mapping[key] = this.readValue(colon + 1, indent, depth, true);
    }
  }

  private readSequence(indent: number, depth: number): unknown[] {
    const sequence: unknown[] = [];
    for (;;) {
      const at = this.nextContent();
      // A sequence at its key's own indentation ends at the next key.
      if (at < indent || (at === indent && !this.isItem(this.line))) return sequence;
      if (at > indent) outside();
      const lineStart = this.start[this.line]!;
      const end = this.end[this.line]!;
      const content = skipSpaces(this.text, lineStart + indent + 1);
      // An item on the lines below its dash, or a comment after it, is left to js-yaml.
      if (content >= end || this.text.charCodeAt(content) === 35 || this.text.charCodeAt(content) === 45) outside();
      const colon = this.text.indexOf(':', content);
      if (colon > content && colon < end && (colon + 1 === end || this.text.charCodeAt(colon + 1) === 32) && isKey(this.text.slice(content, colon))) {
        // "- key: value" starts a mapping whose keys line up with this first one.
        this.indent[this.line] = content - lineStart;
        sequence.push(this.readMapping(content - lineStart, depth + 1));
      } else {
        sequence.push(this.readValue(lineStart + indent + 1, indent, depth, false));
      }
    }
  }

  /**
   * The value that starts at offset `from` of the current line, after "key:" or "-" sitting at
   * `indent`. Leaves the reader on the line after the value.
   */
  private readValue(from: number, indent: number, depth: number, inMapping: boolean): unknown {
    const end = this.end[this.line]!;
    const at = skipSpaces(this.text, from);
    if (at < end && at === from) outside();
    if (at === end || this.text.charCodeAt(at) === 35) {
      this.line++;
      const next = this.nextContent();
      if (next > indent) return this.readCollection(next, depth + 1);
      // A sequence may sit at its key's own indentation.
      if (next === indent && inMapping && this.isItem(this.line)) return this.readSequence(indent, depth + 1);
      if (!inMapping) outside();
      return null;
    }
    const first = this.text.charCodeAt(at);
    const text = this.text.slice(at, end);
    if (first === 124 || first === 62) return this.readBlockScalar(text, indent);
    let value: unknown;
    if (first === 34 || first === 39 || first === 123 || first === 91) {
      // Quoted, or a flow collection: read as a flow value, which must end the line.
      const read = readFlowValue(text, 0, depth);
      checkLineEnd(text, read.end);
      value = read.value;
    } else {
      if (!plainStart.test(text)) outside();
      const comment = text.indexOf(' #');
      const plain = trimSpaces(comment < 0 ? text : text.slice(0, comment));
      if (plain.includes(': ') || plain.endsWith(':')) outside();
      value = resolvePlain(plain);
    }
    this.line++;
    // A more indented line right after a one-line scalar would continue it (or be an error).
    if (this.line < this.start.length && this.indent[this.line]! > indent && !this.isEmpty(this.line)) outside();
    return value;
  }

  /** A literal (|) or folded (>) block scalar, with strip (-), clip or keep (+) chomping, as js-yaml reads it. */
  private readBlockScalar(header: string, indent: number): string {
    const match = /^([|>])([-+]?) *$/.exec(header);
    if (!match) outside();
    const folded = match![1] === '>';
    const chomping = match![2];
    let blockIndent = -1;
    let widestEmpty = 0;
    let value = '';
    let emptyLines = 0;
    let didRead = false;
    for (this.line++; this.line < this.start.length; this.line++) {
      const at = this.indent[this.line]!;
      if (this.isEmpty(this.line)) {
        widestEmpty = Math.max(widestEmpty, at);
        emptyLines++;
        continue;
      }
      if (blockIndent < 0) {
        if (at <= indent) break;
        blockIndent = at;
      } else if (at < blockIndent) break;
      // More indented lines of a folded scalar are kept apart by rules left to js-yaml.
      if (folded && at > blockIndent) outside();
      if (!folded) value += '\n'.repeat(didRead ? 1 + emptyLines : emptyLines);
      else if (emptyLines > 0) value += '\n'.repeat(emptyLines);
      else if (didRead) value += ' ';
      value += this.text.slice(this.start[this.line]! + blockIndent, this.end[this.line]);
      didRead = true;
      emptyLines = 0;
    }
    // Lines of spaces wider than the text's indentation are content, or set the indentation.
    if (blockIndent < 0 || widestEmpty > blockIndent) outside();
    if (chomping === '+') value += '\n'.repeat(didRead ? 1 + emptyLines : emptyLines);
    else if (chomping === '' && didRead) value += '\n';
    return value;
  }
}

/** A value and where in its line the text after it starts. */
type Read<T> = { value: T; end: number };

/** A single-quoted scalar starting at `from` and ending on its line ('' is one quote). */
function readSingleQuoted(text: string, from: number): Read<string> {
  let at = from + 1;
  let value = '';
  for (;;) {
    const close = text.indexOf("'", at);
    if (close < 0) outside();
    value += text.slice(at, close);
    at = close + 1;
    if (text.charCodeAt(at) !== 39) return { value, end: at };
    value += "'";
    at++;
  }
}

// The escapes of double-quoted scalars that stand for one character, as js-yaml reads them.
const simpleEscapes: Record<string, string> = {
  '0': '\x00',
  a: '\x07',
  b: '\x08',
  t: '\x09',
  n: '\x0A',
  v: '\x0B',
  f: '\x0C',
  r: '\x0D',
  e: '\x1B',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xA0',
  L: '\u2028',
  P: '\u2029',
};

/** A double-quoted scalar starting at `from` and ending on its line, with the escapes above and \xXX and \uXXXX (js-yaml reads the rest). */
function readDoubleQuoted(text: string, from: number): Read<string> {
  let at = from + 1;
  let value = '';
  // The closing quote is looked for again only when an escape has passed it, not after every
  // escape: the time stays in proportion to the line's length.
  let close = text.indexOf('"', at);
  for (;;) {
    if (close < at) close = text.indexOf('"', at);
    if (close < 0) outside();
    const backslash = text.indexOf('\\', at);
    if (backslash < 0 || close < backslash) return { value: value + text.slice(at, close), end: close + 1 };
    value += text.slice(at, backslash);
    const escaped = text[backslash + 1] ?? '';
    const simple = Object.hasOwn(simpleEscapes, escaped) ? simpleEscapes[escaped] : undefined;
    if (simple !== undefined) {
      value += simple;
      at = backslash + 2;
      continue;
    }
    const digits = escaped === 'x' ? 2 : escaped === 'u' ? 4 : 0;
    const hex = text.slice(backslash + 2, backslash + 2 + digits);
    if (digits === 0 || hex.length !== digits || !/^[0-9A-Fa-f]+$/.test(hex)) outside();
    value += String.fromCharCode(Number.parseInt(hex, 16));
    at = backslash + 2 + digits;
  }
}

/** After a value, only spaces and a comment may follow on its line. */
function checkLineEnd(text: string, from: number): void {
  const at = skipSpaces(text, from);
  if (at < text.length && !(text.charCodeAt(at) === 35 && at > from)) outside();
}

// What ends a plain scalar inside a flow collection: a flow indicator, or ": ".
const flowPlainEnd = /[,[\]{}]|: /g;

/**
 * A value inside a one-line flow collection: a nested collection, a quoted scalar, or a plain
 * scalar, which may not hold ":" before a space or an indicator, nor " #" (left to js-yaml).
 */
function readFlowValue(text: string, from: number, depth: number): Read<unknown> {
  const at = skipSpaces(text, from);
  const first = text.charCodeAt(at);
  if (first === 123) return readFlowCollection(text, at, '}', depth + 1);
  if (first === 91) return readFlowCollection(text, at, ']', depth + 1);
  if (first === 34) return readDoubleQuoted(text, at);
  if (first === 39) return readSingleQuoted(text, at);
  flowPlainEnd.lastIndex = at;
  const stop = flowPlainEnd.exec(text);
  const end = stop ? stop.index : text.length;
  const plain = trimSpaces(text.slice(at, end));
  if (plain === '' || !plainStart.test(plain) || plain.includes(' #') || /:(?:$|[ ,[\]{}])/.test(plain)) outside();
  return { value: resolvePlain(plain), end };
}

/** A one-line flow mapping or sequence starting at `from` (its "{" or "["). */
function readFlowCollection(text: string, from: number, close: '}' | ']', depth: number): Read<unknown> {
  if (depth > maxDepth) outside();
  const mapping: Record<string, unknown> | undefined = close === '}' ? {} : undefined;
  const sequence: unknown[] = [];
  let at = skipSpaces(text, from + 1);
  if (text[at] === close) return { value: mapping ?? sequence, end: at + 1 };
  for (;;) {
    if (mapping) {
      const colon = text.indexOf(': ', at);
      const key = colon < 0 ? '' : trimSpaces(text.slice(at, colon));
      if (!isKey(key) || Object.hasOwn(mapping, key)) outside();
      const entry = readFlowValue(text, colon + 2, depth);
      mapping[key] = entry.value;
      at = entry.end;
    } else {
      const entry = readFlowValue(text, at, depth);
      sequence.push(entry.value);
      at = entry.end;
    }
    at = skipSpaces(text, at);
    if (text[at] === close) return { value: mapping ?? sequence, end: at + 1 };
    // Another entry, after a comma; a trailing comma is left to js-yaml.
    if (text[at] !== ',') outside();
    at = skipSpaces(text, at + 1);
    if (text[at] === close || at >= text.length) outside();
  }
}

/** Where the key a path ends in starts, from the positions the reader recorded; undefined for a key it did not record. */
export function keyPosition(positions: KeyPositions, data: unknown, path: readonly (string | number)[]): { line: number; column: number } | undefined {
  let value = data;
  for (const key of path.slice(0, -1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  const last = path.at(-1);
  const keys = value !== null && typeof value === 'object' ? positions.get(value) : undefined;
  const index = keys && typeof last === 'string' ? Object.keys(value as object).indexOf(last) : -1;
  return index < 0 ? undefined : { line: keys![2 * index]!, column: keys![2 * index + 1]! };
}

/**
 * The data of a registry file's YAML as js-yaml reads it with the core schema, when the text keeps
 * to the plain block subset; undefined otherwise (then js-yaml must read it). With `positions`,
 * where the keys of every block mapping start are recorded in it (see keyPosition).
 */
export function readBlockYaml(text: string, positions?: KeyPositions): { data: unknown } | undefined {
  if (outsideSubset.test(text) || !text.isWellFormed()) return undefined;
  try {
    return { data: new BlockReader(text, positions).read() };
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}
