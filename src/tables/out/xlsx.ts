// Tables as an Excel workbook, because planners live in Excel: one sheet per table, numbers in
// number cells with Indonesian-looking formats, plan text that can never run as a formula.
import { say } from '../../core/message.js';
import { cellText, cellValue, type Cell, type Column, type Table } from '../table.js';
import type { TableOutputContext } from './context.js';
import { formLines } from './form.js';
import { headerRows } from './header-rows.js';

type ExcelRow = import('exceljs').Row;
import { sanitize, visible } from '../../text/sanitize.js';

/** The same bytes for the same tables: no "now" in the document properties or the zip entries. */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1));

const MAX_WIDTH = 60;
const WIDE_FORM_WIDTH = 28;
const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;

/** Excel's rules: at most 31 characters, none of []:*?/\, unique in the workbook (case-insensitive). */
export function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(INVALID_SHEET_CHARS, ' ').replace(/\s+/g, ' ').replace(/^'|'$/g, '').trim() || 'Sheet';
  for (let k = 1; ; k++) {
    const suffix = k === 1 ? '' : ` (${k})`;
    const name = fitWords(base, 31 - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) {
      used.add(name.toLowerCase());
      return name;
    }
  }
}

/** The text cut to `max` characters at a word's end where one is near, so a tab reads as words. */
function fitWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1).lastIndexOf(' ');
  return (cut >= max / 2 ? text.slice(0, cut) : text.slice(0, max)).trimEnd();
}

/**
 * "#,##0" with the decimals the reader saw in the text ("98,28%" → 2), never more than the value
 * has (70 → none) nor more than 4: Excel keeps the exact value, and shows it as the table does.
 */
function numberFormat(col: Column, value: number, text: string): string {
  const own = (String(value).split('.')[1] ?? '').replace(/e.*$/, '').length;
  // The text shows the value itself ("98,28%", "Rp1.500.000"), or something else the value is
  // counted in ("30 menit" for 0,5 hours): then the value's own decimals.
  const m = /(\d[\d.]*)(?:,(\d+))?/.exec(text);
  const places = m?.[2]?.length ?? 0;
  const written = m ? Number(`${m[1].replace(/\./g, '')}.${m[2] ?? '0'}`) : Number.NaN;
  // Within the text's rounding ("98,28%" for 98,2758…), it is the value.
  const shown = Math.abs(Math.abs(value) - written) < 0.5 * 10 ** -places ? places : own;
  const decimals = Math.min(4, own, shown);
  const format = `#,##0${decimals ? `.${'0'.repeat(decimals)}` : ''}`;
  if (col.numFmt === 'rupiah') return `"Rp"${format}`;
  if (col.numFmt === 'percent') return `${format}"%"`;
  return format;
}

/** Text as a cell holds it: readable by Excel (no character XML cannot hold), never a formula. */
const cellTextOf = (s: string) => sanitize(s, 'xlsx');

/** The cell as Excel gets it: a number stays a number; text is neutralised against formulas. */
function excelValue(c: Cell): string | number | null {
  const v = cellValue(c);
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const text = cellText(c);
  return text === '' ? null : cellTextOf(text);
}

