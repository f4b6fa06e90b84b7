import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError, loadRegistry } from '../../src/lib/registry/index.ts';
import { fixtureCopies, fixturePath, writeIn } from '../helpers/fixtures.ts';

// Copies of the minimal fixture made by the tests below, removed when they are done.
const copyOfMinimal = fixtureCopies('minimal');

/** Loads a registry and returns its errors as the printed lines, with the temp folder replaced by "registry". */
function errorLines(dir: string): string[] {
  const { errors } = loadRegistry(dir, { displayRoot: 'registry' });
  return errors.map(formatError);
}

/** A copy of the minimal fixture with one file replaced. */
function withFile(file: string, content: string | Uint8Array): string {
  const dir = copyOfMinimal();
  writeIn(dir, file, content);
  return dir;
}

const birth = readFileSync(join(fixturePath('minimal'), 'services/birth-registration.yaml'), 'utf8');

describe('a valid registry', () => {
  it('loads with no errors and resolves references both ways', () => {
    const { registry, errors } = loadRegistry(fixturePath('minimal'));
    expect(errors).toEqual([]);
    expect(registry!.services.map((service) => service.id)).toEqual(['birth-registration', 'old-certificate']);
    const { relations } = registry!;
    expect(relations.servicesProvidedBy.get('test-ministry')!.map((service) => service.id)).toEqual(['birth-registration']);
    expect(relations.servicesCiting.get('government-decree-85-2012')!.map((service) => service.id)).toEqual(['birth-registration', 'old-certificate']);
    expect(relations.localRegister.get('test-village')!.map((entry) => [entry.service.id, entry.origin])).toEqual([['birth-registration', 'basic']]);
    expect(registry!.redirects.services.get('very-old-certificate')).toBe('old-certificate');
    expect(registry!.assessment.get('test-survey')!.body.trim()).toBe('Бул **сыноо** изилдөөсү.');
  });
});

describe('the four errors of the acceptance test', () => {
  it('reports a broken agency reference, a duplicate id, a non-numeric fee and a YAML syntax error, each with file and line', () => {
    const lines = errorLines(fixturePath('broken-four-errors'));
    expect(lines).toContain(
      'registry/services/birth-registration.yaml:37:16  standard.provider.agencies.0  no agency with id "test-ministy" exists (expected registry/agencies/test-ministy.yaml); did you mean "test-ministry"?',
    );
    expect(lines).toContain(
      'registry/services/old-certificate.yaml:1:1  id  duplicate id "birth-registration": registry/services/birth-registration.yaml already uses it; every record needs its own id',
    );
    expect(lines).toContain(
      'registry/services/birth-registration.yaml:20:7  payment.fees.0.amount  must be a number (write 510, not "510 сом"); expected a number, found the text "510 сом"',
    );
    expect(lines.some((line) => line.startsWith('registry/agencies/test-ministry.yaml:5:') && line.includes('the YAML cannot be read'))).toBe(true);
    // The broken agency file still counts as existing: no second, misleading "no agency" error.
    expect(lines.some((line) => line.includes('no agency with id "test-ministry"'))).toBe(false);
  });
});

describe('schema errors say what was expected, where', () => {
  it('names an unknown field and suggests the likely one', () => {
    const lines = errorLines(withFile('services/birth-registration.yaml', birth.replace('categories: [civil-status]', 'categorys: [civil-status]')));
    expect(lines).toContain(
      'registry/services/birth-registration.yaml:8:1  categorys  unknown field "categorys"; did you mean "categories"? (allowed here: id, former_ids, level, name, everyday_names, categories, status, retired, register, payment, standard, procedure, note, sources)',
    );
    expect(lines).toContain('registry/services/birth-registration.yaml:1:1  categories  required field "categories" is missing: expected a list (lines starting with "- ")');
  });

  it('rejects an impossible date and a negative amount', () => {
    const changed = birth.replace('as_of: 2021-11-17', 'as_of: 2023-02-30').replace('amount: 510', 'amount: -5');
    const lines = errorLines(withFile('services/birth-registration.yaml', changed));
    expect(lines).toContain(
      'registry/services/birth-registration.yaml:25:7  payment.fees.0.as_of  must be a real date written as YYYY-MM-DD, e.g. 2024-03-12; found the text "2023-02-30"',
    );
    expect(lines).toContain('registry/services/birth-registration.yaml:20:7  payment.fees.0.amount  must not be negative; found the number -5');
  });

  it('lists the allowed values of a closed field', () => {
    const lines = errorLines(withFile('services/birth-registration.yaml', birth.replace('kind: paid', 'kind: expensive')));
    expect(lines).toContain('registry/services/birth-registration.yaml:18:3  payment.kind  the text "expensive" is not allowed here; expected one of: free, paid, partly-paid');
  });

  it('refuses a script URL as a source', () => {
    const lines = errorLines(withFile('services/birth-registration.yaml', birth.replace('https://example.org/birth', 'javascript:alert(1)')));
    expect(lines.some((line) => line.includes('sources.0.url  must be a full web address starting with https:// or http://'))).toBe(true);
  });
});

