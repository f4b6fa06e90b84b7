import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { lineAndColumn } from '../../schemas/text-checks.ts';
import { type KeyPositions, keyPosition, readBlockYaml } from './block-yaml.ts';
import type { ValidationError } from './validation-error.ts';
import { keyNode, NodePositions } from './yaml-node-positions.ts';

/**
 * Limits that keep a hostile file from hanging or exhausting the build. YAML anchors and aliases
 * are refused outright: no record needs them, and one short text repeated through aliases can
 * make a small file fill a site.
 */
export const fileLimits = {
  maxBytes: 1_000_000,
  maxDepth: 24,
};

export type FieldPath = readonly (string | number)[];

/** A parsed registry file: its data, and a way to find where a field sits in the text. */
export interface RecordFile {
  file: string;
  data: unknown;
  /** Markdown after the front matter, for .md files. */
  body?: string;
  /** The line of the file the body starts on. */
  bodyLine?: number;
  locate(path: FieldPath): { line: number; column: number };
  /** Where the key a path ends in sits, from the parse itself, for a file read with `locateKeys`; undefined when unsure (then ask `locate`). */
  locateKey?(path: FieldPath): { line: number; column: number } | undefined;
}

export type ReadResult = { ok: true; record: RecordFile } | { ok: false; errors: ValidationError[] };

const fail = (file: string, message: string, line = 1, column = 1): ReadResult => ({
  ok: false,
  errors: [{ file, line, column, field: '', message }],
});

/** Decodes bytes as strict UTF-8, so that a file saved in another encoding is reported, not garbled. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Where the first byte that cannot be UTF-8 sits, so the volunteer can find it. */
function positionOfBadByte(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    const length = byte < 0x80 ? 1 : byte >> 5 === 0x6 ? 2 : byte >> 4 === 0xe ? 3 : byte >> 3 === 0x1e ? 4 : 0;
    let valid = length > 0;
    for (let k = 1; valid && k < length; k++) valid = (bytes[i + k] ?? 0) >> 6 === 0x2;
    if (!valid) return { line, column: i - lineStart + 1 };
    if (byte === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    i += length;
  }
  return { line: 1, column: 1 };
}

/** Splits a Markdown file into its YAML front matter and body. */
function splitFrontMatter(text: string): { yaml: string; body: string; lineOffset: number; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return undefined;
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return { yaml: match[1] ?? '', body: text.slice(match[0].length), lineOffset: 1, bodyLine };
}

/** Refuses nesting deeper than the limit: no registry record is that deep, and later steps recurse. */
function checkDepth(data: unknown): string | undefined {
  const walk = (value: unknown, depth: number): string | undefined => {
    if (value === null || typeof value !== 'object') return undefined;
    if (depth > fileLimits.maxDepth) return `the data is nested more than ${fileLimits.maxDepth} levels deep; registry records are never that deep`;
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      const problem = walk(child, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  };
  return walk(data, 0);
}

/** Where an anchor was found: its name and its offset in the text. */
class AnchorFound extends Error {
  readonly anchor: string;
  readonly offset: number;
  constructor(anchor: string, offset: number) {
    super(`YAML anchor &${anchor}`);
    this.anchor = anchor;
    this.offset = offset;
  }
}

/**
 * Parses YAML with the plain core schema and no custom tags, stopping at the first anchor
 * ("&name"): without anchors there can be no aliases ("*name", "<<: *name") of any kind. Where
 * each node starts is recorded on the way when asked for (only validate's warnings need it).
 */
function loadWithoutAnchors(yamlText: string, filename: string, recordPositions: boolean): { data: unknown; positions?: NodePositions } {
  const positions = recordPositions ? new NodePositions() : undefined;
  const starts: number[] = [];
  const data = jsYaml.load(yamlText, {
    schema: jsYaml.CORE_SCHEMA,
    filename,
    // js-yaml reports each node as it opens and closes; a node's anchor is known when it closes.
    listener(event, state) {
      // The typings leave out the line start and the anchor js-yaml keeps on its state.
      const full = state as typeof state & { lineStart: number; anchor?: string | null };
      if (event === 'open') {
        if (positions) positions.open(full);
        else starts.push(full.position);
      } else {
        const start = positions ? positions.close(full) : starts.pop()!;
        if (full.anchor) {
          const at = yamlText.indexOf(`&${full.anchor}`, start);
          throw new AnchorFound(full.anchor, at < 0 ? start : at);
        }
      }
    },
  });
  return { data, positions };
}

type KeyLocator = (path: FieldPath) => { line: number; column: number } | undefined;

/**
 * Reads the YAML: plain block YAML, which registry files are written in, with the block reader
 * (about twice as fast as js-yaml, most of validate's time at 20,000 services), anything else with
 * js-yaml. Both give the same data (tests/registry/block-yaml.test.ts). With `locateKeys`, also
 * where each key a path ends in starts, as far as the reader knows it.
 */
function loadYaml(yamlText: string, filename: string, locateKeys: boolean): { data: unknown; locateKey?: KeyLocator } {
  const keys: KeyPositions | undefined = locateKeys ? new Map() : undefined;
  const block = readBlockYaml(yamlText, keys);
  if (block) return { data: block.data, locateKey: keys && ((path) => keyPosition(keys, block.data, path)) };
  const { data, positions } = loadWithoutAnchors(yamlText, filename, locateKeys);
  if (!positions) return { data };
  return {
    data,
    locateKey: (path) => {
      const node = keyNode(positions, data, path);
      // An explicit key ("? key") opens before the space that precedes it: the CST parser knows better.
      if (node === undefined || /\s/.test(yamlText[positions.start[node]!] ?? ' ')) return undefined;
      return { line: positions.line[node]!, column: positions.column[node]! };
    },
  };
}

/** Finds the text offset of a field; a missing field points at its nearest existing parent. */
function offsetOf(doc: Document, path: FieldPath): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) return offset;
      const keyRange = (pair.key as Node | null)?.range;
      const valueRange = (pair.value as Node | null)?.range;
      offset = keyRange?.[0] ?? valueRange?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) return offset;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

