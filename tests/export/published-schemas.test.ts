import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { jsonCollections } from '../../src/lib/export/json-collections.ts';
import { fixturePath, repoRoot } from '../helpers/fixtures.ts';
import { exportRegistry, readCsv, readJson } from './open-data-files.ts';

const cases = [
  ['the edge-case fixture', await exportRegistry(fixturePath('open-data-edge-cases'))],
  ['the real registry', await exportRegistry(join(repoRoot, 'registry'))],
] as const;

/** A validator that knows every schema published in data/schemas/, as a researcher would load them. */
function publishedValidator(data: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const schemas = new Map<string, { $id: string }>();
  for (const file of readdirSync(join(data, 'schemas'))) {
    const schema = readJson(join(data, 'schemas', file));
    ajv.addSchema(schema);
    schemas.set(file, schema);
  }
  return (schemaFile: string, value: unknown) => {
    const validate = ajv.getSchema(schemas.get(schemaFile)!.$id)!;
    return validate(value) ? [] : validate.errors!.slice(0, 5).map((error) => `${error.instancePath} ${error.message}`);
  };
}

// The official Tabular Data Package profile (JSON Schema draft-04), copied from the frictionlessdata
// "datapackage" npm package 1.1.10 (MIT), since the tests may not reach specs.frictionlessdata.io.
const tabularDataPackageProfile = JSON.parse(readFileSync(join(import.meta.dirname, 'profiles/tabular-data-package.json'), 'utf8'));

describe.each(cases)('the published files of %s', (_name, { data, api }) => {
  const validate = publishedValidator(data);

  it('has every JSON file valid against its published JSON Schema', () => {
    for (const { file, schemaFile } of jsonCollections) expect(validate(schemaFile, readJson(join(data, file))), file).toEqual([]);
    for (const file of readdirSync(join(api, 'services'))) expect(validate('service.schema.json', readJson(join(api, 'services', file))), file).toEqual([]);
    for (const file of ['services.json', 'agencies.json', 'acts.json', 'municipalities.json'])
      expect(validate('api-index.schema.json', readJson(join(api, file))), file).toEqual([]);
  });

  it('rejects a record that breaks its schema, so the check above can fail', () => {
    const [service] = readJson(join(data, 'services.json'));
    expect(validate('services.schema.json', [{ ...service, level: 'federal' }])).not.toEqual([]);
  });

  it('has a datapackage.json valid against the Tabular Data Package profile', () => {
    const ajv = new AjvDraft04({ allErrors: true, strict: false });
    addFormats(ajv as never);
    ajv.addFormat('textarea', true);
    const descriptor = readJson(join(data, 'datapackage.json'));
    const valid = ajv.validate(tabularDataPackageProfile, descriptor);
    expect(valid ? [] : ajv.errors).toEqual([]);
    expect(ajv.validate(tabularDataPackageProfile, { ...descriptor, resources: [{ ...descriptor.resources[0], schema: { fields: 'id' } }] })).toBe(false);
    expect(descriptor.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0' })]);
    expect(JSON.stringify(descriptor)).toContain('https://github.com/open-admin-data/kyrgyzstan-administrative-divisions');
  });

  it('describes each CSV exactly: same columns, typed values, unique primary keys, foreign keys that resolve', () => {
    const descriptor = readJson(join(data, 'datapackage.json'));
    const tables = new Map<string, Record<string, string>[]>();
    for (const resource of descriptor.resources) {
      const { header, rows } = readCsv(join(data, resource.path));
      expect(header, resource.name).toEqual(resource.schema.fields.map((field: { name: string }) => field.name));
      tables.set(resource.name, rows);
    }
    const patterns: Record<string, RegExp> = { integer: /^-?\d+$/, number: /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i, boolean: /^(true|false)$/, date: /^\d{4}-\d{2}-\d{2}$/ };
    for (const resource of descriptor.resources) {
      const rows = tables.get(resource.name)!;
      for (const field of resource.schema.fields) {
        const pattern = patterns[field.type];
        if (!pattern) continue;
        for (const row of rows) if (row[field.name] !== '') expect(row[field.name], `${resource.name}.${field.name}`).toMatch(pattern);
      }
      const keys = rows.map((row) => resource.schema.primaryKey.map((name: string) => row[name]).join('\u0000'));
      expect(new Set(keys).size, `${resource.name} primary key`).toBe(rows.length);
      for (const foreignKey of resource.schema.foreignKeys ?? []) {
        const target = tables.get(foreignKey.reference.resource || resource.name)!;
        const ids = new Set(target.map((row) => row[foreignKey.reference.fields]));
        for (const row of rows) {
          const value = row[foreignKey.fields];
          if (value !== '') expect(ids.has(value), `${resource.name}.${foreignKey.fields} = ${value}`).toBe(true);
        }
      }
    }
  });
});
