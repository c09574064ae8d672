import { msg } from '../../core/message.js';
import { budgetOf, type Money } from '../../model/budget.js';
import { periodOf } from '../../model/plan.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'anggaran/year',
    description: msg(
      'The years of an `anggaran` or `pagu` given per year lie in the plan `periode`.',
      'Tahun pada `anggaran` atau `pagu` per tahun berada dalam `periode` rencana.',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    const period = periodOf(plan);
    if (!period) return;
    const budget = budgetOf(plan);
    const check = (owner: string, money: Money) => {
      for (const part of money.parts) {
        if (part.year === undefined || (part.year >= period.mulai && part.year <= period.selesai)) continue;
        report({
          loc: part.loc,
          part: 'key',
          node: owner,
          message: msg(
            `${part.year} is outside the periode ${period.mulai}–${period.selesai}: the \`${money.key}\` of \`${owner}\` can only give years of the plan.`,
            `${part.year} di luar periode ${period.mulai}–${period.selesai}: \`${money.key}\` milik \`${owner}\` hanya boleh memuat tahun dalam rencana.`,
          ),
        });
      }
    };
    for (const [node, money] of budget.anggaran) check(node.id, money);
    for (const [opd, money] of budget.pagu) check(opd.id, money);
  },
});
