// Money against the Pemda targets (sasaran) it serves. An item that serves several targets
// (crosscutting) counts whole against each of them, marked as shared, and once in every total:
// as budget tagging counts whole sub kegiatan (stunting, SE Mendagri 400.5/8476/SJ).
import { ancestors } from './levels.js';
import type { PlanNode } from './plan.js';

const above = new WeakMap<PlanNode, PlanNode[]>();

/** The Pemda targets at or above a node in the cascade, in the order they are reached. */
export function sasaranOf(node: PlanNode): PlanNode[] {
  let s = above.get(node);
  if (!s) {
    s = [...ancestors([node])].filter((n) => n.level === 'sasaran');
    above.set(node, s);
  }
  return s;
}

/** Whether a node's money serves more than one Pemda target. */
export function isShared(node: PlanNode): boolean {
  return sasaranOf(node).length > 1;
}

export interface TargetMoney {
  /** The whole amounts of the items serving it. */
  amount: number;
  items: Set<PlanNode>;
  /** Of which the amounts of items that also serve another Pemda target. */
  shared: number;
  sharedItems: Set<PlanNode>;
}

export interface MoneyToTargets {
  sasaran: Map<PlanNode, TargetMoney>;
  /** Money that serves no Pemda target: an item with nothing above it, or a loop. */
  untraced: { amount: number; items: Set<PlanNode> };
}

/** Each item's amount against every Pemda target it serves (whole, never split). */
export function moneyToTargets(values: ReadonlyMap<PlanNode, number>): MoneyToTargets {
  const out: MoneyToTargets = { sasaran: new Map(), untraced: { amount: 0, items: new Set() } };
  for (const [item, v] of values) {
    const targets = sasaranOf(item);
    if (!targets.length) {
      out.untraced.amount += v;
      out.untraced.items.add(item);
      continue;
    }
    for (const t of targets) {
      let m = out.sasaran.get(t);
      if (!m) out.sasaran.set(t, (m = { amount: 0, items: new Set(), shared: 0, sharedItems: new Set() }));
      m.amount += v;
      m.items.add(item);
      if (targets.length > 1) {
        m.shared += v;
        m.sharedItems.add(item);
      }
    }
  }
  return out;
}
