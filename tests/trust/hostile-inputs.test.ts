import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/index.ts';
import { jsonSchemas } from '../../src/lib/registry/json-schemas.ts';
import { renderUntrustedMarkdown } from '../../src/lib/site/render-markdown.ts';
import { copyFixture, fixtureCopies, fixturePath, repoRoot, writeIn } from '../helpers/fixtures.ts';
import { attr, buildWithin, elementsOf, executableMarkup, filesOf, readPage, visibleText } from './built-html.ts';

// Registry files come from strangers' pull requests. Each hostile file below must be rejected by
// `npm run validate` with a message naming the file, or load and render inert; none may hang.

const minimal = (file: string) => readFileSync(join(fixturePath('minimal'), file), 'utf8');
const birth = minimal('services/birth-registration.yaml');
const ministry = minimal('agencies/test-ministry.yaml');
const act = minimal('acts/government-decree-85-2012.yaml');
const survey = minimal('assessments/test-survey.md');
const region = minimal('municipalities/test-region.yaml');
const oldCertificate = minimal('services/old-certificate.yaml');
/** The test survey with another Markdown summary; the summary starts on line 26. */
const surveyWithBody = (body: string) => survey.replace('Бул **сыноо** изилдөөсү.', body);

/** Runs `npm run validate` on a copy of the minimal fixture with files replaced, within a time bound. */
function validateWithFiles(files: Record<string, string | Uint8Array>): { status: number | null; output: string; timedOut: boolean } {
  const dir = copyFixture('minimal');
  for (const [file, content] of Object.entries(files)) writeIn(dir, file, content);
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/validate.ts'), '.'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  rmSync(dir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, timedOut: result.error !== undefined || result.signal !== null };
}
const validateWith = (file: string, content: string | Uint8Array) => validateWithFiles({ [file]: content });

// Copies of the minimal fixture made by the tests below, removed when they are done.
const copyOfMinimal = fixtureCopies('minimal');

const billionLaughs = [
  'id: birth-registration',
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...Array.from(
    { length: 9 },
    (_, i) =>
      `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(97 + i)}`)
        .join(', ')}]`,
  ),
].join('\n');

const nested = (depth: number) => `id: birth-registration\nname:\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i + 1)}k:`).join('\n')} x\n`;

