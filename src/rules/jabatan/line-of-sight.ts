import { msg } from '../../core/message.js';
import { descendants } from '../../model/levels.js';
import { answeringSuperior } from '../../model/people.js';
import type { PlanJabatan, PlanNode } from '../../model/plan.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'jabatan/line-of-sight',
    description: msg(
      "What a position answers for, and the kegiatan of the SOP steps it performs, lie at or below its atasan's sasaran in the cascade.",
      'Sasaran suatu jabatan, dan kegiatan dari langkah SOP yang dikerjakannya, berada pada atau di bawah sasaran atasannya dalam cascade.',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    const below = new Map<PlanJabatan, Set<PlanNode>>();
    for (const jab of plan.jabatan) {
      // An atasan that answers for nothing passes the bound on to its own superior.
      const sup = answeringSuperior(jab);
      if (!sup) continue;
      // Many positions share one superior: what lies below it is gathered once.
      let within = below.get(sup);
      if (!within) {
        within = new Set<PlanNode>();
        for (const r of sup.sasaran) if (r.target) for (const n of descendants(r.target)) within.add(n);
        below.set(sup, within);
      }
      const theirs = sup.sasaran.flatMap((r) => (r.target ? [r.target.id] : [])).join(', ');
      const via = sup === jab.atasan?.target ? '' : ` (through ${jab.atasan?.id})`;
      const viaId = sup === jab.atasan?.target ? '' : ` (melalui ${jab.atasan?.id})`;
      for (const ref of jab.sasaran) {
        if (!ref.target || within.has(ref.target)) continue;
        report({
          loc: ref.loc,
          node: jab.id,
          message: msg(
            `${jab.id} answers for \`${ref.target.id}\`, which is not at or below what its atasan ${sup.id}${via} answers for (${theirs}).`,
            `${jab.id} bertanggung jawab atas \`${ref.target.id}\`, yang tidak berada pada atau di bawah sasaran atasannya ${sup.id}${viaId} (${theirs}).`,
          ),
        });
      }
      for (const step of jab.steps) {
        if (within.has(step.owner)) continue;
        report({
          loc: step.pelaksana!.loc,
          node: jab.id,
          message: msg(
            `${jab.id} performs a step of \`${step.owner.id}\`, which is not at or below what its atasan ${sup.id}${via} answers for (${theirs}).`,
            `${jab.id} mengerjakan langkah dari \`${step.owner.id}\`, yang tidak berada pada atau di bawah sasaran atasannya ${sup.id}${viaId} (${theirs}).`,
          ),
        });
      }
    }
  },
});
