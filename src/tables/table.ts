import type { Msg } from '../core/message.js';

/**
 * A table as every view produces it and every output format reads it. A cell keeps the text a
 * planner reads (Indonesian style) and, for numbers, the exact value that CSV, JSON and XLSX carry.
 */
export interface Column {
  /** Stable key: the JSON field name. */
  key: string;
  header: Msg;
  align?: 'left' | 'right';
  /** Soft share of the width in a terminal; long text wraps. */
  weight?: number;
  /** How XLSX formats the number: rupiah, percent (value 70 = 70%), plain. */
  numFmt?: 'rupiah' | 'percent' | 'number';
  /**
   * In XLSX and DOCX, neighbouring columns of one group share a merged cell above their own
   * headers (the year over "Target" and "Rp"): `title` is that cell, `header` the text under it.
   * Flat formats (terminal, Markdown, CSV) show `header` above, which must read alone.
   */
  group?: { title: Msg; header: Msg };
}

export type Cell = string | number | { text: string; value?: number | string | null } | null | undefined;

export interface Table {
  /** Sheet name in XLSX, heading in Markdown and the terminal. */
  title: Msg;
  columns: Column[];
  rows: Cell[][];
  /** Rows shown after a rule: totals. */
  footer?: Cell[][];
  /** Lines printed under the table: how numbers were computed, what was left out. */
  notes?: Msg[];
  /** A row of column numbers (1, 2, 3 …) under the header, as the regulations' forms number them. */
  numbered?: boolean;
  /** Text around the table and signatures under it, for a form to sign (form.ts). */
  form?: TableForm;
}

/** One signatory: the role ("Pihak Kedua,"), the position, and the official where the plan names one. */
export interface Signatory {
  role: Msg;
  jabatan: string;
  nama?: string;
  pangkat?: string;
  nip?: string;
}

/** What turns a table into a page to sign, such as the Perjanjian Kinerja. */
export interface TableForm {
  /** A narrow form on an A4 portrait page (DOCX). */
  portrait?: boolean;
  /** On the page of the table before it, not a new one (DOCX). */
  continues?: boolean;
  /** Paragraphs above and below the table. */
  before?: Msg[];
  after?: Msg[];
  /** Two signatories side by side: place and date over the right one, as the forms set them. */
  signatures?: { placeDate: string; left: Signatory; right: Signatory };
}

/** The text a person reads in a cell. */
export function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return String(c);
  return c.text;
}

/** The value a machine reads: numbers stay numbers, text stays text, empty is null. */
export function cellValue(c: Cell): number | string | null {
  if (c === null || c === undefined) return null;
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return withoutFloatNoise(c);
  return c.value === undefined ? c.text : typeof c.value === 'number' ? withoutFloatNoise(c.value) : c.value;
}

/**
 * 2 hari × 12 is 14.399999999999999 % of a year in binary floating point: a fraction is given to
 * 15 significant digits (14.4), as many as Excel keeps. Whole numbers (rupiah) are exact as they
 * are and stay untouched.
 */
function withoutFloatNoise(n: number): number {
  return Number.isInteger(n) || !Number.isFinite(n) ? n : Number(n.toPrecision(15));
}
