import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/index.ts';
import { mostNeededLimit } from '../../src/schemas/index.ts';
import { buildSite } from '../helpers/build-site.ts';
import { copyFixture, writeIn } from '../helpers/fixtures.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function registryWith(yaml: string): string {
  const dir = copyFixture('minimal');
  made.push(dir);
  writeIn(dir, 'most-needed.yaml', yaml);
  return dir;
}

const errorLines = (dir: string) => loadRegistry(dir, { displayRoot: 'registry' }).errors.map((error) => `${error.file}:${error.line} ${error.field} ${error.message}`);

describe('registry/most-needed.yaml', () => {
  it('names a line whose service does not exist, with the file it expected', () => {
    expect(errorLines(registryWith('- birth-registration\n- no-such-service\n'))).toEqual([
      'registry/most-needed.yaml:2 1 no service with id "no-such-service" exists (expected registry/services/no-such-service.yaml)',
    ]);
  });

  it('refuses a service listed twice and a list longer than the home page can show first', () => {
    expect(errorLines(registryWith('- birth-registration\n- birth-registration\n'))).toEqual([
      'registry/most-needed.yaml:2 1 is listed twice; keep one line per service; found the text "birth-registration"',
    ]);
    const long = Array.from({ length: mostNeededLimit + 1 }, () => '- birth-registration').join('\n');
    expect(errorLines(registryWith(long)).some((line) => line.includes(`lists more than ${mostNeededLimit} services`))).toBe(true);
  });

  it('puts the listed services first on the home page, each with what it costs, then the life situations', () => {
    const dist = buildSite(registryWith('# The services people need most.\n- birth-registration\n'));
    const home = readFileSync(join(dist, 'ru', 'index.html'), 'utf8');
    const mostNeeded = home.slice(home.indexOf('<section id="most-needed"'), home.indexOf('<section id="situations"'));
    expect(mostNeeded).toContain('href="/ru/services/birth-registration/"');
    expect(mostNeeded).toContain('Платно: 510 сом');
    expect(home.indexOf('<section id="most-needed"')).toBeGreaterThan(0);
    expect(home.indexOf('<section id="most-needed"')).toBeLessThan(home.indexOf('<section id="situations"'));
  });
});
