import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError, loadRegistry } from '../../src/lib/registry/index.ts';
import { jsonSchemas, jsonSchemaText } from '../../src/lib/registry/json-schemas.ts';
import { repoRoot } from '../helpers/fixtures.ts';

describe('the real registry', () => {
  const { registry, errors } = loadRegistry(join(repoRoot, 'registry'), { displayRoot: 'registry' });

  it('passes validation', () => {
    expect(errors.map(formatError)).toEqual([]);
  });

  it('holds the reference content: services, acts, agencies, every municipality and the 2012 paper', () => {
    expect(registry!.services.length).toBeGreaterThanOrEqual(30);
    expect(registry!.acts.length).toBeGreaterThanOrEqual(30);
    expect(registry!.agencies.length).toBeGreaterThanOrEqual(20);
    expect(registry!.municipalities.length).toBe(9 + 53 + 460);
    expect(registry!.assessments.map((assessment) => assessment.id)).toContain('soros-2012-civil-society-participation');
  });

  it('cites a source for every record and every fee', () => {
    for (const service of registry!.services) {
      expect(service.sources.length, service.id).toBeGreaterThan(0);
      for (const fee of service.payment?.fees ?? []) expect(fee.act ?? fee.sources ?? service.payment!.sources, service.id).toBeTruthy();
    }
  });
});

describe('the JSON Schemas editors use', () => {
  it('are the ones generated from the zod schemas (run "npm run schemas" after changing a schema)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const committed = readFileSync(join(repoRoot, 'registry/_schemas', `${name}.schema.json`), 'utf8');
      expect(committed, `${name}.schema.json is stale`).toBe(jsonSchemaText(schema));
    }
  });
});
