import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
async function write(path: string) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false });
  wb.created = new Date('2026-01-01T00:00:00Z'); wb.modified = wb.created; wb.creator = 'kyzmat';
  const ws = wb.addWorksheet('services');
  ws.addRow(['id', 'name_ru', 'amount']).commit();
  ws.addRow(['may-25826', 'Паспорт', 10.45]).commit();
  await ws.commit();
  await wb.commit();
}
await write('/tmp/p/a.xlsx'); await new Promise(r=>setTimeout(r,1500)); await write('/tmp/p/b.xlsx');
const h = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
console.log(h('/tmp/p/a.xlsx') === h('/tmp/p/b.xlsx'));
