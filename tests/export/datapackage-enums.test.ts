import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportTables } from '../../src/lib/export/export-tables.ts';
import { actStatus, actType, agencyKind, channelKind, municipalityLevel, paymentKind, registerKind, timeUnit } from '../../src/schemas/index.ts';
import { fixturePath, repoRoot } from '../helpers/fixtures.ts';
import { exportRegistry, readCsv, readJson } from './open-data-files.ts';

const real = await exportRegistry(join(repoRoot, 'registry'));
const fixture = await exportRegistry(fixturePath('open-data-edge-cases'));
const descriptor = readJson(join(real.data, 'datapackage.json'));
const field = (resource: string, name: string) =>
  descriptor.resources.find((item: { name: string }) => item.name === resource).schema.fields.find((item: { name: string }) => item.name === name);

describe("the Data Package's enumerations", () => {
  it("match the registry's zod enumerations", () => {
    const expected: [string, string, readonly string[]][] = [
      ['services', 'payment_kind', paymentKind.options],
      ['services', 'register_kind', registerKind.options],
      ['services', 'register_payment', paymentKind.options],
      ['services', 'level', ['state', 'municipal']],
      ['services', 'status', ['active', 'retired']],
      ['fees', 'currency', ['KGS', 'USD']],
      ['fees', 'within_unit', timeUnit.options],
      ['steps', 'time_limit_unit', timeUnit.options],
      ['channels', 'kind', channelKind.options],
      ['agencies', 'kind', agencyKind.options],
      ['acts', 'type', actType.options],
      ['acts', 'status', actStatus.options],
      ['municipalities', 'level', municipalityLevel.options],
    ];
    for (const [resource, name, values] of expected) expect(field(resource, name).constraints.enum, `${resource}.${name}`).toEqual([...values]);
  });

  it('are published for every column that holds one, each from its schema and with every value explained', () => {
    let fromSchemas = 0;
    for (const table of exportTables) {
      for (const column of table.columns) {
        const published = field(table.name, column.name);
        if (!column.enumeration) {
          expect(published.constraints?.enum, `${table.name}.${column.name}`).toBeUndefined();
          continue;
        }
        if (column.enumeration.schema) {
          fromSchemas++;
          expect(published.constraints.enum, `${table.name}.${column.name}`).toEqual(column.enumeration.schema.options);
        }
        for (const value of published.constraints.enum) {
          expect(published.description, `${table.name}.${column.name}`).toContain(`"${value}" (`);
          expect(published.categories.find((category: { value: string }) => category.value === value).label).toMatch(/\w/);
        }
      }
    }
    expect(fromSchemas).toBeGreaterThanOrEqual(15);
    expect(field('acts', 'status').description).toContain('"unknown" (not yet confirmed');
  });

  it('hold every value the CSV files hold', () => {
    for (const { data } of [real, fixture]) {
      const published = readJson(join(data, 'datapackage.json'));
      for (const resource of published.resources) {
        const { rows } = readCsv(join(data, resource.path));
        for (const item of resource.schema.fields) {
          if (!item.constraints?.enum) continue;
          for (const row of rows) if (row[item.name] !== '') expect(item.constraints.enum, `${resource.name}.${item.name}`).toContain(row[item.name]);
        }
      }
    }
  });
});

describe('the rest of the Data Package', () => {
  it('gives every table a title and description in Kyrgyz and Russian beside English', () => {
    expect(descriptor.kyzmat_title).toMatchObject({ ky: expect.stringContaining('реестри'), ru: expect.stringContaining('реестр') });
    for (const resource of descriptor.resources) {
      expect(resource.title, resource.name).toMatch(/\w/);
      for (const lang of ['ky', 'ru']) {
        expect(resource.kyzmat_title[lang], `${resource.name} ${lang}`).toMatch(/[а-яөүң]/i);
        expect(resource.kyzmat_description[lang], `${resource.name} ${lang}`).toMatch(/[а-яөүң]/i);
      }
    }
  });

  it('includes the statistics tables', () => {
    const statistics = descriptor.resources.filter((resource: { path: string }) => resource.path.startsWith('statistics/')).map((resource: { name: string }) => resource.name);
    expect(statistics).toEqual(expect.arrayContaining(['by-register', 'by-payment', 'fee-amounts', 'completeness']));
  });

  it('writes booleans both ways, and leaves them empty only where the part is not documented', () => {
    const { rows } = readCsv(join(real.data, 'services.csv'));
    const values = (name: string) => new Set(rows.map((row) => row[name]));
    expect(values('payment_fee_undocumented')).toEqual(new Set(['true', 'false', ...(rows.some((row) => row.payment_kind === '') ? [''] : [])]));
    expect([...values('documents_complete')].filter((value) => value !== '').sort()).toEqual(['false', 'true']);
    for (const row of rows) expect(row.payment_fee_undocumented === '', row.id).toBe(row.payment_kind === '');
  });
});
