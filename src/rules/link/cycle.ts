import { msg } from '../../i18n/message.js';
import type { PlanNode } from '../../model/plan.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'link/cycle',
    description: msg('Support links never loop back: no node supports itself through others.', 'Tautan dukungan tidak berputar: tidak ada simpul yang mendukung dirinya sendiri melalui simpul lain.'),
    defaultSeverity: 'error',
  },
  check({ plan, report }) {
    // Depth-first search up the parent links; an edge into the current path closes a cycle.
    const state = new Map<PlanNode, 1 | 2>();
    const stack: PlanNode[] = [];
    const visit = (node: PlanNode) => {
      state.set(node, 1);
      stack.push(node);
      for (const ref of node.mendukung) {
        const parent = ref.target;
        if (!parent) continue;
        const s = state.get(parent);
        if (s === 1) {
          const cycle = [...stack.slice(stack.indexOf(parent)), parent].map((n) => n.id).join(' → ');
          report({ loc: ref.loc, node: node.id, message: msg(`Support links form a cycle: ${cycle}.`, `Tautan dukungan membentuk siklus: ${cycle}.`) });
        } else if (s === undefined) visit(parent);
      }
      if (node.nestParent && state.get(node.nestParent) === undefined) visit(node.nestParent);
      stack.pop();
      state.set(node, 2);
    };
    for (const node of plan.nodes) if (!state.has(node)) visit(node);
  },
});
