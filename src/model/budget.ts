// Money of the plan, read once: each node's `anggaran` and each OPD's `pagu` as whole rupiah,
// per year or for the whole period, with where each value was written; what is allocated
// under each budget node; and docs/format.md's rule for comparing per-year and whole-period amounts.
import { msg, type Msg } from '../core/message.js';
import type { Part } from '../core/span.js';
import { readMoney, readYear, sumRupiah, type Reading } from '../values/index.js';
import { childLoc } from './loc.js';
import type { Level, Loc, Plan, PlanNode, PlanOpd } from './plan.js';
import { itemParent } from './levels.js';
import { readWholeAt } from './unquoted.js';

/** Whole rupiah for the period, and each year's when every amount summed was given per year. */
export interface Amount {
  total: number;
  years?: ReadonlyMap<number, number>;
}

/** One value as written: a year's amount, or the single amount for the period. */
export interface MoneyPart {
  year?: number;
  amount: number;
  loc: Loc;
}

export interface Money {
  key: 'anggaran' | 'pagu';
  /** The value under the key (a map when per year). */
  loc: Loc;
  perYear: boolean;
  /** The values that could be read, in the order written. */
  parts: MoneyPart[];
  /** Undefined when some value could not be read: the finding is at that value. */
  amount?: Amount;
}

export interface MoneyProblem {
  key: Money['key'];
  /** The id of the node or OPD the money belongs to. */
  owner: string;
  loc: Loc;
  part?: Part;
  reason: Msg;
  /** A wrong shape (a list, an empty value, a key that is not a year): schema/invalid-type reports it. */
  shape: boolean;
}

/** What is written under a budget node, most detailed first. */
export interface Detail {
  /** The nodes whose own amounts make up its money: sub kegiatan before kegiatan before program. */
  items: PlanNode[];
  /** Whether those amounts cover everything under it (else some part has no amount written). */
  complete: boolean;
}

export interface Budget {
  anggaran: ReadonlyMap<PlanNode, Money>;
  pagu: ReadonlyMap<PlanOpd, Money>;
  problems: readonly MoneyProblem[];
  /** Every amount counted once: the most detailed amounts written, in plan order. */
  counted: readonly PlanNode[];
  /** The counted items of an OPD (their own or inherited `opd`); undefined: items with no OPD. */
  countedFor(opd: PlanOpd | undefined): readonly PlanNode[];
  /** The budget parent of a kegiatan (its program) or sub kegiatan (its kegiatan). */
  parentOf(node: PlanNode): PlanNode | undefined;
  childrenOf(node: PlanNode): readonly PlanNode[];
  detailOf(node: PlanNode): Detail;
}

export const BUDGET_LEVELS: ReadonlySet<Level> = new Set(['program', 'kegiatan', 'sub_kegiatan']);
const PARENT_LEVEL: Partial<Record<Level, Level>> = { kegiatan: 'program', sub_kegiatan: 'kegiatan' };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

const memo = new WeakMap<Plan, Budget>();

/** The plan's money, read once per plan. */
export function budgetOf(plan: Plan): Budget {
  let b = memo.get(plan);
  if (!b) {
    b = buildBudget(plan);
    memo.set(plan, b);
  }
  return b;
}

