// A workbook as the importer reads it: each sheet a grid of cells holding what a planner sees (the
// number or the text, with its number format), and for merged cells which one holds the value.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { msg } from '../core/message.js';
import { PathError, UsageError } from '../core/errors.js';

export interface GridCell {
  /** A1-style address, for messages. */
  address: string;
  value: string | number | null;
  /** Excel's number format of a number cell ("0.00%", "#,##0"). */
  numFmt?: string;
  /** Covered by a merge that starts in another cell: `value` is that cell's. */
  continued?: boolean;
  /** A cell Excel could not compute (#REF!, #VALUE!). */
  error?: string;
}

export interface Sheet {
  name: string;
  /** rows[r][c], 0-based; missing cells are empty. */
  rows: GridCell[][];
}

/** "A1" from 0-based row and column. */
export function addressOf(row: number, col: number): string {
  let c = col + 1;
  let letters = '';
  while (c > 0) {
    const m = (c - 1) % 26;
    letters = String.fromCharCode(65 + m) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

type ExcelValue = import('exceljs').CellValue;

/** What the planner sees in the cell, as a string or a number; an error value apart. */
function plain(v: ExcelValue): { value: string | number | null; error?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number' || typeof v === 'string') return { value: v };
  if (typeof v === 'boolean') return { value: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10) };
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return { value: v.richText.map((t) => t.text).join('') };
    if ('error' in v) return { value: String(v.error), error: String(v.error) };
    if ('result' in v) return plain((v as { result?: ExcelValue }).result ?? null);
    if ('text' in v) return { value: String((v as { text: unknown }).text) };
  }
  return { value: String(v) };
}

function sheetsOfWorkbook(wb: import('exceljs').Workbook): Sheet[] {
  return wb.worksheets.map((ws) => {
    const rows: GridCell[][] = [];
    const width = ws.columnCount;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: GridCell[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        const continued = cell.isMerged && cell.master.address !== cell.address;
        const source = continued ? cell.master : cell;
        const { value, error } = plain(source.value);
        // A leading ' that kept a text from running as a formula (cascade's own workbooks, CSV) is not part of it.
        const text =
          typeof value === 'string'
            ? value
                .replace(/\r\n?/g, '\n')
                .replace(/^'(?=[=+\-@])/, '')
                .trim()
            : value;
        cells.push({
          address: addressOf(r - 1, c - 1),
          value: text === '' ? null : text,
          ...(typeof value === 'number' && source.numFmt ? { numFmt: source.numFmt } : {}),
          ...(continued ? { continued: true } : {}),
          ...(error ? { error } : {}),
        });
      }
      rows.push(cells);
    }
    return { name: ws.name, rows };
  });
}

/** Indonesian Excel writes CSV with ";" (the comma is the decimal mark); others with ",". */
function delimiterOf(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string) => first.split(ch).length - 1;
  return count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
}

/** Reads an .xlsx workbook or a .csv export; a file that is neither cannot be imported (exit 2). */
export async function readGrid(file: string): Promise<Sheet[]> {
  const ext = extname(file).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new PathError(
      code === 'ENOENT'
        ? msg(`No such file: ${file}`, `File tidak ada: ${file}`)
        : msg(`Cannot read ${file} (${code ?? 'error'}).`, `Tidak dapat membaca ${file} (${code ?? 'galat'}).`),
    );
  }
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  if (ext === '.csv' || ext === '.txt') {
    let text = bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const { Readable } = await import('node:stream');
    // Every cell stays the text it is: "1.234,5" and "2025-2029" are read by the values module, not by a CSV guesser.
    await wb.csv.read(Readable.from([text]), {
      map: (v: unknown) => v,
      sheetName: 'CSV',
      parserOptions: { delimiter: delimiterOf(text) },
    } as never);
    return sheetsOfWorkbook(wb);
  }
  if (ext !== '.xlsx' && ext !== '.xlsm') {
    throw new UsageError(
      msg(
        `cascade import reads .xlsx workbooks and .csv exports, not "${ext || file}". Save an .xls or .ods as .xlsx first.`,
        `cascade import membaca workbook .xlsx dan ekspor .csv, bukan "${ext || file}". Simpan .xls atau .ods sebagai .xlsx dahulu.`,
      ),
    );
  }
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UsageError(
      msg(
        `${file} is not a readable .xlsx workbook (damaged, or another format).`,
        `${file} bukan workbook .xlsx yang dapat dibaca (rusak, atau format lain).`,
      ),
    );
  }
  return sheetsOfWorkbook(wb);
}
