import { msg } from '../../core/message.js';
import type { PlanNode, Ref } from '../../model/plan.js';
import { defineRule } from '../rule.js';

/** An edge up the cascade: to the nesting parent (no ref), or a `mendukung` (with its ref). */
interface Edge {
  parent: PlanNode;
  ref?: Ref<PlanNode>;
}

function edgesOf(node: PlanNode): Edge[] {
  const edges: Edge[] = node.nestParent ? [{ parent: node.nestParent }] : [];
  for (const ref of node.mendukung) if (ref.target && ref.target !== node.nestParent) edges.push({ parent: ref.target, ref });
  return edges;
}

export default defineRule({
  meta: {
    id: 'link/cycle',
    description: msg('Support links never loop back: no node supports itself through others.', 'Tautan dukungan tidak berputar: tidak ada simpul yang mendukung dirinya sendiri melalui simpul lain.'),
    defaultSeverity: 'error',
  },
  check({ plan, report }) {
    // Depth-first up the parent edges; an edge into the current path closes a cycle. Nesting is a
    // tree, so every cycle has a `mendukung` in it: the finding points at one.
    const state = new Map<PlanNode, 1 | 2>();
    const path: PlanNode[] = [];
    const via: Edge[] = [];
    const visit = (node: PlanNode) => {
      state.set(node, 1);
      path.push(node);
      for (const edge of edgesOf(node)) {
        const s = state.get(edge.parent);
        if (s === 1) {
          const start = path.indexOf(edge.parent);
          const cycleEdges = [edge, ...via.slice(start)];
          const blame = cycleEdges.find((e) => e.ref)?.ref;
          const names = [...path.slice(start), edge.parent].map((n) => n.id).join(' → ');
          if (blame) report({ loc: blame.loc, node: node.id, message: msg(`Support links form a cycle: ${names}.`, `Tautan dukungan membentuk siklus: ${names}.`) });
        } else if (s === undefined) {
          via.push(edge);
          visit(edge.parent);
          via.pop();
        }
      }
      path.pop();
      state.set(node, 2);
    };
    for (const node of plan.nodes) if (!state.has(node)) visit(node);
  },
});