export async function tablesToXlsx(tables: readonly Table[], ctx: TableOutputContext): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cascade';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const used = new Set<string>();
  for (const t of tables) {
    const title = say(t.title, ctx.lang);
    // The sheet is named by the title's first part ("Matriks Renstra — Kabupaten …" → "Matriks Renstra").
    const head = headerRows(t.columns, ctx.lang);
    const headEnd = 1 + head.length + (t.numbered ? 1 : 0);
    const ws = wb.addWorksheet(sheetName(visible(title, false).split(' — ')[0], used), {
      views: [{ state: 'frozen', ySplit: headEnd }],
      // A wide form on a landscape page, as wide as the page, its header rows on every page.
      pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `2:${headEnd}` },
    });
    // Row 1: the whole title (a sheet name holds 31 characters); then the header rows.
    ws.addRow([cellTextOf(title)]).font = { bold: true, size: 12 };
    const headerStyle = (row: ExcelRow) => {
      row.font = { bold: true };
      for (let c = 1; c <= t.columns.length; c++) {
        const cell = row.getCell(c);
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EFF8' } };
        cell.alignment = { vertical: head.length > 1 ? 'middle' : 'top', horizontal: head.length > 1 ? 'center' : undefined, wrapText: true };
      }
    };
    for (const cells of head) {
      const values: (string | null)[] = t.columns.map(() => null);
      for (const h of cells) values[h.col] = cellTextOf(h.text);
      headerStyle(ws.addRow(values));
    }
    // Merged after every header row is added: a merge creates the rows it reaches.
    head.forEach((cells, k) => {
      const r = 2 + k;
      for (const h of cells) {
        if (h.span > 1) ws.mergeCells(r, h.col + 1, r, h.col + h.span);
        if (h.tall && head.length > 1) ws.mergeCells(r, h.col + 1, r + head.length - 1, h.col + 1);
      }
    });
    if (t.numbered) headerStyle(ws.addRow(t.columns.map((_, i) => i + 1)));
    const body = (cells: Cell[], bold: boolean) => {
      const row = ws.addRow(t.columns.map((_, i) => excelValue(cells[i])));
      t.columns.forEach((col, i) => {
        const cell = row.getCell(i + 1);
        if (typeof cell.value === 'number') cell.numFmt = numberFormat(col, cell.value, cellText(cells[i]));
        cell.alignment = { vertical: 'top', wrapText: true, horizontal: col.align === 'right' ? 'right' : 'left' };
        if (bold) cell.font = { bold: true };
      });
    };
    for (const r of t.rows) body(r, false);
    for (const r of t.footer ?? []) body(r, true);
    if (t.columns.length) ws.autoFilter = { from: { row: headEnd, column: 1 }, to: { row: headEnd, column: t.columns.length } };
    t.columns.forEach((col, i) => {
      const texts = [say(col.header, ctx.lang), ...[...t.rows, ...(t.footer ?? [])].map((r) => cellText(r[i]))];
      const longest = Math.max(...texts.flatMap((s) => s.split('\n').map((l) => l.length)));
      // A wide form (many year columns) keeps its text columns narrower, so that a page shows it legibly.
      ws.getColumn(i + 1).width = Math.min(t.columns.length > 12 ? WIDE_FORM_WIDTH : MAX_WIDTH, Math.max(6, longest + 2));
    });
    // Readers other than Excel do not grow a row for wrapped text: each body row gets the height
    // of its longest wrapped cell (about 15 points a line at 11 pt).
    for (let r = headEnd + 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      let lines = 1;
      t.columns.forEach((_, i) => {
        const text = String(row.getCell(i + 1).value ?? '');
        const width = Math.max(1, (ws.getColumn(i + 1).width ?? 10) - 1);
        lines = Math.max(
          lines,
          text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / width)), 0),
        );
      });
      if (lines > 1) row.height = 15 * lines;
    }
    const form = formLines(t.form, ctx.lang);
    const formText = [...form.before, ...form.after, ...form.signatures];
    if (formText.length) {
      ws.addRow([]);
      for (const l of formText) ws.addRow([l ? cellTextOf(l) : null]);
    }
    if (t.notes?.length) {
      ws.addRow([]);
      for (const n of t.notes) ws.addRow([cellTextOf(say(n, ctx.lang))]).font = { italic: true };
    }
  }
  const buffer = await wb.xlsx.writeBuffer();
  return fixZipTimes(new Uint8Array(buffer as ArrayBuffer));
}

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;

/**
 * The zip library stamps every entry with the current time; set them all to 1980-01-01 00:00
 * (the DOS epoch) through the central directory, so the same tables give the same file.
 */
export function fixZipTimes(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 0xffff); p--) {
    if (view.getUint32(p, true) === 0x06054b50) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) return bytes;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let k = 0; k < count && view.getUint32(p, true) === 0x02014b50; k++) {
    view.setUint16(p + 12, 0, true);
    view.setUint16(p + 14, DOS_DATE_1980_01_01, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, 0, true);
      view.setUint16(local + 12, DOS_DATE_1980_01_01, true);
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return bytes;
}
