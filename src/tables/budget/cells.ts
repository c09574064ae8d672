// Cells of the budget tables: Indonesian text for people, exact integers for machines.
import { say, type Lang, type Msg } from '../../core/message.js';
import { formatRupiah } from '../../values/index.js';
import type { Cell } from '../table.js';
import type { Tally } from './measure.js';

export interface CellStyle {
  compact: boolean;
  lang: Lang;
}

const NONE: Cell = { text: '—', value: null };
/** A sum with an amount that could not be read. */
export const UNKNOWN: Cell = { text: '?', value: null };

export function rupiah(n: number | undefined, style: CellStyle): Cell {
  return n === undefined ? NONE : { text: formatRupiah(n, { compact: style.compact }), value: n };
}

export function tallyCell(t: Tally, style: CellStyle): Cell {
  return t.unknown ? UNKNOWN : rupiah(t.amount, style);
}

/** Share of the total as a percentage with one decimal in the text and two in the value. */
export function share(part: Tally | number | undefined, whole: Tally): Cell {
  const p = typeof part === 'object' ? part.amount : part;
  const w = whole.amount;
  if (p === undefined || w === undefined || w <= 0 || (typeof part === 'object' && part.unknown) || whole.unknown) return NONE;
  const pct = (p / w) * 100;
  return { text: `${(Math.round(pct * 10) / 10).toFixed(1).replace('.', ',')}%`, value: Math.round(pct * 100) / 100 };
}

export function label(m: Msg, style: CellStyle): string {
  return say(m, style.lang);
}
