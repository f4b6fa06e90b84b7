import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { type KeyPositions, keyPosition, readBlockYaml } from '../../src/lib/registry/block-yaml.ts';
import { readRecordFile } from '../../src/lib/registry/read-record-file.ts';
import { repoRoot } from '../helpers/fixtures.ts';

// Registry files are read by the block reader when they keep to plain block YAML, by js-yaml
// otherwise: what a volunteer writes must mean the same whichever reads it.

const yamlFiles = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith('.yaml') || name.endsWith('.md') ? [path] : [];
  });

// The YAML of a file: all of a .yaml file, the front matter of a Markdown one.
const yamlOf = (path: string, text: string): string => (path.endsWith('.md') ? (/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') : text);

const registryTexts = [...yamlFiles(join(repoRoot, 'registry')), ...yamlFiles(join(repoRoot, 'tests/fixtures'))].map((path) => ({
  path,
  text: yamlOf(path, readFileSync(path, 'utf8')),
}));

const jsYamlReads = (text: string): { data: unknown } | { error: string } => {
  try {
    return { data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

/** What the block reader gives must be what js-yaml gives; where it gives nothing, js-yaml decides. */
function expectSameAsJsYaml(text: string, where: string): boolean {
  const block = readBlockYaml(text);
  if (!block) return false;
  expect(jsYamlReads(text), where).toEqual({ data: block.data });
  return true;
}

describe('the block YAML reader', () => {
  it('reads the registry as js-yaml does, and reads most of it itself', () => {
    let read = 0;
    for (const { path, text } of registryTexts) if (expectSameAsJsYaml(text, path)) read++;
    expect(read / registryTexts.length).toBeGreaterThan(0.9);
  });

  it('reads damaged copies of registry files as js-yaml does, or leaves them to it', () => {
    // A fixed pseudo-random sequence, so that a failure can be run again.
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    const inserts = [
      ':',
      ': ',
      ' #',
      '#',
      '-',
      '- ',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '"',
      "'",
      "''",
      '|',
      '>',
      '|-',
      '>+',
      '&a ',
      '*a',
      '{',
      '}',
      '[',
      ']',
      ',',
      '\t',
      '\\',
      '?',
      '~',
      '!',
      '%',
      '@',
      '`',
      '\r',
      '\u00a0',
      '---\n',
      'null',
      'true',
      '0x1F',
      '1e3',
      '\\n',
      '\\"',
      '\\u0041',
      '{ a: b }',
      '[x, { y: z }]',
      "'q'",
      '.inf',
    ];
    const services = registryTexts.filter(({ path }) => path.includes('/services/')).slice(0, 40);
    let compared = 0;
    for (let round = 0; round < 2000; round++) {
      const { path, text } = services[random(services.length)]!;
      const lines = text.split('\n');
      const line = random(lines.length);
      let damaged: string;
      const kind = random(4);
      if (kind === 0) {
        const at = random(text.length);
        damaged = text.slice(0, at) + inserts[random(inserts.length)] + text.slice(at);
      } else if (kind === 1) {
        const at = random(text.length);
        damaged = text.slice(0, at) + text.slice(at + 1 + random(3));
      } else if (kind === 2) {
        lines.splice(line, 0, lines[line]!);
        damaged = lines.join('\n');
      } else {
        lines[line] = ' '.repeat(random(3)) + lines[line]!.slice(random(3));
        damaged = lines.join('\n');
      }
      if (expectSameAsJsYaml(damaged, `${path}, damaged in round ${round}`)) compared++;
    }
    // Most damage is still YAML: the two readers were compared, not only the fallback taken.
    expect(compared).toBeGreaterThan(500);
  });

  it('reads the forms of scalars and collections as js-yaml does', () => {
    const cases = [
      'a: 1\nb: -2.5\nc: 0x1F\nd: 0o17\ne: 1e3\nf: .inf\ng: -.Inf\nh: .nan\ni: 12_000\n',
      'a: true\nb: False\nc: TRUE\nd: yes\ne: no\nf: on\ng: ~\nh: null\ni: Null\nj:\nk: NULL\n',
      'a: 2024-03-12\nb: 2024-03-12T10:00:00Z\nc: 15-1\nd: +7\ne: 007\nf: 1.\ng: .5\n',
      'a: text with  two spaces   \nb: text # a comment\nc: text#not a comment\nd: https://gov.kg/a?b=c#d\ne: "quoted: yes"\n',
      "a: 'it''s'\nb: ''\nc: \"\"\nd: 'a # b'\ne: \"x\" # comment\n",
      'a: |\n  line one\n  line two\nb: |-\n  kept\n\n  apart\nc: |+\n  keep\n\n\nd: end\n',
      'a: >\n  folded\n  lines\n\n  new paragraph\nb: >-\n  one\n  two\nc: >+\n  keep\n\nd: x\n',
      'a: |\n    indented more\n      and more\n    back\nb: >-\n\n  after an empty line\n',
      'list:\n  - one\n  - two\nsame:\n- a\n- b\nafter: x\n',
      'items:\n  - name: a\n    value: 1\n  - name: b\n    value:\n      - x\n      - y\n',
      'flow: { ky: ru }\nseq: [a, b c, 3]\nempty: {}\nnone: []\n',
      'nested:\n  deeper:\n    deepest: value\n  back: here\n',
      'text: non-breaking\u00a0space\u00a0\nother: «Кыргызча» — тире\n',
      '# comment\n\nkey: value\n\n# another\nlist:\n  # inside\n  - item\n',
      'a: |\n  x\n',
      'a: >\n  x\n  y',
      'a: "line\\nbreak \\"quoted\\" \\\\ \\t \\x41 \\u041a \\/ \\_ \\0"\n',
      'by: { ky: 2008-жылдын № 16 Мыйзам, ru: Закон от 26.02.2008 № 16, translated: { ru: ky } }\n',
      'name: { ru: \'Удостоверение, «охотничье»\', ky: "Аңчылык: күбөлүк", n: [1, two, { three: 3 }] }\n',
      'url: [http://a.kg/x?y=1, a:b]\n',
      'emoji: 👍 and 𝒜\nquoted: "😀"\n',
      // Half of a pair, written as an escape: read as js-yaml reads it; the schema's text check refuses it.
      'a: "\\uD800 half a pair"\n',
    ];
    for (const text of cases) expect(expectSameAsJsYaml(text, JSON.stringify(text)), JSON.stringify(text)).toBe(true);
  });

  it('reads a long line of escapes as js-yaml does', () => {
    const text = `quote: "${'\\n'.repeat(100_000)}"\n`;
    expect(expectSameAsJsYaml(text, 'a line of 100,000 escapes')).toBe(true);
  });

  it('leaves to js-yaml what it does not read itself', () => {
    const cases = [
      'a: &anchor x\nb: *anchor\n',
      'a: !!str 1\n',
      'a: "unknown \\q escape"\n',
      'a: "\\U0001F600"\n',
      'a: "split \\\n  line"\n',
      'a: plain\n  continued\n',
      'a: "two\n  lines"\n',
      '? complex\n: key\n',
      '"quoted key": x\n',
      'a: 1\na: 2\n',
      'a:\n\t- tab\n',
      'a: x\r\nb: y\r\n',
      '---\na: x\n',
      'a: |2\n   x\n',
      'a: >\n  x\n    more indented\n',
      'just a scalar\n',
      '',
      '__proto__: x\n',
      'True: x\n',
      'a: [trailing, comma,]\n',
      'a: { b: c, }\n',
      'a: [two,\n  lines]\n',
      'a: [b: c]\n',
      'a: { b: c # comment }\n',
    ];
    for (const text of cases) expect(readBlockYaml(text), JSON.stringify(text)).toBeUndefined();
  });

  it('knows where each key starts, as the slower YAML parser finds it', () => {
    const keyPaths = (value: unknown, path: (string | number)[] = []): (string | number)[][] => {
      if (Array.isArray(value)) return value.flatMap((item, index) => keyPaths(item, [...path, index]));
      if (value === null || typeof value !== 'object') return [];
      return Object.entries(value).flatMap(([key, child]) => [[...path, key], ...keyPaths(child, [...path, key])]);
    };
    let located = 0;
    for (const { path, text } of registryTexts.filter(({ path }) => path.includes('/registry/services/'))) {
      const positions: KeyPositions = new Map();
      const block = readBlockYaml(text, positions);
      if (!block) continue;
      const read = readRecordFile(path, new TextEncoder().encode(text));
      if (!read.ok) throw new Error(`${path} cannot be read`);
      for (const keyPath of keyPaths(block.data)) {
        const position = keyPosition(positions, block.data, keyPath);
        // Keys inside one-line flow mappings are left to the slower parser.
        if (!position) continue;
        expect(position, `${path} ${keyPath.join('.')}`).toEqual(read.record.locate(keyPath));
        located++;
      }
    }
    expect(located).toBeGreaterThan(1000);
  });
});