const rejected: { name: string; file: string; content: string | Uint8Array; message: string }[] = [
  {
    name: 'a right-to-left override (U+202E) hidden in a service name',
    file: 'services/birth-registration.yaml',
    content: birth.replace('ru: "Государственная регистрация', 'ru: "Государственная \u202Eрегистрация'),
    message: 'name.ru  contains an invisible control character (U+202E)',
  },
  {
    name: 'a first-strong isolate (U+2068) in an agency name',
    file: 'agencies/test-ministry.yaml',
    content: ministry.replace('ru: Тестовое министерство', 'ru: "Тестовое \\u2068министерство"'),
    message: 'name.ru  contains an invisible control character (U+2068)',
  },
  {
    name: 'a bell control character (C0) written as a YAML escape in an act title',
    file: 'acts/government-decree-85-2012.yaml',
    content: act.replace('ru: Об утверждении Единого реестра (перечня) государственных услуг', 'ru: "\\aОб утверждении Единого реестра"'),
    message: 'title.ru  contains an invisible control character (U+0007)',
  },
  {
    name: 'a C1 control character (U+009B, the escape that starts terminal commands) in a category name',
    file: 'categories.yaml',
    content: minimal('categories.yaml').replace('ru: Категория без услуг', 'ru: "Категория \\u009B31m без услуг"'),
    message: 'contains an invisible control character (U+009B)',
  },
  {
    name: 'a javascript: address in a source url',
    file: 'services/birth-registration.yaml',
    content: birth.replace('url: https://example.org/birth', 'url: "javascript:alert(document.cookie)"'),
    message: 'sources.0.url  must be a full web address starting with https:// or http://',
  },
  {
    name: 'a data: address as an agency website',
    file: 'agencies/test-ministry.yaml',
    content: ministry.replace('former_names:', 'website: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="\nformer_names:'),
    message: 'website  must be a full web address starting with https:// or http://',
  },
  {
    name: 'a vbscript: address where an act text can be read',
    file: 'acts/government-decree-85-2012.yaml',
    content: act.replace('status: amended', 'urls:\n  - url: "vbscript:msgbox(1)"\nstatus: amended'),
    message: 'urls.0.url  must be a full web address starting with https:// or http://',
  },
  {
    name: 'a 10,000-character name',
    file: 'services/birth-registration.yaml',
    content: birth.replace('ky: Баланын туулгандыгын мамлекеттик каттоо', `ky: ${'ы'.repeat(10_000)}`),
    message: 'name.ky  must be at most 1000 characters',
  },
  {
    name: 'a YAML alias bomb ("billion laughs")',
    file: 'services/birth-registration.yaml',
    content: billionLaughs,
    message: 'the file reuses a value through a YAML alias',
  },
  {
    name: 'a YAML merge key that copies another mapping through an alias',
    file: 'agencies/test-ministry.yaml',
    content: `${ministry}extra: &extra { kind: other }\nmore:\n  <<: *extra\n`,
    message: 'the file reuses a value through a YAML alias',
  },
  {
    name: 'a 50 MB file',
    file: 'services/birth-registration.yaml',
    content: new Uint8Array(50 * 1024 * 1024).fill(0x61),
    message: 'the file is 52428800 bytes, more than the limit of 1000000',
  },
  {
    name: 'a file saved in Windows-1251 instead of UTF-8',
    file: 'agencies/test-ministry.yaml',
    content: Buffer.concat([Buffer.from('id: test-ministry\nkind: ministry\nname:\n  ru: '), Buffer.from([0xd2, 0xe5, 0xf1, 0xf2]), Buffer.from('\n')]),
    message: ':4:7  the file is not valid UTF-8 text',
  },
  {
    name: 'values nested 200,000 levels deep in flow style',
    file: 'services/birth-registration.yaml',
    content: `id: birth-registration\nname: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`,
    message: 'the YAML cannot be read: nesting exceeded',
  },
  {
    name: 'values nested 30 levels deep in block style',
    file: 'services/birth-registration.yaml',
    content: nested(30),
    message: 'the data is nested more than 24 levels deep',
  },
  {
    name: 'a field written twice (the second would silently win)',
    file: 'agencies/test-ministry.yaml',
    content: `${ministry}kind: other\n`,
    message: 'a field appears twice in the same place; keep one',
  },
  {
    name: 'a custom tag that would build a JavaScript function',
    file: 'services/birth-registration.yaml',
    content: birth.replace('status: active', 'status: !!js/function "function () { process.exit(1) }"'),
    message: 'custom YAML tags such as !!js or !include are not allowed',
  },
  {
    name: 'a local tag that asks to include another file',
    file: 'agencies/test-ministry.yaml',
    content: ministry.replace('kind: ministry', 'kind: !include /etc/passwd'),
    message: 'custom YAML tags such as !!js or !include are not allowed',
  },
  {
    name: 'a __proto__ key at the top of a record',
    file: 'agencies/test-ministry.yaml',
    content: `${ministry}__proto__:\n  polluted: yes\n`,
    message: '__proto__',
  },
  {
    name: 'constructor.prototype keys inside a text field',
    file: 'agencies/test-ministry.yaml',
    content: ministry.replace('  ru: Тестовое министерство', '  ru: Тестовое министерство\n  constructor:\n    prototype:\n      polluted: yes'),
    message: 'constructor',
  },
  {
    name: 'tabs used for indentation',
    file: 'agencies/test-ministry.yaml',
    content: ministry.replace('  ky: Сыноо министрлиги', '\tky: Сыноо министрлиги'),
    message: 'agencies/test-ministry.yaml:4:',
  },
];

// Inputs that passed validation before and then broke, bloated or silently shrank the site (issue 17),
// and the limits that now stop them, one group per check.

