import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoadResult, loadRegistry } from '../registry/index.ts';

/** The registry folder as a git commit has it, written out into a temporary folder. */
export interface RegistryAtRef {
  folder: string;
  remove: () => void;
}

/**
 * Writes the registry folder of one git ref into a temporary folder with one `git archive`, so
 * that the loader reads it like any other registry.
 */
export function materialiseRegistry(repo: string, ref: string, registryPath = 'registry'): RegistryAtRef {
  const dir = mkdtempSync(join(tmpdir(), 'kyzmat-ref-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const archive = execFileSync('git', ['-C', repo, 'archive', '--format=tar', ref, '--', registryPath], {
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  } catch (error) {
    remove();
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`cannot read "${registryPath}" at "${ref}": ${stderr || (error as Error).message}`);
  }
  return { folder: join(dir, registryPath), remove };
}

/** Loads the registry of a git ref; file paths in errors read as in the repository ("registry/services/x.yaml"). */
export function loadRegistryAtRef(repo: string, ref: string, registryPath = 'registry'): LoadResult {
  const materialised = materialiseRegistry(repo, ref, registryPath);
  try {
    return loadRegistry(materialised.folder, { displayRoot: registryPath });
  } finally {
    materialised.remove();
  }
}
