import { msg } from '../../core/message.js';
import type { PlanJabatan } from '../../model/plan.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'jabatan/atasan-cycle',
    description: msg(
      'Chains of `atasan` end at a top position: no position is its own superior, directly or through others.',
      'Rantai `atasan` berakhir pada jabatan puncak: tidak ada jabatan yang menjadi atasan dirinya sendiri, langsung atau melalui jabatan lain.',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    // Each position has at most one atasan, so every cycle is met by walking up from some
    // position; it is reported once, at the `atasan` of its first member in the order written.
    const done = new Set<PlanJabatan>();
    for (const start of plan.jabatan) {
      const path: PlanJabatan[] = [];
      const onPath = new Set<PlanJabatan>();
      let j: PlanJabatan | undefined = start;
      while (j && !done.has(j) && !onPath.has(j)) {
        path.push(j);
        onPath.add(j);
        j = j.atasan?.target;
      }
      if (j && onPath.has(j)) {
        const cycle = path.slice(path.indexOf(j));
        const first = cycle.reduce((a, b) => (plan.jabatan.indexOf(b) < plan.jabatan.indexOf(a) ? b : a));
        const k = cycle.indexOf(first);
        const names = [...cycle.slice(k), ...cycle.slice(0, k), first].map((c) => c.id).join(' → ');
        report({
          loc: first.atasan!.loc,
          node: first.id,
          message: msg(`The atasan chain loops back: ${names}.`, `Rantai atasan berputar kembali: ${names}.`),
        });
      }
      for (const p of path) done.add(p);
    }
  },
});
