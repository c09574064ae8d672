import type { Span } from '../core/span.js';

/** Offsets of each line start, for offset → line:column without the parser. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

export function spanOf(starts: readonly number[], start: number, end: number): Span {
  const a = positionAt(starts, start);
  const b = positionAt(starts, Math.max(start, end));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

export const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
