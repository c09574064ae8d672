import { msg } from '../../core/message.js';
import { budgetOf, pairPlace, paguPairs } from '../../model/budget.js';
import { formatRupiah } from '../../values/index.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'anggaran/unallocated',
    description: msg(
      "Money of an OPD's `pagu` that no program, kegiatan or sub kegiatan under it takes up.",
      'Dana dari `pagu` OPD yang belum diambil oleh program, kegiatan, atau sub kegiatan di bawahnya.',
    ),
    defaultSeverity: 'info',
    wholePlan: true,
    fixable: false,
  },
  check({ plan, report }) {
    const budget = budgetOf(plan);
    for (const opd of plan.opds) {
      const found = paguPairs(budget, opd);
      if (!found) continue;
      for (const pair of found.pairs) {
        if (pair.parts >= pair.whole) continue;
        const inEn = pair.year !== undefined ? `In ${pair.year}, ` : '';
        const inId = pair.year !== undefined ? `Pada tahun ${pair.year}, ` : '';
        const left = formatRupiah(pair.whole - pair.parts);
        report({
          ...pairPlace(found.pagu, pair.year),
          node: opd.id,
          message:
            found.items.length === 0
              ? msg(
                  `${inEn}nothing is allocated under the pagu of \`${opd.id}\` (${formatRupiah(pair.whole)}): no program, kegiatan or sub kegiatan of it has an anggaran.`,
                  `${inId}belum ada yang dialokasikan dari pagu \`${opd.id}\` (${formatRupiah(pair.whole)}): tidak ada program, kegiatan, atau sub kegiatannya yang memiliki anggaran.`,
                )
              : msg(
                  `${inEn}${left} of the pagu of \`${opd.id}\` (${formatRupiah(pair.whole)}) is not allocated: the amounts under it come to ${formatRupiah(pair.parts)}.`,
                  `${inId}${left} dari pagu \`${opd.id}\` (${formatRupiah(pair.whole)}) belum dialokasikan: anggaran di bawahnya berjumlah ${formatRupiah(pair.parts)}.`,
                ),
        });
      }
    }
  },
});