// Every text and address is well-formed Unicode without control characters, and addresses are read by a real URL parser.
rejected.push(
  {
    name: 'a lone UTF-16 surrogate written as a YAML escape in a service name (it crashed the search index)',
    file: 'services/birth-registration.yaml',
    content: birth.replace('ky: Баланын туулгандыгын мамлекеттик каттоо', 'ky: "Баланын \\uD800 каттоо"'),
    message: 'name.ky  contains a broken character (half of a surrogate pair, U+D800) at character 9',
  },
  {
    name: 'a lone low surrogate in a source address',
    file: 'services/birth-registration.yaml',
    content: birth.replace('url: https://example.org/birth', 'url: "https://example.org/birth\\uDC00"'),
    message: 'sources.0.url  contains a broken character (half of a surrogate pair, U+DC00)',
  },
  {
    name: 'a control character inside a source address (it was written raw into href and sources.csv)',
    file: 'services/birth-registration.yaml',
    content: birth.replace('url: https://example.org/birth', 'url: "https://example.org/bi\\u0001rth"'),
    message: 'sources.0.url  contains an invisible control character (U+0001) at character 23',
  },
  {
    name: 'a source address whose host ends with a dot',
    file: 'services/birth-registration.yaml',
    content: birth.replace('url: https://example.org/birth', 'url: https://example.org./birth'),
    message: 'sources.0.url  the host "example.org." has an empty part or ends with a dot',
  },
  {
    name: 'a source address with a space in it',
    file: 'agencies/test-ministry.yaml',
    content: ministry.replace('url: https://example.org/ministry', 'url: "https://example.org/the ministry"'),
    message: 'sources.0.url  contains a space or line break at character 24',
  },
  {
    name: 'a source address that hides its real host behind a user name',
    file: 'agencies/test-ministry.yaml',
    content: ministry.replace('url: https://example.org/ministry', 'url: "https://minjust.gov.kg@example.org/ministry"'),
    message: 'sources.0.url  contains a user name or password before "@", so it opens example.org',
  },
  {
    name: 'a backslash in a source address',
    file: 'agencies/test-ministry.yaml',
    content: ministry.replace('url: https://example.org/ministry', 'url: "https://example.org\\\\@minjust.gov.kg/"'),
    message: 'sources.0.url  contains "\\"; web addresses use "/"',
  },
);

