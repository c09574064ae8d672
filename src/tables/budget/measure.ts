// What each counted item brings to a summary: its whole-period amount, or one year's.
import { amountInYear, budgetOf, type Budget } from '../../model/budget.js';
import { sumRupiah } from '../../values/index.js';
import type { Plan, PlanNode } from '../../model/plan.js';

export interface Measure {
  budget: Budget;
  tahun?: number;
  /** Each counted item's rupiah in the period (or in `tahun`), for the items that have one. */
  value: ReadonlyMap<PlanNode, number>;
  /** Items written for the whole period only, which a year's summary cannot place. */
  periodOnly: number;
  /** Items whose amount could not be read (reported by cascade validate). */
  unreadable: number;
  /** The sum of `value`; undefined when nothing could be placed, or past 2^53 rupiah (not exact). */
  grand: number | undefined;
}

export function measure(plan: Plan, tahun?: number): Measure {
  const budget = budgetOf(plan);
  const value = new Map<PlanNode, number>();
  let periodOnly = 0;
  let unreadable = 0;
  for (const item of budget.counted) {
    const a = budget.anggaran.get(item)?.amount;
    if (!a) {
      unreadable++;
      continue;
    }
    const v = tahun === undefined ? a.total : amountInYear(a, tahun);
    if (v === undefined) periodOnly++;
    else value.set(item, v);
  }
  const sum = sumRupiah([...value.values()]);
  const grand = sum.ok && !(value.size === 0 && budget.counted.length > 0) ? sum.value : undefined;
  return { budget, tahun, value, periodOnly, unreadable, grand };
}

/** The amount of money written at `at`, in the period or in the measure's year. */
export function moneyValue(m: Measure, amount: { total: number; years?: ReadonlyMap<number, number> } | undefined): number | undefined {
  if (!amount) return undefined;
  return m.tahun === undefined ? amount.total : amountInYear(amount, m.tahun);
}

/** The budget node of `level` an item sits under (itself at that level), if any. */
export function budgetAncestor(budget: Budget, item: PlanNode, level: PlanNode['level']): PlanNode | undefined {
  for (let n: PlanNode | undefined = item; n; n = budget.parentOf(n)) if (n.level === level) return n;
  return undefined;
}
