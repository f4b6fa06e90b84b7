import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const fixturePath = (name: string) => join(repoRoot, 'tests/fixtures/registries', name);

/** A throw-away copy of a fixture registry, to change one thing and see what the validator says. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `kyzmat-${name}-`));
  cpSync(fixturePath(name), dir, { recursive: true });
  return dir;
}

export function writeIn(dir: string, file: string, content: string | Uint8Array): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), content);
}

/** Copies of a fixture for one test file, all removed when its tests are done. */
export function fixtureCopies(name: string): () => string {
  const copies: string[] = [];
  afterAll(() => {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = copyFixture(name);
    copies.push(dir);
    return dir;
  };
}
