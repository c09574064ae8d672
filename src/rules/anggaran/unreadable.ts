import { msg } from '../../core/message.js';
import { budgetOf } from '../../model/budget.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'anggaran/unreadable',
    description: msg(
      'Every `anggaran` and `pagu` reads as whole rupiah (not negative), for the period or per year.',
      'Setiap `anggaran` dan `pagu` terbaca sebagai rupiah bulat (tidak negatif), untuk periode atau per tahun.',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    for (const p of budgetOf(plan).problems) {
      // A wrong shape (a list, an empty value) is schema/invalid-type's finding already.
      if (p.shape) continue;
      report({
        loc: p.loc,
        part: p.part,
        node: p.owner,
        message: msg(`Cannot read the \`${p.key}\` of \`${p.owner}\`: ${p.reason.en}.`, `\`${p.key}\` milik \`${p.owner}\` tidak terbaca: ${p.reason.id}.`),
      });
    }
  },
});
