// The header of a table as the two-row form of the regulations lays it out: a group's title
// (a year) merged over its columns' headers (Target, Rp); a column without a group spans both rows.
import { say, type Lang } from '../../core/message.js';
import type { Column } from '../table.js';

export interface HeaderCell {
  text: string;
  /** First column (0-based) and how many columns it spans. */
  col: number;
  span: number;
  /** Spans both header rows (a column without a group). */
  tall: boolean;
}

/** The header rows: one when no column has a group, else two (groups above, their columns below). */
export function headerRows(columns: readonly Column[], lang: Lang): HeaderCell[][] {
  if (!columns.some((c) => c.group)) return [columns.map((c, i) => ({ text: say(c.header, lang), col: i, span: 1, tall: false }))];
  const top: HeaderCell[] = [];
  const bottom: HeaderCell[] = [];
  columns.forEach((c, i) => {
    if (!c.group) {
      top.push({ text: say(c.header, lang), col: i, span: 1, tall: true });
      return;
    }
    const title = say(c.group.title, lang);
    const prev = top.at(-1);
    const same = prev && !prev.tall && prev.text === title && prev.col + prev.span === i;
    if (same) prev.span++;
    else top.push({ text: title, col: i, span: 1, tall: false });
    bottom.push({ text: say(c.group.header, lang), col: i, span: 1, tall: false });
  });
  return [top, bottom];
}
