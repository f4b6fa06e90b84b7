import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { escapeFormula, unescapeFormula } from '../../src/lib/export/spreadsheet-escape.ts';
import { fixturePath } from '../helpers/fixtures.ts';
import { exportRegistry, readCsv, readJson } from './open-data-files.ts';

const { data, api } = await exportRegistry(fixturePath('open-data-edge-cases'));
const nameRu = 'Разрешение на торговлю: «рынок», "кавычки", запятые';
const nameKy = 'Базарда соода кылууга уруксат берүү (ң, ө, ү)';
const resultRu = 'Первая строка,\nвторая строка с "кавычками"';
const resultKy = 'Уруксат берилет.\nЭкинчи сап: ң ө ү.';

const csvRow = (table: string, key: (row: Record<string, string>) => boolean) => readCsv(join(data, `${table}.csv`)).rows.find(key)!;
const sql = (query: string) => {
  const database = new DatabaseSync(join(data, 'registry.sqlite'), { readOnly: true });
  try {
    return database.prepare(query).get() as Record<string, unknown>;
  } finally {
    database.close();
  }
};

describe('text with commas, quotes, line breaks and Kyrgyz letters', () => {
  it('survives CSV exactly, with RFC 4180 quoting and CRLF line ends', () => {
    const row = csvRow('services', (r) => r.id === 'market-trade-permit');
    expect(row.name_ru).toBe(nameRu);
    expect(row.name_ky).toBe(nameKy);
    expect(row.result_text_ru).toBe(resultRu);
    expect(row.result_text_ky).toBe(resultKy);
    const text = readFileSync(join(data, 'services.csv'), 'utf8');
    expect(text).toContain('"Разрешение на торговлю: «рынок», ""кавычки"", запятые"');
    expect(text).toContain('"Первая строка,\nвторая строка с ""кавычками"""');
    expect(text.split('\r\n').at(-1)).toBe('');
    expect(text.charCodeAt(0)).toBe('i'.charCodeAt(0));
  });

  it('survives JSON, the static API, SQLite and JSON-LD exactly', () => {
    const fromJson = readJson(join(data, 'services.json')).find((s: { id: string }) => s.id === 'market-trade-permit');
    expect(fromJson.name).toEqual({ ky: nameKy, ru: nameRu });
    expect(fromJson.standard.result.text).toEqual({ ky: resultKy, ru: resultRu });
    expect(readJson(join(api, 'services/market-trade-permit.json')).standard.result.text).toEqual({ ky: resultKy, ru: resultRu });
    expect(sql(`SELECT name_ru, name_ky, result_text_ru FROM services WHERE id = 'market-trade-permit'`)).toEqual({ name_ru: nameRu, name_ky: nameKy, result_text_ru: resultRu });
    const node = readJson(join(data, 'services.jsonld'))['@graph'].find((n: { identifier?: string }) => n.identifier === 'market-trade-permit');
    expect(node.title).toEqual({ ky: nameKy, ru: nameRu });
    expect(node.produces[0].description).toEqual({ ky: resultKy, ru: resultRu });
  });
});

describe('cells a spreadsheet would run as a formula', () => {
  it('begin with an apostrophe in CSV text columns', () => {
    expect(csvRow('fees', (r) => r.service_id === 'market-trade-permit' && r.position === '2').for_ru).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(csvRow('fees', (r) => r.service_id === 'market-trade-permit' && r.position === '1')).toMatchObject({
      for_ky: "'@бир күнгө",
      for_ru: "'-за один день, с НДС",
      amount: '0.5',
    });
    expect(csvRow('documents', (r) => r.service_id === 'market-trade-permit' && r.position === '2').name_ky).toBe("'+паспорт");
    expect(csvRow('services', (r) => r.id === 'market-trade-permit')).toMatchObject({ register_item: "'-1", everyday_names_ky: "'=соода уруксаты\n+996 312 000 000" });
    expect(csvRow('sources', (r) => r.record_id === 'market-trade-permit' && r.field === 'sources').quote).toBe(`'=1+1, "quoted"\nnext line`);
  });

  it('keep a value that already starts with an apostrophe recoverable', () => {
    expect(csvRow('documents', (r) => r.service_id === 'market-trade-permit' && r.position === '1').name_ru).toBe("''=уже с апострофом");
    for (const text of ["'=уже с апострофом", '=1', '-5', "''+x", "'plain", 'plain', '@a']) expect(unescapeFormula(escapeFormula(text))).toBe(text);
  });

  it('are left as they are in SQLite and JSON, which spreadsheets do not evaluate', () => {
    expect(sql(`SELECT for_ru FROM fees WHERE service_id = 'market-trade-permit' AND position = 2`)).toEqual({ for_ru: '=HYPERLINK("http://evil.example")' });
    expect(readJson(join(data, 'services.json')).find((s: { id: string }) => s.id === 'market-trade-permit').register.item).toBe('-1');
  });
});
