import { execFileSync } from 'node:child_process';

/** Which registry version an export is: the last commit's date and hash, never the build time. */
export interface DataVersion {
  /** Commit date, ISO 8601, or "unknown". */
  date: string;
  /** Commit hash, or "unknown". */
  commit: string;
}

/** The version of the registry in `folder` from git (`git log -1`), or "unknown" without git. */
export function dataVersion(folder: string): DataVersion {
  try {
    const [date, commit] = execFileSync('git', ['log', '-1', '--format=%cI%n%H'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .split('\n');
    if (date && commit) return { date, commit };
  } catch {
    // No git, or not a repository: the export is still valid, only its version is unknown.
  }
  return { date: 'unknown', commit: 'unknown' };
}

/** The version as one short label, e.g. "2026-11-21-52e5c8e0a1b2". */
export const versionLabel = (version: DataVersion): string =>
  version.commit === 'unknown' ? 'unknown' : `${version.date.slice(0, 10)}-${version.commit.slice(0, 12)}`;