describe('rules across records', () => {
  it('requires a paid service to give its fee or say it is undocumented', () => {
    const changed = birth.replace(/ {2}fees:\n[\s\S]*?as_of: 2021-11-17\n/, '');
    const lines = errorLines(withFile('services/birth-registration.yaml', changed));
    expect(lines).toContain(
      'registry/services/birth-registration.yaml:17:1  payment  a paid service needs its fees (amount, what for, source) or "fee_undocumented: true" when no source gives the amount yet',
    );
    const undocumented = changed.replace('  kind: paid\n', '  kind: paid\n  fee_undocumented: true\n');
    expect(errorLines(withFile('services/birth-registration.yaml', undocumented))).toEqual([]);
  });

  it('requires a retired service to say when', () => {
    const dir = copyOfMinimal();
    const old = readFileSync(join(dir, 'services/old-certificate.yaml'), 'utf8');
    writeIn(dir, 'services/old-certificate.yaml', old.replace(/retired:\n[\s\S]*?(?=sources:\n {2}- url: https:\/\/example.org\/old)/, ''));
    expect(errorLines(dir)).toContain(
      'registry/services/old-certificate.yaml:9:1  status  a retired service needs a "retired:" block with its date (and, if known, the act that retired it)',
    );
  });

  it('requires the file name to be the id', () => {
    const dir = copyOfMinimal();
    writeIn(dir, 'services/birth.yaml', birth);
    const lines = errorLines(dir);
    expect(lines).toContain('registry/services/birth.yaml:1:1  id  the id "birth-registration" does not match the file name "birth.yaml"; the file must be named after the id');
    expect(lines.some((line) => line.includes('duplicate id "birth-registration"'))).toBe(true);
  });

  it('names a missing category, act and municipality with the file they were expected in', () => {
    const changed = birth
      .replace('categories: [civil-status]', 'categories: [civil-statuses]')
      .replace('  act: government-decree-85-2012\n  sources', '  act: government-decree-86-2012\n  sources');
    const lines = errorLines(withFile('services/birth-registration.yaml', changed));
    expect(lines).toContain(
      'registry/services/birth-registration.yaml:8:14  categories.0  no category with id "civil-statuses" exists (expected registry/categories.yaml); did you mean "civil-status"?',
    );
    expect(lines.some((line) => line.includes('register.act  no legal act with id "government-decree-86-2012" exists'))).toBe(true);
  });

  it('keeps a local register tied to its municipality', () => {
    const changed = birth.replace('  kind: unified-state\n', '  kind: local\n');
    const lines = errorLines(withFile('services/birth-registration.yaml', changed));
    expect(lines).toContain(
      'registry/services/birth-registration.yaml:10:1  register  a service of a local register needs "municipality:" naming the municipality whose council approved it',
    );
  });
});

describe('unreadable files get a message, never a crash', () => {
  const cases: [string, string | Uint8Array, string][] = [
    ['an empty file', '', 'registry/services/birth-registration.yaml:1:1  the file is empty; a record needs at least an id and its required fields'],
    ['a file of spaces', '  \n\n', 'registry/services/birth-registration.yaml:1:1  the file is empty; a record needs at least an id and its required fields'],
    [
      'Windows-1251 bytes',
      Uint8Array.from([...Buffer.from('id: birth-registration\nname:\n  ru: '), 0xd0, 0xee, 0xe4, 0x0a]),
      'registry/services/birth-registration.yaml:3:7  the file is not valid UTF-8 text; save it as UTF-8 (without other encodings such as Windows-1251)',
    ],
    ['a duplicated field', `${birth}\nlevel: state\n`, 'a field appears twice in the same place; keep one'],
    ['a custom tag', birth.replace('level: state', 'level: !!js/function "function () {}"'), 'custom YAML tags such as !!js or !include are not allowed'],
    ['a list where a record is expected', '- one\n- two\n', 'registry/services/birth-registration.yaml:1:1  expected a group of fields, found a list'],
  ];
  for (const [what, content, expected] of cases) {
    it(`reports ${what}`, () => {
      const lines = errorLines(withFile('services/birth-registration.yaml', content));
      expect(
        lines.some((line) => line.includes(expected)),
        lines.join('\n'),
      ).toBe(true);
    });
  }

  it('accepts a byte order mark and Windows line endings', () => {
    const dir = withFile('services/birth-registration.yaml', `\uFEFF${birth.replace(/\n/g, '\r\n')}`);
    expect(errorLines(dir)).toEqual([]);
  });

  it('refuses an alias bomb quickly', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const started = performance.now();
    const lines = errorLines(withFile('services/birth-registration.yaml', bomb.join('\n')));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(lines).toContain(
      'registry/services/birth-registration.yaml:1:4  the file reuses a value through a YAML alias (*name) or names one with an anchor (&a); write each value out in full',
    );
  });

  it('refuses data nested deeper than any record needs', () => {
    const deep = `id: birth-registration\nnote: ${'['.repeat(40)}${']'.repeat(40)}\n`;
    expect(errorLines(withFile('services/birth-registration.yaml', deep))).toContain(
      'registry/services/birth-registration.yaml:1:1  the data is nested more than 24 levels deep; registry records are never that deep',
    );
  });

  it('refuses an oversized file before parsing it', () => {
    const lines = errorLines(withFile('services/birth-registration.yaml', `${birth}\n# ${'x'.repeat(1_100_000)}\n`));
    expect(lines[0]).toMatch(/^registry\/services\/birth-registration.yaml:1:1 {2}the file is \d+ bytes, more than the limit of 1000000/);
  });

  it('points at stray files in a record folder', () => {
    const lines = errorLines(withFile('services/notes.txt', 'hello'));
    expect(lines[0]).toBe(
      'registry/services/notes.txt:1:1  unexpected file in registry/services: every record here is a ".yaml" file named after its id (prefix the name with "_" to keep a draft or template that is not loaded)',
    );
    expect(errorLines(withFile('services/_draft.yaml', 'anything: at all'))).toEqual([]);
  });

  it('reports a Markdown record without front matter', () => {
    expect(errorLines(withFile('assessments/test-survey.md', '# Just a heading\n'))).toContain(
      'registry/assessments/test-survey.md:1:1  a Markdown record must start with front matter: a line "---", the YAML fields, and another "---"',
    );
  });
});
