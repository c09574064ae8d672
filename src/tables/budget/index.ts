// The tables of `cascade budget-summary`.
import { msg, type Lang, type Msg } from '../../core/message.js';
import type { Plan } from '../../model/plan.js';
import type { Table } from '../table.js';
import { byItem } from './by-item.js';
import { byOpd } from './by-opd.js';
import { bySasaran } from './by-sasaran.js';
import { measure } from './measure.js';

export const BUDGET_GROUPINGS = ['opd', 'program', 'kegiatan', 'sasaran'] as const;
export type BudgetGrouping = (typeof BUDGET_GROUPINGS)[number];

export interface BudgetSummaryOptions {
  by: BudgetGrouping;
  /** One year's money instead of the whole period's. */
  tahun?: number;
  /** "Rp4,0 M" instead of "Rp4.000.000.000" in the text of cells. */
  compact: boolean;
  /** The language of the text inside cells (headers and notes carry both). */
  lang: Lang;
}

export function budgetSummary(plan: Plan, opts: BudgetSummaryOptions): Table[] {
  const m = measure(plan, opts.tahun);
  const style = { compact: opts.compact, lang: opts.lang };
  const table = opts.by === 'opd' ? byOpd(plan, m, style) : opts.by === 'sasaran' ? bySasaran(plan, m, style) : byItem(plan, m, opts.by, style);
  const notes: Msg[] = [...(table.notes ?? [])];
  if (opts.by !== 'opd' && m.partner.items.length > 0) {
    const n = m.partner.items.length;
    notes.push(
      msg(
        `${n} amount(s) of partners (mitra) are outside the Pemda budget and in no total.`,
        `${n} anggaran milik mitra berada di luar anggaran Pemda dan tidak dihitung dalam jumlah.`,
      ),
    );
  }
  if (m.tahun !== undefined && m.periodOnly > 0) {
    notes.push(
      msg(
        `${m.periodOnly} amount(s) are written for the whole period, not per year, and are not in the ${m.tahun} figures.`,
        `${m.periodOnly} anggaran ditulis untuk seluruh periode, bukan per tahun, dan tidak termasuk dalam angka tahun ${m.tahun}.`,
      ),
    );
  }
  if (m.unreadable.size > 0) {
    const n = m.unreadable.size;
    notes.push(
      msg(
        `${n} amount(s) could not be read: the sums they belong to are shown as ?; run \`cascade validate\` to see where.`,
        `${n} anggaran tidak terbaca: jumlah yang memuatnya ditampilkan sebagai ?; jalankan \`cascade validate\` untuk melihat letaknya.`,
      ),
    );
  }
  if (!m.grand.unknown && m.value.size > 0 && m.grand.amount === undefined) {
    notes.push(
      msg(
        'The amounts add up past 9.007.199.254.740.991 rupiah: totals that large are shown as — rather than rounded.',
        'Jumlah anggaran melebihi 9.007.199.254.740.991 rupiah: total sebesar itu ditampilkan sebagai — dan tidak dibulatkan.',
      ),
    );
  }
  return [{ ...table, notes }];
}