// Markdown bodies are parsed when validated, within limits on size and nesting.
rejected.push(
  {
    name: 'a Markdown summary of 5,000 nested quotes (it overflowed the stack of the build)',
    file: 'assessments/test-survey.md',
    content: surveyWithBody(`${'>'.repeat(5000)} x`),
    message: 'assessments/test-survey.md:26:1  body  the line starts with 5001 columns of indentation, ">" and list markers, more than the limit of 24',
  },
  {
    name: 'a Markdown summary of 700 nested list levels (it took 18 s a page)',
    file: 'assessments/test-survey.md',
    content: surveyWithBody(`${'- '.repeat(700)}x`),
    message: 'assessments/test-survey.md:26:1  body  the line starts with 1400 columns',
  },
  {
    name: 'a Markdown list indented 30 levels deep',
    file: 'assessments/test-survey.md',
    content: surveyWithBody(Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')),
    message: 'assessments/test-survey.md:38:1  body  the line starts with 26 columns',
  },
  {
    name: 'a Markdown paragraph of 3,000 nested emphasis markers',
    file: 'assessments/test-survey.md',
    content: surveyWithBody(`${'*_'.repeat(3000)}x${'_*'.repeat(3000)}`),
    message: 'assessments/test-survey.md:26:1  body  the paragraph has more than 200 characters of emphasis and link markup',
  },
  {
    name: 'a Markdown summary nested 18 levels deep within the line limit',
    file: 'assessments/test-survey.md',
    content: surveyWithBody(`${'> '.repeat(12)}*a **b ~~c [d](https://example.org)~~**`),
    message: 'assessments/test-survey.md:26:',
  },
  {
    name: 'a Markdown summary longer than 20,000 characters',
    file: 'assessments/test-survey.md',
    content: surveyWithBody('Бул '.repeat(6000)),
    message: 'assessments/test-survey.md:26:20001  body  the text is 24001 characters long, more than the limit of 20000',
  },
  {
    name: 'a right-to-left override in a Markdown summary',
    file: 'assessments/test-survey.md',
    content: surveyWithBody('Бул\n**сыноо** \u202Eизилдөөсү.'),
    message: 'assessments/test-survey.md:27:11  body  contains an invisible control character (U+202E)',
  },
);

// YAML anchors and aliases of any kind are refused.
rejected.push(
  {
    name: 'one 200-character text repeated through 100,000 YAML aliases (it grew the site to 160 MB)',
    file: 'services/birth-registration.yaml',
    content: birth.replace(
      'everyday_names:\n  ru: [свидетельство о рождении]',
      `note:\n  ru: &t ${'ы'.repeat(200)}\neveryday_names:\n  ru: [${Array(100_000).fill('*t').join(', ')}]`,
    ),
    message: 'services/birth-registration.yaml:7:7  the file reuses a value through a YAML alias (*name) or names one with an anchor (&t)',
  },
  {
    name: 'one scalar alias in a merge-free file',
    file: 'agencies/test-ministry.yaml',
    content: ministry.replace('  ru: Тестовое министерство', '  ru: &name Тестовое министерство\nshort_name:\n  ru: *name'),
    message: 'the file reuses a value through a YAML alias',
  },
);

const refusalGrounds = (count: number) =>
  birth.replace('  deadline:', `  refusal_grounds:\n    items: [${Array(count).fill('{ru: a}').join(', ')}]\n    sources:\n      - url: https://example.org/refusals\n  deadline:`);

// Every list has a maximum length.
rejected.push({
  name: '100,000 short refusal grounds (a 72 MB site with an 18 MB page)',
  file: 'services/birth-registration.yaml',
  content: refusalGrounds(100_000),
  message: 'standard.refusal_grounds.items  has 100000 items, more than the limit of 100',
});

/** Hostile inputs that take more than one file, or a folder, with every line the report must hold. */
const rejectedTogether: { name: string; files: Record<string, string>; lines: string[] }[] = [];

// Nothing is skipped without a word: hidden files and stray files or folders are reported.
rejected.push(
  {
    name: 'a record file whose name starts with a dot (it was skipped without a word)',
    file: 'services/..yaml',
    content: birth,
    message: 'services/..yaml:1:1  the file name starts with "."',
  },
  {
    name: 'a hidden record file named after its id',
    file: 'agencies/.test-agency.yaml',
    content: ministry.replace('id: test-ministry', 'id: test-agency'),
    message: 'agencies/.test-agency.yaml:1:1  the file name starts with "."',
  },
  {
    name: 'a record file at the top of the registry',
    file: 'birth-certificate.yaml',
    content: birth,
    message: 'birth-certificate.yaml:1:1  unexpected file in the registry',
  },
);

rejectedTogether.push({
  name: 'a misspelt record folder at the top of the registry',
  files: { 'servics/birth-certificate.yaml': birth },
  lines: [
    'servics:1:1  unexpected folder in the registry: records live in services/, agencies/, acts/, municipalities/, assessments/ and general-rules/, with categories.yaml, registers.yaml, search-pins.yaml and most-needed.yaml beside them (prefix the name with "_" to keep something that is not loaded)',
  ],
});

// Cycles in the fields that chain records are errors naming every file in the cycle.
rejected.push({
  name: 'a municipality that is its own parent (it vanished with its subtree from the index)',
  file: 'municipalities/test-region.yaml',
  content: `${region}parent: test-region\n`,
  message: 'parent  "parent" goes round in a circle: municipalities/test-region.yaml -> municipalities/test-region.yaml',
});

rejectedTogether.push(
  {
    name: 'two services that replace each other',
    files: {
      'services/old-certificate.yaml': oldCertificate,
      'services/birth-registration.yaml': birth.replace(
        'status: active',
        'status: retired\nretired:\n  date: 2023-01-01\n  replaced_by: old-certificate\n  sources:\n    - url: https://example.org/r',
      ),
    },
    lines: [
      'services/birth-registration.yaml:12:3  retired.replaced_by  "replaced_by" goes round in a circle: services/birth-registration.yaml -> services/old-certificate.yaml -> services/birth-registration.yaml; a service cannot be replaced, directly or through others, by itself: correct "replaced_by" in one of these files',
      'services/old-certificate.yaml:13:3  retired.replaced_by  "replaced_by" goes round in a circle: services/birth-registration.yaml -> services/old-certificate.yaml -> services/birth-registration.yaml; a service cannot be replaced, directly or through others, by itself: correct "replaced_by" in one of these files',
    ],
  },
  {
    name: 'three agencies, each the parent of the next',
    files: {
      'agencies/test-ministry.yaml': ministry.replace('kind: ministry', 'kind: ministry\nparent: agency-b'),
      'agencies/agency-b.yaml': ministry.replace('id: test-ministry', 'id: agency-b').replace('kind: ministry', 'kind: department\nparent: agency-c'),
      'agencies/agency-c.yaml': ministry.replace('id: test-ministry', 'id: agency-c').replace('kind: ministry', 'kind: department\nparent: test-ministry'),
    },
    lines: ['agencies/agency-b.yaml', 'agencies/agency-c.yaml', 'agencies/test-ministry.yaml'].map(
      (file) =>
        `${file}:3:1  parent  "parent" goes round in a circle: agencies/agency-b.yaml -> agencies/agency-c.yaml -> agencies/test-ministry.yaml -> agencies/agency-b.yaml; a body cannot be part of itself: correct "parent" in one of these files`,
    ),
  },
);

describe('hostile registry files are rejected by npm run validate, naming the file', () => {
  for (const { name, file, content, message } of rejected) {
    it(name, () => {
      const { status, output, timedOut } = validateWith(file, content);
      expect(timedOut, 'validation must finish within 20 s').toBe(false);
      expect(status, output).toBe(1);
      const line = output.split('\n').find((l) => l.startsWith(`${file}:`) && l.includes(message));
      expect(line, `expected a line for ${file} containing "${message}" in:\n${output}`).toBeDefined();
      expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    }, 30_000);
  }

  for (const { name, files, lines } of rejectedTogether) {
    it(name, () => {
      const { status, output, timedOut } = validateWithFiles(files);
      expect(timedOut, 'validation must finish within 20 s').toBe(false);
      expect(status, output).toBe(1);
      for (const line of lines) expect(output.split('\n'), output).toContain(line);
    }, 30_000);
  }

  it('leaves Object.prototype untouched after reading __proto__ and constructor keys', () => {
    const dir = copyOfMinimal();
    writeIn(dir, 'agencies/test-ministry.yaml', `${ministry}__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n`);
    writeIn(dir, 'categories.yaml', `- id: civil-status\n  name:\n    ru: x\n    __proto__: { polluted: yes }\n`);
    loadRegistry(dir);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('Markdown rendering never recurses beyond the limits', () => {
  it('refuses 5,000 nested quotes with a message instead of overflowing the stack', () => {
    expect(() => renderUntrustedMarkdown(`${'>'.repeat(5000)} x`)).toThrow(/beyond the registry's limits \(line 1: the line starts with 5001 columns/);
  });

  it('renders text at the limits', () => {
    const html = renderUntrustedMarkdown(`${'> '.repeat(11)}*a **b ~~c~~***`);
    expect(html.match(/<blockquote>/g)).toHaveLength(11);
    expect(html).toContain('<em>a <strong>b <del>c</del></strong></em>');
  });
});

describe('every list a record can hold has a maximum length', () => {
  it('gives every array of every record schema a maxItems', () => {
    const unbounded: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      if (schema.type === 'array' && typeof schema.maxItems !== 'number') unbounded.push(path);
      for (const [key, child] of Object.entries(schema)) walk(child, `${path}/${key}`);
    };
    for (const [name, schema] of Object.entries(jsonSchemas())) walk(schema, name);
    expect(unbounded).toEqual([]);
  });
});

describe('harmless quirks of editors are accepted', () => {
  it('reads a file with a byte-order mark and Windows (CRLF) line endings the same as a plain one', () => {
    const dir = copyOfMinimal();
    writeIn(dir, 'services/birth-registration.yaml', `\uFEFF${birth.replace(/\n/g, '\r\n')}`);
    const { registry, errors } = loadRegistry(dir);
    expect(errors).toEqual([]);
    expect(registry!.service.get('birth-registration')).toEqual(loadRegistry(fixturePath('minimal')).registry!.service.get('birth-registration'));
  });

  it('keeps a tab inside a text value', () => {
    const dir = copyOfMinimal();
    writeIn(dir, 'agencies/test-ministry.yaml', ministry.replace('ru: Тестовое министерство', 'ru: "Тестовое\\tминистерство"'));
    const { registry, errors } = loadRegistry(dir);
    expect(errors).toEqual([]);
    expect(registry!.agency.get('test-ministry')!.name.ru).toBe('Тестовое\tминистерство');
  });
});

describe('a record that passes validation but would bloat the site fails the build, naming it', () => {
  it('refuses a service page of 3.6 MB (45 documents of 20,000 "<", each written as "&lt;")', () => {
    const dir = copyOfMinimal();
    const documents = Array.from({ length: 45 }, () => `      - name: { ru: a }\n        detail: { ru: "${'<'.repeat(20_000)}" }`).join('\n');
    writeIn(
      dir,
      'services/long-service.yaml',
      `id: long-service\nlevel: state\nname:\n  ru: Длинная услуга\n  ky: Узун кызмат\ncategories: [civil-status]\nstatus: active\nstandard:\n  documents:\n    items:\n${documents}\n    sources:\n      - url: https://example.org/long\nsources:\n  - url: https://example.org/long\n`,
    );
    const build = buildWithin({ registry: dir, seconds: 150 });
    rmSync(dir, { recursive: true, force: true });
    rmSync(build.dist, { recursive: true, force: true });
    expect(build.timedOut, 'the build must finish within 150 s').toBe(false);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      /ru\/services\/long-service\/index\.html is 3\.\d MB, more than the 1\.0 MB such a page may be; its record is \S*services\/long-service\.yaml: shorten its texts or lists/,
    );
  }, 180_000);
});

describe('hostile text that passes validation is shown inert on the built site', () => {
  let dist: string;
  let pages: string[];
  beforeAll(() => {
    const build = buildWithin({ registry: fixturePath('hostile-text'), seconds: 120 });
    expect(build.timedOut, 'the build must finish within 120 s').toBe(false);
    expect(build.status, build.output).toBe(0);
    dist = build.dist;
    pages = filesOf(dist, '.html');
  }, 150_000);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('builds every page, including a category whose id is a JavaScript property name', () => {
    expect(pages).toContain('ky/assessments/test-survey/index.html');
    expect(pages).toContain('ru/categories/constructor/index.html');
  });

  it('has no script, event handler, javascript:/data: link, frame, style block or remote resource on any page', () => {
    const found = pages.flatMap((page) => executableMarkup(readPage(dist, page)).map((problem) => `${page}: ${problem}`));
    expect(found).toEqual([]);
  });

  it('shows tags typed into names as text the reader can see', () => {
    expect(visibleText(readPage(dist, 'ky/services/birth-registration/index.html'))).toContain("<script>alert('ky')</script> Баланын туулгандыгын каттоо");
    const ru = visibleText(readPage(dist, 'ru/services/birth-registration/index.html'));
    expect(ru).toContain('<img src=x onerror=alert(1)> Регистрация &lt;script&gt;alert(2)&lt;/script&gt; &#60;iframe&#62;');
    expect(visibleText(readPage(dist, 'ru/agencies/test-ministry/index.html'))).toContain('Министерство <svg onload=alert(6)> "quoted" \'single\'');
    expect(visibleText(readPage(dist, 'ru/categories/civil-status/index.html'))).toContain('Акты </title><script>alert(7)</script>');
  });

  it('renders the Markdown summary of an assessment without its raw HTML, entity tricks or unsafe links', () => {
    const html = readPage(dist, 'ky/assessments/test-survey/index.html');
    const text = visibleText(html);
    expect(text).toContain('<script>alert(19)</script> and <script>alert(20)</script> and <img src=x onerror=alert(21)>');
    expect(text).not.toContain("alert('body')");
    const links = elementsOf(html).filter((element) => element.tagName === 'a');
    expect(links.filter((a) => /javascript|data:|vbscript/i.test(attr(a, 'href') ?? ''))).toEqual([]);
    expect(links.map((a) => attr(a, 'href'))).toContain('https://example.org/official');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    const embedded = ['img', 'svg', 'iframe', 'style', 'object', 'embed', 'form', 'input', 'base', 'link', 'meta', 'script'];
    expect(
      elementsOf(main)
        .filter((element) => embedded.includes(element.tagName))
        .map((element) => element.tagName),
    ).toEqual([]);
  });

  it('keeps an address with quotes and tags inside its href attribute', () => {
    const html = readPage(dist, 'ru/services/birth-registration/index.html');
    const hrefs = elementsOf(html).map((element) => attr(element, 'href'));
    expect(hrefs.some((href) => href?.startsWith('https://example.org/?q=') && href.includes('<script>'))).toBe(true);
  });
});
