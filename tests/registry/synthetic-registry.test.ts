import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError, loadRegistry } from '../../src/lib/registry/index.ts';
import { generateSyntheticRegistry } from '../../src/lib/synthetic/generate-synthetic-registry.ts';
import { repoRoot } from '../helpers/fixtures.ts';

describe('the synthetic registry used for scale benchmarks', () => {
  it('has the requested number of services and passes validation', () => {
    const to = join(mkdtempSync(join(tmpdir(), 'kyzmat-synthetic-')), 'registry');
    generateSyntheticRegistry({ from: join(repoRoot, 'registry'), to, services: 200 });
    expect(readdirSync(join(to, 'services')).length).toBe(200);
    const { registry, errors } = loadRegistry(to);
    expect(errors.map(formatError)).toEqual([]);
    expect(registry!.services.length).toBe(200);
  });

  it('refuses to overwrite the real registry', () => {
    expect(() => generateSyntheticRegistry({ from: join(repoRoot, 'registry'), to: join(repoRoot, 'registry'), services: 1 })).toThrow(/refusing/);
  });
});
