import { msg } from '../../core/message.js';
import { budgetOf } from '../../model/budget.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'anggaran/mitra',
    description: msg(
      'No `anggaran` or `pagu` under a partner OPD (`mitra: true`): partners are outside the Pemda budget.',
      'Tidak ada `anggaran` atau `pagu` pada OPD mitra (`mitra: true`): mitra berada di luar anggaran Pemda.',
    ),
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ plan, report }) {
    const budget = budgetOf(plan);
    for (const [opd, money] of budget.pagu) {
      if (!opd.mitra) continue;
      report({
        loc: money.loc,
        part: 'key',
        node: opd.id,
        message: msg(
          `\`${opd.id}\` is a partner outside the Pemda budget (mitra: true), so it has no pagu in this plan: remove it, or drop \`mitra\` if it is a Pemda OPD.`,
          `\`${opd.id}\` adalah mitra di luar anggaran Pemda (mitra: true), sehingga tidak memiliki pagu dalam rencana ini: hapus pagu, atau hapus \`mitra\` bila ia OPD Pemda.`,
        ),
      });
    }
    for (const [node, money] of budget.anggaran) {
      const opd = node.opd;
      if (!opd?.mitra) continue;
      report({
        loc: money.loc,
        part: 'key',
        node: node.id,
        message: msg(
          `\`${node.id}\` belongs to \`${opd.id}\`, a partner outside the Pemda budget (mitra: true): its anggaran is not Pemda money; remove it, or note the partner's own funding in \`keterangan\`.`,
          `\`${node.id}\` milik \`${opd.id}\`, mitra di luar anggaran Pemda (mitra: true): anggarannya bukan dana Pemda; hapus, atau catat pendanaan mitra di \`keterangan\`.`,
        ),
      });
    }
  },
});
