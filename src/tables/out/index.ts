import type { Table } from '../table.js';
import type { TableOutputContext } from './context.js';
import { tablesToCsv } from './csv.js';
import { tablesToDocx } from './docx.js';
import { tablesToJson } from './json.js';
import { tablesToMarkdown } from './markdown.js';
import { tablesToTerminal } from './terminal.js';
import { tablesToXlsx } from './xlsx.js';

export type TableWriter = (tables: readonly Table[], ctx: TableOutputContext) => string | Promise<string | Uint8Array>;

/** Output formats of every table command: one file each, one line here. */
export const TABLE_FORMATS: Record<string, TableWriter> = {
  table: tablesToTerminal,
  md: tablesToMarkdown,
  csv: tablesToCsv,
  json: tablesToJson,
  xlsx: tablesToXlsx,
  docx: tablesToDocx,
};

/** Formats that are bytes, not text: never poured into a terminal. */
export const BINARY_FORMATS: ReadonlySet<string> = new Set(['xlsx', 'docx']);