/**
 * Reads one registry file: checks size and encoding, parses YAML (or Markdown front matter)
 * with the plain core schema, no custom tags and no anchors or aliases, and reports any problem as
 * a validation error with its line instead of throwing.
 */
export function readRecordFile(file: string, bytes: Uint8Array, options: { locateKeys?: boolean } = {}): ReadResult {
  if (bytes.length === 0) return fail(file, 'the file is empty; a record needs at least an id and its required fields');
  if (bytes.length > fileLimits.maxBytes) {
    return fail(file, `the file is ${bytes.length} bytes, more than the limit of ${fileLimits.maxBytes}; split long text or remove pasted content`);
  }
  const decoded = decodeUtf8(bytes);
  if (decoded === undefined) {
    const where = positionOfBadByte(bytes);
    return fail(file, 'the file is not valid UTF-8 text; save it as UTF-8 (without other encodings such as Windows-1251)', where.line, where.column);
  }
  const text = decoded.replace(/^\uFEFF/, '');
  if (!text.trim()) return fail(file, 'the file is empty; a record needs at least an id and its required fields');

  let yamlText = text;
  let lineOffset = 0;
  let body: string | undefined;
  let bodyLine: number | undefined;
  if (file.endsWith('.md')) {
    const parts = splitFrontMatter(text);
    if (!parts) return fail(file, 'a Markdown record must start with front matter: a line "---", the YAML fields, and another "---"');
    ({ yaml: yamlText, body, lineOffset, bodyLine } = parts);
  }

  // The block reader or js-yaml reads the values (many times faster than the CST parser on large
  // registries); the `yaml` CST is built only when an error needs a line number. All use the YAML
  // 1.2 core schema with no custom tags, so they read the same data.
  let data: unknown;
  let locateKeyInYaml: KeyLocator | undefined;
  try {
    ({ data, locateKey: locateKeyInYaml } = loadYaml(yamlText, file, options.locateKeys === true));
  } catch (error) {
    if (error instanceof AnchorFound) {
      const { line, column } = lineAndColumn(yamlText, error.offset);
      const message = `the file reuses a value through a YAML alias (*name) or names one with an anchor (&${error.anchor}); write each value out in full`;
      return fail(file, message, line + lineOffset, column);
    }
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    return fail(file, `the YAML cannot be read: ${describeYamlProblem(reason)}`, (mark?.line ?? 0) + 1 + lineOffset, (mark?.column ?? 0) + 1);
  }
  if (data === null || data === undefined) return fail(file, 'the file has no data; a record needs at least an id and its required fields');
  const depthProblem = checkDepth(data);
  if (depthProblem) return fail(file, depthProblem);

  const locate = yamlLocator(yamlText, lineOffset);
  const locateKey =
    locateKeyInYaml &&
    ((path: FieldPath) => {
      const found = locateKeyInYaml(path);
      return found && { line: found.line + lineOffset, column: found.column };
    });
  return { ok: true, record: { file, data, body, bodyLine, locate, locateKey } };
}

function describeYamlProblem(reason: string): string {
  if (/duplicated mapping key/.test(reason)) return 'a field appears twice in the same place; keep one';
  if (/unknown tag/.test(reason)) return `${reason} (custom YAML tags such as !!js or !include are not allowed)`;
  if (/bad indentation|end of the stream|can not read|implicit mapping|multiline key/.test(reason)) {
    return `${reason} (check the indentation, and put text containing ": " or starting with a special character in quotes)`;
  }
  return reason;
}

/** Finds fields in YAML text; the `yaml` CST is built on the first call only. */
function yamlLocator(yamlText: string, lineOffset: number): RecordFile['locate'] {
  let located: { doc: Document; lineCounter: LineCounter } | undefined;
  return (path) => {
    if (!located) {
      const lineCounter = new LineCounter();
      located = { doc: parseDocument(yamlText, { lineCounter, schema: 'core', uniqueKeys: false }), lineCounter };
    }
    const { line, col } = located.lineCounter.linePos(offsetOf(located.doc, path));
    return { line: line + lineOffset, column: col };
  };
}

/**
 * A locator for a file that was read elsewhere (in another thread): the file is read again, only
 * when an error needs a line number. The file was valid UTF-8 when it was read.
 */
export function locatorOnDisk(path: string, file: string): RecordFile['locate'] {
  let locate: RecordFile['locate'] | undefined;
  return (fieldPath) => {
    if (!locate) {
      const text = new TextDecoder().decode(readFileSync(path)).replace(/^\uFEFF/, '');
      const parts = file.endsWith('.md') ? splitFrontMatter(text) : undefined;
      locate = yamlLocator(parts?.yaml ?? text, parts?.lineOffset ?? 0);
    }
    return locate(fieldPath);
  };
}
