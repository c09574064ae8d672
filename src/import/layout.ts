// Where a sheet's table starts and what each column holds: the header rows (one, or two and three
// with merged group headers over the years), the numbered-columns row under them, the title above.
import { END_GROUP, YEARS_GROUP, isGroup, moneyScale, normalizeHeader, roleOf, yearOf, type Role } from './headers.js';
import type { GridCell, Sheet } from './grid.js';

export interface ColumnSpec {
  col: number;
  role: Role;
  /** For target and rp columns: the year, or the k of "Tahun ke-k" until the periode is known. */
  year?: number;
  nth?: number;
  /** The end-of-period (kondisi akhir) target or Rp. */
  end?: boolean;
  /** Rp columns stated in thousands, millions or billions ("Rp (juta)"). */
  scale?: number;
  header: string;
}

export interface Layout {
  /** Rows of the header, 0-based, and the first row of the body. */
  headerRows: number[];
  bodyStart: number;
  columns: ColumnSpec[];
  /** Columns whose header names nothing the importer knows: their cells are reported, never dropped. */
  unknown: { col: number; header: string }[];
  /** Renstra (program and kegiatan rows) or an RPJMD matrix (Pemda targets and their indicators). */
  kind: 'renstra' | 'rpjmd';
  /** Text above the header: the title lines, where the Pemda and the period are often named. */
  title: string[];
}

const MAX_HEADER_SEARCH = 30;
const ANCHORS: ReadonlySet<Role> = new Set(['indikator', 'program_kegiatan', 'program', 'kegiatan', 'sub_kegiatan', 'sasaran']);

const text = (c: GridCell | undefined) => (c?.value === null || c?.value === undefined ? '' : String(c.value));

function headerish(t: string): boolean {
  return roleOf(t) !== undefined || isGroup(t, YEARS_GROUP) || isGroup(t, END_GROUP) || yearOf(t) !== undefined;
}

/** A row "(1) (2) (3) …" or "1 2 3 …" numbering the columns, as the regulation's forms have. */
function isNumberingRow(row: GridCell[]): boolean {
  const vals = row.filter((c) => !c.continued && c.value !== null).map(text);
  return vals.length >= 3 && vals.every((v) => /^\(?\d{1,2}\)?$/.test(v.trim()));
}

/** Finds the table in a sheet, or undefined when the sheet holds none (a cover, a note). */
export function findLayout(sheet: Sheet): Layout | undefined {
  const rows = sheet.rows;
  let start = -1;
  for (let r = 0; r < Math.min(rows.length, MAX_HEADER_SEARCH); r++) {
    const roles = rows[r].filter((c) => !c.continued && typeof c.value === 'string').map((c) => roleOf(String(c.value)));
    const known = roles.filter((x) => x !== undefined);
    if (known.length >= 3 && known.some((x) => ANCHORS.has(x))) {
      start = r;
      break;
    }
  }
  if (start < 0) return undefined;
  const headerRows = [start];
  let r = start + 1;
  // Group headers merge down or across: the rows below belong to the header while they hold only
  // years, Target/Rp and header words (or cells merged from above).
  while (r < rows.length && headerRows.length < 4) {
    const row = rows[r];
    if (isNumberingRow(row)) break;
    const own = row.filter((c) => !c.continued && c.value !== null);
    if (own.length === 0 && !row.some((c) => c.continued)) break;
    if (!own.every((c) => headerish(text(c)))) break;
    headerRows.push(r);
    r++;
  }
  if (r < rows.length && isNumberingRow(rows[r])) r++;
  const width = Math.max(...headerRows.map((h) => rows[h].length));
  const columns: ColumnSpec[] = [];
  const unknown: { col: number; header: string }[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const h of headerRows) {
      const t = text(rows[h][c]).replace(/\s+/g, ' ').trim();
      if (t && parts.at(-1) !== t) parts.push(t);
    }
    if (!parts.length) continue;
    const spec = columnOf(c, parts);
    if (spec) columns.push(spec);
    else unknown.push({ col: c, header: parts.join(' / ') });
  }
  const title = rows
    .slice(0, start)
    .flatMap((row) => row.filter((c) => !c.continued && c.value !== null).map(text))
    .filter(Boolean);
  // An RPJMD matrix: says so above the table or in its sheet's name, names the Pemda's targets, or has no program column.
  const named =
    [sheet.name, ...title].some((t) => /\bRPJMD\b/i.test(t)) ||
    rows[start].some((c) => !c.continued && /^(sasaran pemda|pemda target)$/.test(normalizeHeader(text(c))));
  const kind = named || !columns.some((s) => ['program_kegiatan', 'program', 'kegiatan', 'sub_kegiatan', 'kode'].includes(s.role)) ? 'rpjmd' : 'renstra';
  return { headerRows, bodyStart: r, columns, unknown, kind, title };
}

const MONEY_WORD = /\b(rp|pagu|anggaran|dana|pendanaan|rupiah)\b/;

/** The role of one column from its header path, top to bottom ("2025" / "Rp"). */
function columnOf(col: number, parts: string[]): ColumnSpec | undefined {
  const header = parts.join(' / ');
  const end = parts.some((p) => isGroup(p, END_GROUP)) || /\b(akhir|end of period|at the end)\b/.test(normalizeHeader(header));
  const when = parts.map(yearOf).find((y) => y !== undefined);
  if (end || when) {
    const last = normalizeHeader(parts[parts.length - 1].replace(/\b(?:19|20)\d{2}\b/g, ' ').replace(/\btahun\s*(?:ke)?\s*[-–]?\s*\d{1,2}\b/gi, ' '));
    const sub = roleOf(last);
    const money = sub === 'rp' || (sub !== 'target' && MONEY_WORD.test(last));
    const role: Role = money ? 'rp' : 'target';
    return {
      col,
      role,
      header,
      ...(end ? { end: true } : when && 'year' in when ? { year: when.year } : when ? { nth: when.nth } : {}),
      ...(role === 'rp' ? { scale: moneyScale(header) } : {}),
    };
  }
  for (const p of parts) {
    const role = roleOf(p);
    if (role) return { col, role, header };
  }
  return undefined;
}
