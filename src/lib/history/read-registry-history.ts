import { execFileSync } from 'node:child_process';

/** One commit that touched the registry, with the record files it added, changed or deleted. */
export interface RegistryCommit {
  commit: string;
  /** Commit date in UTC, ISO 8601. */
  date: string;
  subject: string;
  /** Paths relative to the registry folder, e.g. "services/id-card.yaml", with git's status letter. */
  files: { path: string; status: 'A' | 'M' | 'D' }[];
}

/** One change to one file, as a record's history lists it. */
export interface FileChange {
  commit: string;
  date: string;
  subject: string;
  status: 'A' | 'M' | 'D';
}

export type RegistryHistory = { available: true; commits: RegistryCommit[]; byFile: Map<string, FileChange[]> } | { available: false; reason: 'shallow-clone' | 'no-git' };

const recordSeparator = '\x1e';
const fieldSeparator = '\x1f';

function git(root: string, args: string[]): string {
  return execFileSync('git', ['-C', root, '-c', 'core.quotePath=false', ...args], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** Parses `git log --format=%x1e%H%x1f%ct%x1f%s --name-status` output, newest commit first. */
export function parseGitLog(output: string): RegistryCommit[] {
  return output
    .split(recordSeparator)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [header, ...rest] = chunk.split('\n');
      const [commit, seconds, subject] = header!.split(fieldSeparator);
      const files = rest
        .filter((line) => line.trim() !== '')
        .map((line) => {
          const [status, path] = line.split('\t');
          return { path: path!, status: status!.charAt(0) as 'A' | 'M' | 'D' };
        });
      return { commit: commit!, date: new Date(Number(seconds) * 1000).toISOString(), subject: subject ?? '', files };
    });
}

/**
 * The change history of every file of the registry, from ONE `git log` pass over its folder, so
 * that the cost stays flat however many records there are. A shallow clone has cut history and
 * would show wrong dates, so it reports history as unavailable, as does a folder outside git.
 */
export function readRegistryHistory(root: string): RegistryHistory {
  let shallow: string;
  try {
    shallow = git(root, ['rev-parse', '--is-shallow-repository']).trim();
  } catch {
    return { available: false, reason: 'no-git' };
  }
  if (shallow === 'true') return { available: false, reason: 'shallow-clone' };

  let output: string;
  try {
    // --relative gives paths inside the registry folder; --no-renames keeps one file per record id.
    output = git(root, ['log', '--relative', '--no-renames', `--format=${recordSeparator}%H${fieldSeparator}%ct${fieldSeparator}%s`, '--name-status', '--', '.']);
  } catch {
    // A repository without commits yet has no history to show.
    return { available: false, reason: 'no-git' };
  }
  const commits = parseGitLog(output);
  const byFile = new Map<string, FileChange[]>();
  for (const { commit, date, subject, files } of commits) {
    for (const { path, status } of files) {
      const list = byFile.get(path);
      const change = { commit, date, subject, status };
      if (list) list.push(change);
      else byFile.set(path, [change]);
    }
  }
  return { available: true, commits, byFile };
}
