import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, repoRoot } from '../helpers/fixtures.ts';
import { exportRegistry, filesUnder, readJson } from './open-data-files.ts';

describe('the open data is a pure function of the registry version', () => {
  it('is byte-identical when the real registry is exported twice', () => {
    const first = filesUnder(exportRegistry(join(repoRoot, 'registry')).dir);
    const second = filesUnder(exportRegistry(join(repoRoot, 'registry')).dir);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [file, bytes] of first) expect(second.get(file)!.equals(bytes), file).toBe(true);
    expect(first.has('data/registry.sqlite')).toBe(true);
  });

  it('carries the version of the last commit that changed the registry, not the time of the build', () => {
    const { data } = exportRegistry(fixturePath('open-data-edge-cases'));
    const [date, commit] = execFileSync('git', ['log', '-1', '--format=%cI%n%H', '--', '.'], { cwd: fixturePath('open-data-edge-cases'), encoding: 'utf8' }).trim().split('\n');
    const descriptor = readJson(join(data, 'datapackage.json'));
    expect(descriptor.created).toBe(date);
    expect(descriptor.kyzmat_commit).toBe(commit);
    expect(descriptor.version).toBe(`${date.slice(0, 10)}-${commit.slice(0, 12)}`);
  });

  it('says "unknown" instead of inventing a version when the registry is not in git', () => {
    const { data } = exportRegistry(mkdtempSync(join(tmpdir(), 'kyzmat-no-git-')));
    const descriptor = readJson(join(data, 'datapackage.json'));
    expect(descriptor.version).toBe('unknown');
    expect(descriptor.created).toBeUndefined();
  });
});
