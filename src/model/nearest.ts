import type { PlanNode } from './plan.js';

/**
 * For every node that `is` does not accept, the nearest node above it that it does: fewest links
 * up, and among those the one reached through the earliest parent as written, which is what a
 * breadth-first walk up from each node finds. Computed for the whole plan at once: one walk down
 * from the accepted nodes gives each node its distance, then each node takes its answer from a
 * parent one link nearer. A walk up from every node took time quadratic in a long chain.
 */
export function nearestAbove(nodes: readonly PlanNode[], is: (n: PlanNode) => boolean): Map<PlanNode, PlanNode> {
  const below = new Map<PlanNode, PlanNode[]>();
  for (const n of nodes)
    for (const p of n.parents) {
      const list = below.get(p);
      if (list) list.push(n);
      else below.set(p, [n]);
    }
  // Distance from each node up to its nearest accepted node; an accepted one counts 0 for those below it.
  const dist = new Map<PlanNode, number>();
  let level = nodes.filter(is);
  for (const n of level) dist.set(n, 0);
  const order: PlanNode[] = [];
  for (let d = 1; level.length; d++) {
    const next: PlanNode[] = [];
    for (const p of level)
      for (const c of below.get(p) ?? [])
        if (!dist.has(c)) {
          dist.set(c, d);
          order.push(c);
          next.push(c);
        }
    level = next;
  }
  const found = new Map<PlanNode, PlanNode>();
  // In order of distance, so a parent's answer is known before its children ask for it.
  const answer = (n: PlanNode) => (is(n) ? n : found.get(n));
  const upTo = (n: PlanNode) => (is(n) ? 0 : dist.get(n));
  for (const n of order) {
    const d = dist.get(n)! - 1;
    const via = n.parents.find((p) => p !== n && upTo(p) === d && answer(p) !== undefined);
    const goal = via && answer(via);
    if (goal) found.set(n, goal);
  }
  return found;
}
