import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRegistryHistory } from '../../src/lib/history/index.ts';
import { repoRoot } from '../helpers/fixtures.ts';
import { createRegistryRepo, type RegistryRepo } from './git-registry-repo.ts';
import * as steps from './service-steps.ts';

function runDiff(repo: RegistryRepo, base: string, head: string) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts/diff.ts'), base, head], { cwd: repo.dir, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

const subjectsOf = (repo: RegistryRepo) =>
  (() => {
    const history = readRegistryHistory(repo.registry);
    if (!history.available) throw new Error('history should be available in a full clone');
    return (history.byFile.get(steps.file) ?? []).map((change) => `${change.date.slice(0, 10)} ${change.subject}`);
  })();

describe('npm run diff over three commits: add a service, change its fee and a document, retire it', () => {
  let repo: RegistryRepo;
  const commits: Record<string, string> = {};

  beforeAll(() => {
    repo = createRegistryRepo();
    commits.start = repo.git('rev-parse', 'HEAD').trim();
  });

  it('step 1: lists the new service as added, with its sources, and starts its history', () => {
    commits.added = repo.commit('Add passport replacement', { [steps.file]: steps.added });
    const { status, output } = runDiff(repo, commits.start!, commits.added!);
    expect(status).toBe(0);
    expect(output).toContain('### Кошулду / Добавлено (1)');
    expect(output).toContain('- `passport-replacement` — Паспортту алмаштыруу / Замена паспорта');
    expect(output).toContain('Булак кошулду / Добавлен источник: https://example.org/fees-833');
    expect(output).not.toContain('Өзгөрдү / Изменено');
    expect(subjectsOf(repo)).toEqual(['2025-02-15 Add passport replacement']);
  });

  it('step 2: shows the old and new fee and document in both languages, and the swapped fee source', () => {
    commits.changed = repo.commit('Raise the fee to 900 som, add the photo', { [steps.file]: steps.changed });
    const { status, output } = runDiff(repo, commits.added!, commits.changed!);
    expect(status).toBe(0);
    expect(output).toContain('### Өзгөрдү / Изменено (1)');
    expect(output).toContain('  - Баасы / Стоимость: 833 → 900 сом');
    expect(output).toContain('  - Керектүү документтер (орусча) / Необходимые документы (на русском): Старый паспорт → Старый паспорт и фотография 3x4');
    expect(output).toContain('Булак кошулду / Добавлен источник: https://example.org/fees-900');
    expect(output).toContain('Булак алынды / Удалён источник: https://example.org/fees-833');
    expect(subjectsOf(repo)).toEqual(['2025-03-15 Raise the fee to 900 som, add the photo', '2025-02-15 Add passport replacement']);
  });

  it('step 3: lists the service as retired, with the status change, and completes its history', () => {
    commits.retired = repo.commit('Retire passport replacement', { [steps.file]: steps.retired });
    const { status, output } = runDiff(repo, commits.changed!, commits.retired!);
    expect(status).toBe(0);
    expect(output).toContain('### Токтотулду / Прекращено (1)');
    expect(output).toContain('  - Абалы / Статус: active → retired');
    expect(output).toContain('Токтотулушу › Күнү / Прекращение › Дата: жок / нет → 2025-03-01');
    expect(subjectsOf(repo)).toEqual(['2025-04-15 Retire passport replacement', '2025-03-15 Raise the fee to 900 som, add the photo', '2025-02-15 Add passport replacement']);
  });

  it('says nothing changed between a commit and itself', () => {
    const { status, output } = runDiff(repo, commits.retired!, commits.retired!);
    expect(status).toBe(0);
    expect(output).toContain('Реестрде өзгөрүү жок. / Изменений в реестре нет.');
  });

  it('prints a broken reference of the head with file and line, and exits 1', () => {
    repo.git('checkout', '--quiet', '-b', 'broken', commits.changed!);
    const broken = repo.commit('Point at a ministry that does not exist', { [steps.file]: steps.brokenReference });
    const { status, output } = runDiff(repo, commits.changed!, broken);
    expect(status).toBe(1);
    expect(output).toContain('Сунушталган версияда каталар бар / В предложенной версии есть ошибки (1)');
    expect(output).toMatch(/registry\/services\/passport-replacement\.yaml:19:\d+ {2}standard\.provider\.agencies\.0 {2}.*no-such-ministry/);
    expect(output).not.toContain('    at ');
  });

  it('names an unknown ref instead of crashing with a stack trace', () => {
    const { status, output } = runDiff(repo, 'no-such-branch', 'HEAD');
    expect(status).toBe(2);
    expect(output).toContain('cannot read "registry" at "no-such-branch"');
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: repo.dir, encoding: 'utf8' })).toBe('');
  });
});
