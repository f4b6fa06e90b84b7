import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, createDeflateRaw } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import { type DataVersion, versionLabel } from '../history/registry-version.ts';
import { dataSetTitle } from './datapackage.ts';
import type { Cell, ColumnType, ExportTable } from './table-contract.ts';

// Every entry of the zip gets this time, so the same data always gives the same bytes. The zip
// stores local time, so this is midnight of 1 January 1980 wherever the build runs.
const fixedTime = new Date(1980, 0, 1);

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Escapes text for XML as exceljs did: the five entities, and control characters XML cannot hold left out. */
function xmlText(text: string): string {
  return text.replace(/["&'<>\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, (char) => xmlEntities[char] ?? '');
}
const xmlEntities: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** The column letters of a spreadsheet: A..Z, AA.. */
function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** A date as a spreadsheet counts it: days since 30 December 1899. */
const excelDate = (isoDate: string): number => 25569 + Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/** The one cell style beside the default: dates, shown as yyyy-mm-dd. */
const dateStyle = 1;

/** The workbook's texts, each stored once and referred to by number, as spreadsheets do. */
class SharedStrings {
  private readonly ids = new Map<string, number>();
  references = 0;

  id(text: string): number {
    this.references++;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(text, id);
    }
    return id;
  }

  *xml(): Iterable<string> {
    yield `${xmlHead}<sst xmlns="${main}" count="${this.references}" uniqueCount="${this.ids.size}">`;
    for (const text of this.ids.keys()) yield /^\s|\n|\s$/.test(text) ? `<si><t xml:space="preserve">${xmlText(text)}</t></si>` : `<si><t>${xmlText(text)}</t></si>`;
    yield '</sst>';
  }
}

/** One cell's XML: text as a shared string, numbers, booleans, and dates as numbers in the date style; nothing for an empty cell. */
function cellXml(reference: string, value: Cell, type: ColumnType, strings: SharedStrings): string {
  const style = type === 'date' ? ` s="${dateStyle}"` : '';
  if (value === undefined) return style ? `<c r="${reference}"${style}/>` : '';
  if (typeof value === 'number') return `<c r="${reference}"${style}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${reference}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  const serial = type === 'date' ? excelDate(value) : Number.NaN;
  if (!Number.isNaN(serial)) return `<c r="${reference}"${style}><v>${serial}</v></c>`;
  return `<c r="${reference}"${style} t="s"><v>${strings.id(value)}</v></c>`;
}

/** Column widths from the names' lengths, runs of equal columns joined, as exceljs wrote them. */
function colsXml(table: ExportTable): string {
  const cols = table.columns.map((column) => ({ width: Math.min(60, Math.max(10, column.name.length + 2)), date: column.type === 'date' }));
  let xml = '';
  for (let first = 0; first < cols.length; ) {
    let last = first;
    while (last + 1 < cols.length && cols[last + 1]!.width === cols[first]!.width && cols[last + 1]!.date === cols[first]!.date) last++;
    const style = cols[first]!.date ? ` style="${dateStyle}"` : '';
    xml += `<col min="${first + 1}" max="${last + 1}" width="${cols[first]!.width}"${style} customWidth="1"/>`;
    first = last + 1;
  }
  return `<cols>${xml}</cols>`;
}

/** A sheet: its header row frozen above typed rows. */
function* sheetXml(table: ExportTable, rows: readonly unknown[], strings: SharedStrings): Iterable<string> {
  const letters = table.columns.map((_column, index) => columnLetters(index));
  yield `${xmlHead}<worksheet xmlns="${main}" xmlns:r="${relationships}">`;
  yield '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>';
  yield `<sheetFormatPr defaultRowHeight="15"/>${colsXml(table)}<sheetData>`;
  const header = table.columns.map((column, index) => `<c r="${letters[index]}1"${column.type === 'date' ? ` s="${dateStyle}"` : ''} t="s"><v>${strings.id(column.name)}</v></c>`);
  yield `<row r="1">${header.join('')}</row>`;
  for (let index = 0; index < rows.length; index++) {
    const number = index + 2;
    let cells = '';
    for (let column = 0; column < table.columns.length; column++) {
      const { value, type } = table.columns[column]!;
      cells += cellXml(`${letters[column]}${number}`, value(rows[index]), type, strings);
    }
    yield `<row r="${number}">${cells}</row>`;
  }
  yield '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
}

// Header cells of date columns get the date style too: exceljs gave a column's style to all its cells.
const stylesXml =
  `${xmlHead}<styleSheet xmlns="${main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** The parts around the sheets: content types, relationships, the workbook and its properties. */
function packageParts(names: string[], version: DataVersion): Record<string, string> {
  const sheets = names.map((name, index) => ({ name: xmlText(name), part: `worksheets/sheet${index + 1}.xml`, id: `rId${index + 3}` }));
  const created = version.date === 'unknown' ? new Date('1980-01-01T00:00:00Z') : new Date(version.date);
  const when = `${created.toISOString().slice(0, 19)}Z`;
  const contentType = (part: string, type: string) => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-${type}+xml"/>`;
  return {
    '[Content_Types].xml':
      `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      contentType('xl/workbook.xml', 'officedocument.spreadsheetml.sheet.main') +
      sheets.map((sheet) => contentType(`xl/${sheet.part}`, 'officedocument.spreadsheetml.worksheet')).join('') +
      contentType('xl/styles.xml', 'officedocument.spreadsheetml.styles') +
      contentType('xl/sharedStrings.xml', 'officedocument.spreadsheetml.sharedStrings') +
      contentType('docProps/core.xml', 'package.core-properties') +
      contentType('docProps/app.xml', 'officedocument.extended-properties') +
      '</Types>',
    '_rels/.rels':
      `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${relationships}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    'docProps/app.xml':
      `${xmlHead}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<Application>kyzmat</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${sheets.map((sheet) => `<vt:lpstr>${sheet.name}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts></Properties>`,
    'docProps/core.xml':
      `${xmlHead}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:creator>kyzmat</dc:creator><dc:title>${xmlText(dataSetTitle.en)}</dc:title>` +
      `<dc:description>${xmlText(`Data version ${versionLabel(version)}, commit ${version.commit}. Licence: CC BY 4.0.`)}</dc:description>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`,
    'xl/workbook.xml':
      `${xmlHead}<workbook xmlns="${main}" xmlns:r="${relationships}"><sheets>` +
      sheets.map((sheet, index) => `<sheet name="${sheet.name}" sheetId="${index + 1}" r:id="${sheet.id}"/>`).join('') +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${relationships}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId2" Type="${relationships}/sharedStrings" Target="sharedStrings.xml"/>` +
      sheets.map((sheet) => `<Relationship Id="${sheet.id}" Type="${relationships}/worksheet" Target="${sheet.part}"/>`).join('') +
      '</Relationships>',
    'xl/styles.xml': stylesXml,
  };
}

/** How many bytes of UTF-8 addEntry gathers before it hands them to zlib. */
const blockSize = 1 << 20;

/**
 * Writes a zip entry from pieces of text, encoded into blocks of about a megabyte and compressed by
 * Node's zlib (in its thread pool, while this thread writes the next rows; several times faster
 * than compressing in JavaScript). fflate's Zip puts the entries in order around them. Each piece
 * (a row, a shared string) is encoded straight into the block: gathering the pieces as one string
 * first made V8 copy each megabyte into a flat string before encoding it, 3 s of the 20,000-service
 * workbook's 147 MB. A piece is whole, so no character is split between two blocks.
 */
async function addEntry(zip: Zip, filename: string, pieces: Iterable<string>): Promise<void> {
  const entry: ZipInputFile = { filename, compression: 8, mtime: fixedTime, size: 0, crc: 0, terminate: () => deflate.destroy() };
  zip.add(entry);
  const deflate = createDeflateRaw({ level: 6 });
  deflate.on('data', (chunk: Buffer) => entry.ondata!(null, chunk as Uint8Array<ArrayBuffer>, false));
  const ended = new Promise<void>((resolve, reject) => {
    deflate.once('end', resolve);
    deflate.once('error', reject);
  });
  const write = async (bytes: Buffer) => {
    entry.crc = crc32(bytes, entry.crc);
    entry.size += bytes.length;
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  // zlib keeps a block it has been given until it has compressed it, so each block is a new buffer.
  let block = Buffer.allocUnsafe(blockSize);
  let used = 0;
  for (const piece of pieces) {
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    if (used + 3 * piece.length > blockSize) {
      if (used > 0) {
        await write(block.subarray(0, used));
        block = Buffer.allocUnsafe(blockSize);
        used = 0;
      }
      if (3 * piece.length > blockSize) {
        await write(Buffer.from(piece));
        continue;
      }
    }
    used += block.write(piece, used);
  }
  if (used > 0) await write(block.subarray(0, used));
  deflate.end();
  await ended;
  entry.ondata!(null, new Uint8Array(0), true);
}

/**
 * registry.xlsx: one sheet per table with typed cells (numbers, dates, booleans, text), the header
 * row frozen. The SpreadsheetML is written directly as text into a streaming zip with fixed entry
 * times, so the same data always gives the same bytes; rows never sit in memory as cell objects.
 * Values are exact: a text cell in a workbook is never run as a formula, so nothing is escaped.
 */
export async function writeXlsx(tables: readonly { table: ExportTable; rows: readonly unknown[] }[], version: DataVersion, path: string): Promise<void> {
  for (const { table } of tables) if (table.name.length > 31) throw new Error(`The sheet name "${table.name}" is longer than a spreadsheet allows (31 characters).`);
  const file = openSync(path, 'w');
  try {
    let failure: Error | null = null;
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else writeSync(file, chunk);
    });
    const strings = new SharedStrings();
    const parts = packageParts(
      tables.map(({ table }) => table.name),
      version,
    );
    for (const [name, text] of Object.entries(parts)) await addEntry(zip, name, [text]);
    for (const [index, { table, rows }] of tables.entries()) await addEntry(zip, `xl/worksheets/sheet${index + 1}.xml`, sheetXml(table, rows, strings));
    await addEntry(zip, 'xl/sharedStrings.xml', strings.xml());
    zip.end();
    if (failure) throw failure;
  } finally {
    closeSync(file);
  }
}
