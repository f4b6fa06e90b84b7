import { execFileSync } from 'node:child_process';

/** Which version of the registry a build or an export is: the last commit that changed it, never the build time. */
export interface DataVersion {
  /** Commit date, ISO 8601, or "unknown". */
  date: string;
  /** Commit hash, or "unknown". */
  commit: string;
}

/**
 * The version of the registry in `folder`: the date and hash of the last commit that changed a file
 * in it, so a commit that changes only code leaves the data version (and every data file) as it was.
 * "unknown" outside git.
 */
export function dataVersion(folder: string): DataVersion {
  try {
    const [date, commit] = execFileSync('git', ['log', '-1', '--format=%cI%n%H', '--', '.'], { cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .split('\n');
    if (date && commit) return { date, commit };
  } catch {
    // No git, or not a repository: the export is still valid, only its version is unknown.
  }
  return { date: 'unknown', commit: 'unknown' };
}

/** The version as one short label, e.g. "2026-11-21-52e5c8e0a1b2". */
export const versionLabel = (version: DataVersion): string => (version.commit === 'unknown' ? 'unknown' : `${version.date.slice(0, 10)}-${version.commit.slice(0, 12)}`);
