import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixturePath, repoRoot } from '../helpers/fixtures.ts';
import { decodeCell, exportRegistry, readCsv, readJson } from './open-data-files.ts';

/** A workbook read back the way a spreadsheet opens it: each sheet as its header and rows of cell values. */
async function readWorkbook(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets = new Map<
    string,
    { header: string[]; rows: unknown[][]; types: ExcelJS.ValueType[][]; formats: (string | undefined)[][]; views: Partial<ExcelJS.WorksheetView>[] }
  >();
  workbook.eachSheet((sheet) => {
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const rows: unknown[][] = [];
    const types: ExcelJS.ValueType[][] = [];
    const formats: (string | undefined)[][] = [];
    for (let number = 2; number <= sheet.rowCount; number++) {
      const row = sheet.getRow(number);
      rows.push(header.map((_name, index) => row.getCell(index + 1).value ?? undefined));
      types.push(header.map((_name, index) => row.getCell(index + 1).type));
      formats.push(header.map((_name, index) => row.getCell(index + 1).numFmt));
    }
    sheets.set(sheet.name, { header, rows, types, formats, views: sheet.views });
  });
  return sheets;
}

const asCell = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

describe.each([
  ['the edge-case fixture', fixturePath('open-data-edge-cases')],
  ['the real registry', join(repoRoot, 'registry')],
])('registry.xlsx of %s', (_name, registryDir) => {
  it('has one sheet per CSV table with the same rows, typed cells and Cyrillic intact', async () => {
    const { data } = await exportRegistry(registryDir);
    const sheets = await readWorkbook(join(data, 'registry.xlsx'));
    const resources = readJson(join(data, 'datapackage.json')).resources as {
      name: string;
      path: string;
      schema: { fields: { name: string; type: 'string' | 'integer' | 'number' | 'boolean' | 'date' }[] };
    }[];
    expect([...sheets.keys()]).toEqual(resources.map((resource) => resource.name));
    for (const resource of resources) {
      const sheet = sheets.get(resource.name)!;
      const { header, rows } = readCsv(join(data, resource.path));
      expect(sheet.header, resource.name).toEqual(header);
      // The CSV decoded as its Data Package says (escaping undone) equals the workbook's values.
      const expected = rows.map((row) => resource.schema.fields.map((field) => decodeCell(row[field.name]!, field.type)));
      expect(
        sheet.rows.map((row) => row.map(asCell)),
        resource.name,
      ).toEqual(expected);
      resource.schema.fields.forEach((field, index) => {
        const wanted = {
          string: ExcelJS.ValueType.String,
          integer: ExcelJS.ValueType.Number,
          number: ExcelJS.ValueType.Number,
          boolean: ExcelJS.ValueType.Boolean,
          date: ExcelJS.ValueType.Date,
        }[field.type];
        for (const types of sheet.types) if (types[index] !== ExcelJS.ValueType.Null) expect(types[index], `${resource.name}.${field.name}`).toBe(wanted);
        // Dates show as dates, not as the day numbers a spreadsheet stores.
        if (field.type === 'date') for (const formats of sheet.formats) expect(formats[index], `${resource.name}.${field.name}`).toBe('yyyy-mm-dd');
      });
      // The header row stays in view while scrolling.
      expect(sheet.views, resource.name).toEqual([expect.objectContaining({ state: 'frozen', ySplit: 1 })]);
    }
  });
});

describe('registry.xlsx', () => {
  it('keeps ids that look like dates or numbers as text, and Kyrgyz letters as they are', async () => {
    const { data } = await exportRegistry(fixturePath('open-data-edge-cases'));
    const services = (await readWorkbook(join(data, 'registry.xlsx'))).get('services')!;
    const nameKy = services.header.indexOf('name_ky');
    const item = services.header.indexOf('register_item');
    const market = services.rows.find((row) => row[0] === 'market-trade-permit')!;
    expect(market[nameKy]).toBe('Базарда соода кылууга уруксат берүү (ң, ө, ү)');
    expect(market[item]).toBe('-1');
    for (const row of services.rows) expect(typeof row[0]).toBe('string');
  });
});
