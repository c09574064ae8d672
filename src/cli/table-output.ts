import type { Command } from 'commander';
import { detectLang } from '../core/lang.js';
import { msg } from '../core/message.js';
import type { Table } from '../tables/table.js';
import { UsageError } from '../core/errors.js';
import { colorAsked, emit, useColor } from './output.js';

export interface TableOptions {
  format?: string;
  output?: string;
  color?: boolean;
  /** false with --no-bom: CSV without the byte-order mark, for tools that do not expect one. */
  bom?: boolean;
}

/** The options every table-printing command shares. */
export function tableOptions(cmd: Command): Command {
  return cmd
    .option('-f, --format <format>', 'table, md, csv, json, xlsx or docx (default: from the -o extension, else table)')
    .option('-o, --output <file>', 'write to a file instead of the terminal')
    .option('--no-color', 'no colour in the output')
    .option('--no-bom', 'CSV without the UTF-8 byte-order mark Excel needs (for other tools)');
}

/** Prints tables in the format asked for; the format registry loads only when needed. */
export async function writeTables(tables: Table[], opts: TableOptions, cmd: Command, inputs: readonly string[]): Promise<void> {
  const { TABLE_FORMATS, BINARY_FORMATS } = await import('../tables/out/index.js');
  const name = opts.format ?? formatOfFile(opts.output) ?? 'table';
  const writer = TABLE_FORMATS[name];
  if (!writer) {
    throw new UsageError(
      msg(
        `Unknown format "${name}": use one of ${Object.keys(TABLE_FORMATS).join(', ')}.`,
        `Format "${name}" tidak dikenal: gunakan salah satu dari ${Object.keys(TABLE_FORMATS).join(', ')}.`,
      ),
    );
  }
  if (BINARY_FORMATS.has(name) && !opts.output && process.stdout.isTTY) {
    throw new UsageError(
      msg(
        `${name} is a file, not for the terminal: give -o FILE.${name}, or redirect the output.`,
        `${name} adalah file, bukan untuk terminal: berikan -o FILE.${name}, atau alihkan keluarannya.`,
      ),
    );
  }
  const lang = detectLang((cmd.optsWithGlobals() as { lang?: string }).lang);
  const width = tableWidth(process.env.COLUMNS, process.stdout.isTTY ? process.stdout.columns : undefined);
  const strict = !opts.output && (!!process.stdout.isTTY || process.env.COLUMNS !== undefined);
  const content = await writer(tables, { lang, color: useColor(colorAsked(cmd), !!opts.output), width, strict, bom: opts.bom !== false });
  await emit(content, opts.output, inputs);
}

/**
 * Columns a terminal table may fill: `COLUMNS` when the user sets it (also down a pipe, as
 * `COLUMNS=200 cascade table … | less`), else the terminal's own width up to 160, else 100.
 */
export function tableWidth(columnsEnv: string | undefined, ttyColumns: number | undefined): number {
  const asked = columnsEnv !== undefined && /^\d+$/.test(columnsEnv.trim()) ? Number(columnsEnv) : undefined;
  if (asked !== undefined && asked >= 40) return Math.min(asked, 1000);
  return ttyColumns ? Math.min(ttyColumns, 160) : 100;
}

/** `-o renstra.xlsx` alone means XLSX (and .docx DOCX): box-drawing text in a .xlsx file opens as a broken workbook. */
function formatOfFile(file: string | undefined): string | undefined {
  const ext = file?.toLowerCase().match(/\.(xlsx|docx|csv|md|markdown|json)$/)?.[1];
  return ext === 'markdown' ? 'md' : ext;
}
