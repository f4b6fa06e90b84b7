import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Gives the whole test run one temporary folder: every temporary file of a test, a build, Chromium
 * or git lands under it (they all follow TMPDIR), and it is removed when the run ends, so a run
 * leaves nothing behind in the system's temporary folder even when a test fails half-way.
 */
export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const folder = mkdtempSync(join(tmpdir(), 'kyzmat-test-run-'));
  process.env.TMPDIR = folder;
  return () => {
    rmSync(folder, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  };
}
