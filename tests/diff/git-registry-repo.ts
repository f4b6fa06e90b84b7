import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath, writeIn } from '../helpers/fixtures.ts';

/** A throw-away git repository holding a fixture registry in registry/, committed step by step. */
export interface RegistryRepo {
  dir: string;
  registry: string;
  git: (...args: string[]) => string;
  /** Writes files (paths inside registry/) and commits them; returns the commit hash. */
  commit: (subject: string, files: Record<string, string>) => string;
}

export function createRegistryRepo(fixture = 'minimal'): RegistryRepo {
  const dir = mkdtempSync(join(tmpdir(), 'kyzmat-repo-'));
  let commits = 0;
  // Fixed, increasing dates (one month per commit) make history order and dates assertable.
  const date = () => `2025-${String(1 + commits).padStart(2, '0')}-15T10:00:00Z`;
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: date(),
        GIT_COMMITTER_DATE: date(),
      },
    });
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Test Volunteer');
  git('config', 'user.email', 'volunteer@example.org');
  git('config', 'commit.gpgsign', 'false');
  cpSync(fixturePath(fixture), join(dir, 'registry'), { recursive: true });
  const commit = (subject: string, files: Record<string, string>) => {
    for (const [file, content] of Object.entries(files)) writeIn(join(dir, 'registry'), file, content);
    git('add', '--all');
    git('commit', '--quiet', '-m', subject);
    commits += 1;
    return git('rev-parse', 'HEAD').trim();
  };
  commit('Start from the minimal registry', {});
  return { dir, registry: join(dir, 'registry'), git, commit };
}
