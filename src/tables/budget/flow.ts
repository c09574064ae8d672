// Money flowing up the cascade to the Pemda targets (sasaran), for `budget-summary --by sasaran`.
import type { PlanNode } from '../../model/plan.js';

export interface Flow {
  /** Rupiah reaching each sasaran, and the items it comes from (wholly or in part). */
  sasaran: Map<PlanNode, { amount: number; items: Set<PlanNode> }>;
  /** Money that reaches no sasaran: a node with no parent on the way up, or a loop. */
  untraced: { amount: number; items: Set<PlanNode> };
}

/**
 * Every item's rupiah goes up through its parents to the sasaran above it. A node that supports
 * several parents (crosscutting) splits what reaches it equally among them, the remainder rupiah
 * going to its first parent (the one it is written under), so each rupiah arrives once and the
 * sums stay exact. A sasaran keeps what reaches it (tujuan above are not summarised).
 */
export function flowToSasaran(values: ReadonlyMap<PlanNode, number>): Flow {
  // The part of the graph the money climbs: the items and everything above them, up to sasaran.
  const pending = new Map<PlanNode, number>(); // children not yet passed on, per node
  const seen = new Set<PlanNode>();
  const stack = [...values.keys()];
  while (stack.length) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    if (n.level === 'sasaran') continue;
    for (const p of n.parents) {
      pending.set(p, (pending.get(p) ?? 0) + 1);
      stack.push(p);
    }
  }

  const acc = new Map<PlanNode, { amount: number; items: Set<PlanNode> }>();
  const at = (n: PlanNode) => {
    let a = acc.get(n);
    if (!a) acc.set(n, (a = { amount: 0, items: new Set() }));
    return a;
  };
  for (const [item, v] of values) {
    const a = at(item);
    a.amount += v;
    a.items.add(item);
  }

  const flow: Flow = { sasaran: new Map(), untraced: { amount: 0, items: new Set() } };
  const keep = (into: { amount: number; items: Set<PlanNode> }, from: { amount: number; items: Set<PlanNode> }) => {
    into.amount += from.amount;
    for (const i of from.items) into.items.add(i);
  };
  const ready = [...seen].filter((n) => !pending.get(n));
  const done = new Set<PlanNode>();
  while (ready.length) {
    const n = ready.pop()!;
    done.add(n);
    const a = acc.get(n);
    if (n.level === 'sasaran') {
      if (a) flow.sasaran.set(n, a);
      continue;
    }
    if (a && n.parents.length === 0) keep(flow.untraced, a);
    const k = n.parents.length;
    n.parents.forEach((p, i) => {
      if (a) {
        const share = Math.floor(a.amount / k) + (i === 0 ? a.amount % k : 0);
        const to = at(p);
        to.amount += share;
        for (const item of a.items) to.items.add(item);
      }
      const left = pending.get(p)! - 1;
      pending.set(p, left);
      if (left === 0) ready.push(p);
    });
  }
  // Nodes on a loop never become ready (link/cycle reports the loop): their money is untraced.
  for (const n of seen) {
    const a = acc.get(n);
    if (!done.has(n) && a) keep(flow.untraced, a);
  }
  return flow;
}