function buildBudget(plan: Plan): Budget {
  const problems: MoneyProblem[] = [];
  const anggaran = new Map<PlanNode, Money>();
  const pagu = new Map<PlanOpd, Money>();
  for (const node of plan.nodes) {
    if (!BUDGET_LEVELS.has(node.level) || node.data.anggaran === undefined) continue;
    anggaran.set(node, readMoneyAt(node.data.anggaran, childLoc(node.loc, 'anggaran'), 'anggaran', node.id, problems));
  }
  for (const opd of plan.opds) {
    const raw = (opd.data as unknown as Obj).pagu;
    if (raw === undefined) continue;
    pagu.set(opd, readMoneyAt(raw, childLoc(opd.loc, 'pagu'), 'pagu', opd.id, problems));
  }

  // A crosscutting item's money is budgeted where it is written (its first parent), so that it
  // sits in one program and one OPD; the other parents it supports are not budget parents.
  const parent = new Map<PlanNode, PlanNode>();
  const children = new Map<PlanNode, PlanNode[]>();
  for (const node of plan.nodes) {
    const want = PARENT_LEVEL[node.level];
    const p = itemParent(node);
    if (!want || !p || p.level !== want) continue;
    parent.set(node, p);
    const list = children.get(p);
    if (list) list.push(node);
    else children.set(p, [node]);
  }

  const details = new Map<PlanNode, Detail>();
  const detailOf = (node: PlanNode): Detail => {
    let d = details.get(node);
    if (d) return d;
    const ds = (children.get(node) ?? []).map(detailOf);
    if (ds.length > 0 && ds.every((x) => x.complete)) d = { items: ds.flatMap((x) => x.items), complete: true };
    else if (anggaran.has(node)) d = { items: [node], complete: true };
    else d = { items: ds.flatMap((x) => x.items), complete: false };
    details.set(node, d);
    return d;
  };
  // Budget parents go strictly down the levels, so each budget node is under one top: no cycles.
  const counted: PlanNode[] = [];
  for (const node of plan.nodes) {
    if (BUDGET_LEVELS.has(node.level) && !parent.has(node)) counted.push(...detailOf(node).items);
  }
  const order = new Map(plan.nodes.map((n, i) => [n, i]));
  counted.sort((a, b) => order.get(a)! - order.get(b)!);

  const byOpd = new Map<PlanOpd | undefined, PlanNode[]>();
  for (const n of counted) {
    const list = byOpd.get(n.opd);
    if (list) list.push(n);
    else byOpd.set(n.opd, [n]);
  }

  return {
    anggaran,
    pagu,
    problems,
    counted,
    countedFor: (opd) => byOpd.get(opd) ?? [],
    parentOf: (n) => parent.get(n),
    childrenOf: (n) => children.get(n) ?? [],
    detailOf,
  };
}

function readMoneyAt(raw: unknown, loc: Loc, key: Money['key'], owner: string, problems: MoneyProblem[]): Money {
  const money: Money = { key, loc, perYear: false, parts: [] };
  let readable = true;
  const problem = (at: Loc, reason: Msg, shape: boolean, part?: Part) => {
    problems.push({ key, owner, loc: at, reason, shape, part });
    readable = false;
  };
  if (typeof raw === 'string' || typeof raw === 'number') {
    const r = readWholeAt(raw, loc, readMoney);
    if (r.ok) {
      money.parts.push({ amount: r.value, loc });
      money.amount = { total: r.value };
    } else problem(loc, r.reason, false);
    return money;
  }
  if (!isObj(raw)) {
    problem(loc, msg(`\`${key}\` is not an amount or a map of years`, `\`${key}\` bukan jumlah uang atau peta per tahun`), true);
    return money;
  }
  money.perYear = true;
  const years = new Map<number, number>();
  for (const [k, v] of Object.entries(raw)) {
    const at = childLoc(loc, k);
    const y = readYear(k);
    if (!y.ok) {
      problem(at, y.reason, !/^\d{4}$/.test(k), 'key');
      continue;
    }
    if (typeof v !== 'string' && typeof v !== 'number') {
      problem(at, msg(`the amount for ${k} is missing`, `jumlah untuk ${k} tidak ada`), true);
      continue;
    }
    const r = readWholeAt(v, at, readMoney);
    if (!r.ok) {
      problem(at, r.reason, false);
      continue;
    }
    money.parts.push({ year: y.value, amount: r.value, loc: at });
    years.set(y.value, r.value);
  }
  if (!readable) return money;
  const total = sumRupiah([...years.values()]);
  if (!total.ok) problem(loc, total.reason, false, 'key');
  else money.amount = { total: total.value, years };
  return money;
}

