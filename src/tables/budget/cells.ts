// Cells of the budget tables: Indonesian text for people, exact integers for machines.
import { say, type Lang, type Msg } from '../../i18n/message.js';
import { formatRupiah, sumRupiah } from '../../values/index.js';
import type { Cell } from '../table.js';

export interface CellStyle {
  compact: boolean;
  lang: Lang;
}

const NONE: Cell = { text: '—', value: null };

export function rupiah(n: number | undefined, style: CellStyle): Cell {
  return n === undefined ? NONE : { text: formatRupiah(n, { compact: style.compact }), value: n };
}

/** Share of the total as a percentage with one decimal in the text and two in the value. */
export function share(part: number | undefined, total: number): Cell {
  if (part === undefined || total <= 0) return NONE;
  const pct = (part / total) * 100;
  return { text: `${(Math.round(pct * 10) / 10).toFixed(1).replace('.', ',')}%`, value: Math.round(pct * 100) / 100 };
}

export function label(m: Msg, style: CellStyle): string {
  return say(m, style.lang);
}

/**
 * The exact sum of rupiah; a sum past 2^53 rupiah cannot be exact, so it is left out (undefined)
 * rather than rounded. Amounts are each below that, so this only happens to absurd plans.
 */
export function total(values: Iterable<number>): number | undefined {
  const r = sumRupiah([...values]);
  return r.ok ? r.value : undefined;
}
