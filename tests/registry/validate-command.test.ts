import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, fixturePath, repoRoot, writeIn } from '../helpers/fixtures.ts';

const validate = (registry: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(repoRoot, 'scripts/validate.ts'), registry], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
  });

describe('npm run validate', () => {
  it('exits 0 and counts the records of a valid registry', () => {
    const run = validate(fixturePath('minimal'));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Registry is valid: 2 services, 1 agencies, 1 acts, 2 municipalities, 1 assessments, 2 categories \(/m);
  });

  it('prints every problem, one per line, and exits 1', () => {
    const run = validate(fixturePath('broken-four-errors'));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const problems = run.stdout.split('\n').filter((line) => /^tests\/fixtures\/registries\/broken-four-errors\/\S+:\d+:\d+ {2}/.test(line));
    expect(problems.length).toBe(6);
    expect(run.stdout).toContain('6 problem(s) in 3 file(s). Nothing is published until they are fixed.');
  });

  it('prints all its output when it is longer than a pipe takes at once (CI logs)', () => {
    const dir = copyFixture('minimal');
    for (let i = 0; i < 300; i++) writeIn(dir, `services/broken-${i}.yaml`, `id: broken-${i}\n`);
    const run = validate(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stdout.length).toBeGreaterThan(200_000);
    const problems = run.stdout.split('\n').filter((line) => /services\/broken-\d+\.yaml:\d+:\d+ {2}/.test(line)).length;
    expect(run.stdout).toContain(`${problems} problem(s) in 300 file(s). Nothing is published until they are fixed.`);
  });

  it('lists the files it leaves out on purpose, and why', () => {
    const dir = copyFixture('minimal');
    writeIn(dir, 'services/_draft.yaml', 'id: draft\n');
    writeIn(dir, '_notes/todo.md', 'later\n');
    const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/validate.ts'), '.'], { cwd: dir, encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'Not loaded:\n  _notes  a draft or template: names starting with "_" are not loaded\n  services/_draft.yaml  a draft or template: names starting with "_" are not loaded\n',
    );
  });

  it('adds GitHub annotations on GitHub Actions', () => {
    const run = validate(fixturePath('broken-four-errors'), { GITHUB_ACTIONS: 'true' });
    expect(run.stdout).toContain(
      '::error file=tests/fixtures/registries/broken-four-errors/services/birth-registration.yaml,line=20,col=7,title=kyzmat registry::payment.fees.0.amount: must be a number (write 510, not "510 сом"); expected a number, found the text "510 сом"',
    );
  });
});