/**
 * The exact sum of amounts. It keeps years only when every amount gives years: an amount for
 * the whole period cannot be told apart by year.
 */
export function addAmounts(amounts: readonly Amount[]): Reading<Amount> {
  const total = sumRupiah(amounts.map((a) => a.total));
  if (!total.ok) return total;
  if (amounts.length === 0 || !amounts.every((a) => a.years)) return { ok: true, value: { total: total.value } };
  const byYear = new Map<number, number[]>();
  for (const a of amounts) {
    for (const [y, v] of a.years!) {
      const list = byYear.get(y);
      if (list) list.push(v);
      else byYear.set(y, [v]);
    }
  }
  const years = new Map<number, number>();
  for (const y of [...byYear.keys()].sort((a, b) => a - b)) {
    const s = sumRupiah(byYear.get(y)!);
    if (!s.ok) return s;
    years.set(y, s.value);
  }
  return { ok: true, value: { total: total.value, years } };
}

/** The amounts of several nodes' own money; undefined when one of them could not be read. */
export function amountOfNodes(budget: Budget, nodes: readonly PlanNode[]): Reading<Amount> | undefined {
  const amounts: Amount[] = [];
  for (const n of nodes) {
    const a = budget.anggaran.get(n)?.amount;
    if (!a) return undefined;
    amounts.push(a);
  }
  return addAmounts(amounts);
}

/** One pair of a comparison: a year's, or the whole period's (year undefined). */
export interface Pair {
  year?: number;
  whole: number;
  parts: number;
}

/**
 * docs/format.md, "Per year or for the whole period": two sides are compared year by year where both give years (a year one
 * side leaves out counts as zero there), and on the period's totals otherwise.
 */
export function comparePairs(whole: Amount, parts: Amount): Pair[] {
  if (whole.years && parts.years) {
    const years = [...new Set([...whole.years.keys(), ...parts.years.keys()])].sort((a, b) => a - b);
    return years.map((year) => ({ year, whole: whole.years!.get(year) ?? 0, parts: parts.years!.get(year) ?? 0 }));
  }
  return [{ whole: whole.total, parts: parts.total }];
}

/**
 * Where a finding about a pair points: that year's value when the whole gives it, else the
 * whole's key (a map) or its single value.
 */
export function pairPlace(money: Money, year: number | undefined): { loc: Loc; part?: Part } {
  if (year !== undefined) {
    const p = money.parts.find((x) => x.year === year);
    if (p) return { loc: p.loc };
  }
  return money.perYear ? { loc: money.loc, part: 'key' } : { loc: money.loc };
}

/** The amount for one year: undefined when it was written for the whole period only. */
export function amountInYear(a: Amount, year: number): number | undefined {
  return a.years ? (a.years.get(year) ?? 0) : undefined;
}

/** A node's own anggaran in whole rupiah: the period's total, or one year's (undefined when the
 *  amount was written for the whole period only, or could not be read). */
export function anggaranOf(plan: Plan, node: PlanNode, tahun?: number): number | undefined {
  const amount = budgetOf(plan).anggaran.get(node)?.amount;
  if (!amount) return undefined;
  return tahun === undefined ? amount.total : amountInYear(amount, tahun);
}

/**
 * An OPD's pagu against what is allocated under it, pair by pair; undefined when either side
 * has a value that could not be read (that value has its own finding).
 */
export function paguPairs(budget: Budget, opd: PlanOpd): { pagu: Money; items: readonly PlanNode[]; pairs: Pair[] } | undefined {
  const pagu = budget.pagu.get(opd);
  if (!pagu?.amount) return undefined;
  const items = budget.countedFor(opd);
  const allocated = amountOfNodes(budget, items);
  if (!allocated?.ok) return undefined;
  return { pagu, items, pairs: comparePairs(pagu.amount, allocated.value) };
}
