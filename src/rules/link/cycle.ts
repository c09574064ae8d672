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
    description: msg(
      'Support links never loop back: no node supports itself through others.',
      'Tautan dukungan tidak berputar: tidak ada simpul yang mendukung dirinya sendiri melalui simpul lain.',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    // Depth-first up the parent edges; an edge into the current path closes a cycle. Nesting is a
    // tree, so every cycle has a `mendukung` in it: the finding points at one.
    // Iterative (a chain of thousands of links would overflow the call stack): each frame is a
    // node on the current path with the index of its next edge.
    const state = new Map<PlanNode, 1 | 2>();
    const path: PlanNode[] = [];
    const at = new Map<PlanNode, number>();
    const via: Edge[] = [];
    const frames: Array<{ node: PlanNode; edges: Edge[]; next: number }> = [];
    const enter = (node: PlanNode) => {
      state.set(node, 1);
      at.set(node, path.length);
      path.push(node);
      frames.push({ node, edges: edgesOf(node), next: 0 });
    };
    for (const root of plan.nodes) {
      if (state.has(root)) continue;
      enter(root);
      while (frames.length) {
        const f = frames[frames.length - 1];
        if (f.next === f.edges.length) {
          frames.pop();
          path.pop();
          via.pop();
          state.set(f.node, 2);
          continue;
        }
        const edge = f.edges[f.next++];
        const s = state.get(edge.parent);
        if (s === 1) {
          const start = at.get(edge.parent)!;
          const cycleEdges = [edge, ...via.slice(start)];
          const blame = cycleEdges.find((e) => e.ref)?.ref;
          const names = [...path.slice(start), edge.parent].map((n) => n.id).join(' → ');
          if (blame)
            report({ loc: blame.loc, node: f.node.id, message: msg(`Support links form a cycle: ${names}.`, `Tautan dukungan membentuk siklus: ${names}.`) });
        } else if (s === undefined) {
          via.push(edge);
          enter(edge.parent);
        }
      }
    }
  },
});
