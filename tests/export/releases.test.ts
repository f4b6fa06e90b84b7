import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/lib/export/releases.ts';
import { fixturePath, repoRoot } from '../helpers/fixtures.ts';
import { exportRegistry, filesUnder } from './open-data-files.ts';

/** A throw-away repository with a fixture registry and the citation files, as the project has them. */
function repository() {
  const repo = mkdtempSync(join(tmpdir(), 'kyzmat-release-'));
  const run = (command: string, args: string[], date = '2026-01-10T10:00:00+00:00') =>
    execFileSync(command, args, { cwd: repo, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
  run('git', ['init', '-q', '-b', 'main']);
  cpSync(fixturePath('open-data-edge-cases'), join(repo, 'registry'), { recursive: true });
  for (const file of ['CITATION.cff', '.zenodo.json']) cpSync(join(repoRoot, file), join(repo, file));
  const commit = (date: string) => {
    run('git', ['add', '.'], date);
    run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', 'change'], date);
  };
  commit('2026-01-10T10:00:00+00:00');
  const release = () => run(process.execPath, [join(repoRoot, 'scripts/release.ts')]);
  return { repo, commit, release };
}

/** The lines of a SHA256SUMS file as file -> hash. */
const sums = (text: string) =>
  new Map(
    text
      .trim()
      .split('\n')
      .map((line) => line.split('  ').reverse() as [string, string]),
  );

describe('npm run release', () => {
  it('writes a dated release: a zip of every data file with checksums, and the changes since the release before', async () => {
    const { repo, commit, release } = repository();
    release();
    const [first] = JSON.parse(readFileSync(join(repo, 'public/data/releases/releases.json'), 'utf8'));
    expect(first.version).toMatch(/^2026-01-10-[0-9a-f]{12}$/);
    const folder = join(repo, 'public/data/releases', first.version);
    const zip = readFileSync(join(folder, first.zip));
    expect(sha256(zip)).toBe(first.sha256);
    expect(sums(readFileSync(join(folder, 'SHA256SUMS'), 'utf8')).get(first.zip)).toBe(first.sha256);

    // The zip holds exactly the files an export of that registry writes, and checksums that match them.
    const entries = unzipSync(zip);
    const prefix = `kyzmat-data-${first.version}/`;
    const exported = filesUnder((await exportRegistry(join(repo, 'registry'))).data);
    expect(Object.keys(entries).sort()).toEqual([...[...exported.keys()].map((file) => prefix + file), `${prefix}SHA256SUMS`].sort());
    for (const [file, bytes] of exported) expect(Buffer.from(entries[prefix + file]!).equals(bytes), file).toBe(true);
    const inner = sums(new TextDecoder().decode(entries[`${prefix}SHA256SUMS`]));
    for (const [file, bytes] of exported) expect(inner.get(file), file).toBe(sha256(bytes));
    expect(readFileSync(join(repo, 'CITATION.cff'), 'utf8')).toContain(`version: "${first.version}"`);
    expect(JSON.parse(readFileSync(join(repo, '.zenodo.json'), 'utf8'))).toMatchObject({ version: first.version, publication_date: '2026-01-10' });

    // Nothing new to release: nothing changes.
    expect(release()).toContain('exists already');

    const service = join(repo, 'registry/services/birth-registration.yaml');
    writeFileSync(service, readFileSync(service, 'utf8').replace('amount: 510', 'amount: 520'));
    commit('2026-02-01T10:00:00+00:00');
    release();
    const all = JSON.parse(readFileSync(join(repo, 'public/data/releases/releases.json'), 'utf8'));
    expect(all.map((item: { version: string }) => item.version)).toEqual([expect.stringMatching(/^2026-02-01-/), first.version]);
    const changes = readFileSync(join(repo, 'public/data/releases', all[0].version, 'CHANGES.md'), 'utf8');
    expect(changes).toContain(`Changes since ${first.version}`);
    expect(changes).toContain('birth-registration');
    expect(readFileSync(join(repo, 'public/data/CHANGELOG.md'), 'utf8')).toContain(all[0].version);
  });
});
