// What each counted item brings to a summary: its whole-period amount, or one year's.
import { amountInYear, budgetOf, type Amount, type Budget } from '../../model/budget.js';
import type { Plan, PlanNode } from '../../model/plan.js';
import { sumRupiah } from '../../values/index.js';

export interface Measure {
  budget: Budget;
  tahun?: number;
  /** Each counted item's rupiah in the period (or in `tahun`), for the items that have one. */
  value: ReadonlyMap<PlanNode, number>;
  /** Items written for the whole period only, which a year's summary cannot place. */
  periodOnly: number;
  /** Items whose amount could not be read (cascade validate says where): their sums are unknown. */
  unreadable: ReadonlySet<PlanNode>;
  /** The whole plan's tally: the Pemda's money, partners' left out. */
  grand: Tally;
  /**
   * Items of partner agencies (`mitra: true`): outside the Pemda budget (anggaran/mitra warns),
   * so in no total or share; their own OPD row still shows them, marked.
   */
  partner: Pick<Measure, 'value' | 'unreadable'> & { items: readonly PlanNode[] };
}

/** The money of some items: unknown when one could not be read, absent when none can be placed. */
export interface Tally {
  amount?: number;
  unknown: boolean;
  /** Items that have money here (or would, once read). */
  count: number;
}

export function measure(plan: Plan, tahun?: number): Measure {
  const budget = budgetOf(plan);
  const value = new Map<PlanNode, number>();
  const unreadable = new Set<PlanNode>();
  const partner = { value: new Map<PlanNode, number>(), unreadable: new Set<PlanNode>(), items: [] as PlanNode[] };
  const pemdaItems: PlanNode[] = [];
  let periodOnly = 0;
  for (const item of budget.counted) {
    const mitra = !!item.opd?.mitra;
    (mitra ? partner.items : pemdaItems).push(item);
    const a = budget.anggaran.get(item)?.amount;
    if (!a) {
      (mitra ? partner.unreadable : unreadable).add(item);
      continue;
    }
    const v = tahun === undefined ? a.total : amountInYear(a, tahun);
    if (v === undefined) {
      if (!mitra) periodOnly++;
    } else (mitra ? partner.value : value).set(item, v);
  }
  const m = { budget, tahun, value, periodOnly, unreadable, grand: { unknown: false, count: 0 }, partner };
  m.grand = tally(m, pemdaItems);
  return m;
}

/**
 * The sum of the items' money. An amount that could not be read makes it unknown (never a
 * silent zero); items that exist but cannot be placed in the year asked make it absent, not Rp0;
 * a sum past 2^53 rupiah cannot be exact, so it is absent too rather than rounded.
 */
export function tally(m: Pick<Measure, 'value' | 'unreadable'>, items: readonly PlanNode[]): Tally {
  const amounts: number[] = [];
  let unread = 0;
  for (const n of items) {
    const v = m.value.get(n);
    if (v !== undefined) amounts.push(v);
    else if (m.unreadable.has(n)) unread++;
  }
  const t: Tally = { unknown: unread > 0, count: amounts.length + unread };
  if (t.unknown || (items.length > 0 && amounts.length === 0)) return t;
  const sum = sumRupiah(amounts);
  if (sum.ok) t.amount = sum.value;
  return t;
}

/** An amount as written (a pagu, an anggaran), in the period or in the measure's year. */
export function moneyValue(m: Measure, amount: Amount | undefined): number | undefined {
  if (!amount) return undefined;
  return m.tahun === undefined ? amount.total : amountInYear(amount, m.tahun);
}

/** The budget node of `level` an item sits under (itself at that level), if any. */
export function budgetAncestor(budget: Budget, item: PlanNode, level: PlanNode['level']): PlanNode | undefined {
  for (let n: PlanNode | undefined = item; n; n = budget.parentOf(n)) if (n.level === level) return n;
  return undefined;
}
