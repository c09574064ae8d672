import { SourceFile } from '../load/source.js';
import type { DataPath } from '../core/span.js';
import type { Edit } from '../core/diagnostic.js';

/**
 * Edits behind `--fix` and the suggestions. Each touches only the characters it fixes, so comments,
 * layout and line endings stay as written, and each is checked on the text before it is offered.
 */

const INDENT = /^[ \t]*/;
const TAB_WIDTH = 2;

/**
 * Tabs in indentation become spaces (two per tab, the indentation plans are written with), on
 * every line that has them. Offered only when the result reads as YAML, so the fix never turns
 * one unreadable file into another.
 */
export function tabIndentFix(source: SourceFile): Edit[] | undefined {
  const edits: Edit[] = [];
  const text = source.text;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl + 1;
    const lead = INDENT.exec(text.slice(at, end))![0];
    if (lead.includes('\t')) edits.push({ start: at, end: at + lead.length, text: lead.replaceAll('\t', ' '.repeat(TAB_WIDTH)) });
    at = end;
  }
  if (!edits.length) return undefined;
  const fixed = SourceFile.parse(source.path, applyEdits(text, edits));
  return fixed.unreadable() ? undefined : edits;
}

/** A key renamed where it is written (quotes kept), when the text there is that key. */
export function renameKeyFix(source: SourceFile, path: DataPath, to: string): Edit[] | undefined {
  const r = source.offsets(path, 'key');
  const from = String(path[path.length - 1]);
  if (!r) return undefined;
  const written = source.text.slice(r[0], r[1]);
  const quote = written[0] === '"' || written[0] === "'" ? written[0] : '';
  if (written !== `${quote}${from}${quote}`) return undefined;
  return [{ start: r[0] + quote.length, end: r[1] - quote.length, text: to }];
}

/**
 * `cascade: 1` as a line of its own at the top: after a byte-order mark and the comment lines that
 * open the file (a yaml-language-server modeline stays first), in the file's own line ending.
 */
export function insertCascadeFix(source: SourceFile): Edit[] {
  const text = source.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let at = text.startsWith('\uFEFF') ? 1 : 0;
  for (;;) {
    const nl = text.indexOf('\n', at);
    if (!/^[ \t]*#/.test(text.slice(at, nl === -1 ? text.length : nl)) || nl === -1) break;
    at = nl + 1;
  }
  const atEnd = at === text.length && text.length > 0 && !text.endsWith('\n');
  return [{ start: at, end: at, text: atEnd ? `${eol}cascade: 1${eol}` : `cascade: 1${eol}` }];
}

/** The scalar at `path` in double quotes, read as text as written (`1.200` stays 1.200, not 1.2). */
export function quoteValueEdit(source: SourceFile, path: DataPath): Edit[] | undefined {
  const r = source.offsets(path, 'value');
  if (!r) return undefined;
  const written = source.text.slice(r[0], r[1]);
  if (!/^[0-9][0-9.,_]*$/.test(written)) return undefined;
  return [{ start: r[0], end: r[1], text: `"${written}"` }];
}

/** The text with the edits applied (they must not overlap). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * Applies whole fixes (each a group of edits) in order of position; a fix that overlaps one taken
 * before it is left for the next pass, as ESLint does. Returns the text and how many were applied.
 */
export function applyFixes(text: string, fixes: ReadonlyArray<readonly Edit[]>): { text: string; applied: number } {
  const order = [...fixes].sort((a, b) => Math.min(...a.map((e) => e.start)) - Math.min(...b.map((e) => e.start)));
  const taken: Edit[] = [];
  let applied = 0;
  const overlaps = (e: Edit) =>
    taken.some((t) => (e.start < t.end && t.start < e.end) || (e.start === e.end && e.start === t.start) || (t.start === t.end && t.start === e.start));
  for (const fix of order) {
    if (fix.some(overlaps)) continue;
    taken.push(...fix);
    applied++;
  }
  return { text: applyEdits(text, taken), applied };
}
