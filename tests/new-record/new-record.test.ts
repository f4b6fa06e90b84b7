import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/index.ts';
import { copyFixture, repoRoot } from '../helpers/fixtures.ts';

function runNew(registry: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/new-record.ts'), ...args], {
    cwd: registry,
    encoding: 'utf8',
    env: { ...process.env, KYZMAT_REGISTRY: registry },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

const errorsOf = (registry: string) => loadRegistry(registry, { displayRoot: 'registry' }).errors.map((error) => `${error.file} ${error.field}`);

// What a volunteer types into the REQUIRED blanks of each template.
const fillIns = {
  service: [
    ['level:\n', 'level: state\n'],
    ['  ky:\n', '  ky: Жаңы кызмат\n'],
    ['  ru:\n', '  ru: Новая услуга\n'],
    ['categories: []', 'categories: [civil-status]'],
    ['  - url:\n', '  - url: https://example.org/new\n'],
  ],
  agency: [
    ['kind:\n', 'kind: ministry\n'],
    ['  ky:\n', '  ky: Жаңы министрлик\n'],
    ['  ru:\n', '  ru: Новое министерство\n'],
    ['  - url:\n', '  - url: https://example.org/agency\n'],
  ],
  act: [
    ['type:\n', 'type: law\n'],
    ['status:\n', 'status: in-force\n'],
    ['  - url:\n', '  - url: https://example.org/act\n'],
  ],
} as const;

describe('npm run new', () => {
  for (const [kind, folder] of [
    ['service', 'services'],
    ['agency', 'agencies'],
    ['act', 'acts'],
  ] as const) {
    it(`writes the ${kind} template that fails only on its blanks, and validates once they are filled`, () => {
      const registry = copyFixture('minimal');
      const { status, output } = runNew(registry, kind, 'new-record');
      expect(status).toBe(0);
      expect(output).toContain(`Created ${folder}/new-record.yaml`);
      const file = join(registry, folder, 'new-record.yaml');
      let text = readFileSync(file, 'utf8');
      expect(text).toContain('id: new-record');
      expect(text).toContain('REQUIRED');

      const blanks = errorsOf(registry);
      expect(blanks.length).toBeGreaterThan(0);
      expect(blanks.every((error) => error.startsWith(`registry/${folder}/new-record.yaml`))).toBe(true);

      for (const [blank, filled] of fillIns[kind]) text = text.replace(blank, filled);
      writeFileSync(file, text);
      expect(errorsOf(registry)).toEqual([]);
    });
  }

  it('refuses an id that already exists, and leaves the file alone', () => {
    const registry = copyFixture('minimal');
    const before = readFileSync(join(registry, 'services/birth-registration.yaml'), 'utf8');
    const { status, output } = runNew(registry, 'service', 'birth-registration');
    expect(status).toBe(1);
    expect(output).toContain('services/birth-registration.yaml already exists');
    expect(readFileSync(join(registry, 'services/birth-registration.yaml'), 'utf8')).toBe(before);
  });

  it('refuses an id that is not a lowercase Latin slug', () => {
    const registry = copyFixture('minimal');
    const { status, output } = runNew(registry, 'service', 'Паспорт 15-1');
    expect(status).toBe(1);
    expect(output).toContain('"Паспорт 15-1" cannot be an id: it must be a lowercase Latin slug');
  });

  it('explains its usage for an unknown kind', () => {
    const { status, output } = runNew(copyFixture('minimal'), 'municipality', 'x');
    expect(status).toBe(1);
    expect(output).toContain('usage: npm run new -- service|agency|act <id>');
  });
});
