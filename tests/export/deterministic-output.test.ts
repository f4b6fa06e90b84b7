import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, repoRoot } from '../helpers/fixtures.ts';
import { exportRegistry, filesUnder, readJson } from './open-data-files.ts';

/** Every file two exports hold that differs between them (or exists in one only). */
function differences(a: string, b: string): string[] {
  const first = filesUnder(a);
  const second = filesUnder(b);
  const names = new Set([...first.keys(), ...second.keys()]);
  return [...names].filter((name) => !first.get(name)?.equals(second.get(name) ?? Buffer.alloc(0)) || !second.has(name));
}

/** A throw-away git repository holding a copy of a fixture registry, committed once. */
function repositoryWithRegistry(fixture: string) {
  const repo = mkdtempSync(join(tmpdir(), 'kyzmat-versioned-'));
  const git = (args: string[], date: string) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      cwd: repo,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      stdio: 'pipe',
    });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  cpSync(fixturePath(fixture), join(repo, 'registry'), { recursive: true });
  git(['add', '.'], '2026-01-10T10:00:00+00:00');
  git(['commit', '-q', '-m', 'registry'], '2026-01-10T10:00:00+00:00');
  const commit = (message: string, date: string) => {
    git(['add', '.'], date);
    git(['commit', '-q', '-m', message], date);
  };
  return { repo, registry: join(repo, 'registry'), commit };
}

describe('the open data is a pure function of the registry version', () => {
  it('is byte-identical when the real registry is exported twice', async () => {
    const first = await exportRegistry(join(repoRoot, 'registry'));
    const second = await exportRegistry(join(repoRoot, 'registry'));
    expect(differences(first.dir, second.dir)).toEqual([]);
    expect(filesUnder(first.dir).has('data/registry.sqlite')).toBe(true);
    expect(filesUnder(first.dir).has('data/registry.xlsx')).toBe(true);
  });

  it('keeps its version and every file when a commit changes only code, and changes them when the registry changes', async () => {
    const { repo, registry, commit } = repositoryWithRegistry('open-data-edge-cases');
    const before = await exportRegistry(registry);
    const version = readJson(join(before.data, 'version.json'));
    expect(version.date).toBe('2026-01-10T10:00:00+00:00');

    mkdirSync(join(repo, 'src'));
    writeFileSync(join(repo, 'src', 'code.ts'), 'export const changed = true;\n');
    commit('code only', '2026-02-20T10:00:00Z');
    const afterCode = await exportRegistry(registry);
    expect(readJson(join(afterCode.data, 'version.json'))).toEqual(version);
    expect(differences(before.dir, afterCode.dir)).toEqual([]);

    writeFileSync(join(registry, '_note.txt'), 'a file the loader skips, still a change of the registry folder\n');
    commit('registry', '2026-03-05T10:00:00Z');
    const afterData = await exportRegistry(registry);
    expect(readJson(join(afterData.data, 'version.json')).date).toBe('2026-03-05T10:00:00+00:00');
    expect(differences(before.dir, afterData.dir)).toEqual(expect.arrayContaining(['data/datapackage.json', 'data/registry.sqlite', 'data/registry.xlsx', 'data/version.json']));
  });

  it('carries the version of the last commit that changed the registry, not the time of the build', async () => {
    const fixture = fixturePath('open-data-edge-cases');
    const { data } = await exportRegistry(fixture);
    const [date, commit] = execFileSync('git', ['log', '-1', '--format=%cI%n%H', '--', '.'], { cwd: fixture, encoding: 'utf8' }).trim().split('\n');
    const descriptor = readJson(join(data, 'datapackage.json'));
    expect(descriptor.created).toBe(date);
    expect(descriptor.kyzmat_commit).toBe(commit);
    expect(descriptor.version).toBe(`${date!.slice(0, 10)}-${commit!.slice(0, 12)}`);
  });

  it('says "unknown" instead of inventing a version when the registry is not in git', async () => {
    const { data } = await exportRegistry(mkdtempSync(join(tmpdir(), 'kyzmat-no-git-')));
    const descriptor = readJson(join(data, 'datapackage.json'));
    expect(descriptor.version).toBe('unknown');
    expect(descriptor.created).toBeUndefined();
  });

  it('writes the same files, IRIs included, whatever address the site is built for', () => {
    const exportFor = (siteUrl: string) => {
      const out = mkdtempSync(join(tmpdir(), 'kyzmat-site-url-'));
      execFileSync(process.execPath, [join(repoRoot, 'scripts/export.ts'), out], {
        cwd: repoRoot,
        env: { ...process.env, KYZMAT_REGISTRY: fixturePath('open-data-edge-cases'), KYZMAT_SITE_URL: siteUrl },
        stdio: 'pipe',
      });
      return out;
    };
    const published = exportFor('https://kyzmat.github.io');
    const fork = exportFor('https://someone.github.io/kyzmat-fork');
    expect(differences(published, fork)).toEqual([]);
    const graph = readJson(join(fork, 'data', 'services.jsonld'));
    expect(graph['@context']['@base']).toBe('https://kyzmat.github.io/id/');
    expect(JSON.stringify(graph)).not.toContain('someone.github.io');
  });
});
