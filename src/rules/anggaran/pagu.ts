import { msg } from '../../core/message.js';
import { budgetOf, pairPlace, paguPairs } from '../../model/budget.js';
import { formatRupiah } from '../../values/index.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'anggaran/pagu',
    description: msg(
      'What an OPD allocates (the most detailed amounts under it, each counted once) does not exceed its `pagu`.',
      'Yang dialokasikan OPD (anggaran paling rinci di bawahnya, masing-masing dihitung sekali) tidak melebihi `pagu`-nya.',
    ),
    defaultSeverity: 'error',
    wholePlan: true,
    fixable: false,
  },
  check({ plan, report }) {
    const budget = budgetOf(plan);
    for (const opd of plan.opds) {
      const found = paguPairs(budget, opd);
      if (!found) continue;
      const n = found.items.length;
      for (const pair of found.pairs) {
        if (pair.parts <= pair.whole) continue;
        const inEn = pair.year !== undefined ? `In ${pair.year}, ` : '';
        const inId = pair.year !== undefined ? `Pada tahun ${pair.year}, ` : '';
        // A per-year pagu that leaves the year out is a gap in the pagu, not a pagu of Rp0.
        const years = found.pagu.amount?.years;
        if (pair.year !== undefined && years && !years.has(pair.year)) {
          report({
            ...pairPlace(found.pagu, pair.year),
            node: opd.id,
            message: msg(
              `${inEn}\`${opd.id}\` allocates ${formatRupiah(pair.parts)} (${n} ${n === 1 ? 'amount' : 'amounts'} under it), but its pagu gives no amount for ${pair.year}: add the year to the pagu, or move the money.`,
              `${inId}\`${opd.id}\` mengalokasikan ${formatRupiah(pair.parts)} (${n} anggaran di bawahnya), tetapi pagunya tidak memuat tahun ${pair.year}: tambahkan tahun itu pada pagu, atau pindahkan anggarannya.`,
            ),
          });
          continue;
        }
        report({
          ...pairPlace(found.pagu, pair.year),
          node: opd.id,
          message: msg(
            `${inEn}\`${opd.id}\` allocates ${formatRupiah(pair.parts)} (${n} ${n === 1 ? 'amount' : 'amounts'} under it), ${formatRupiah(pair.parts - pair.whole)} over its pagu of ${formatRupiah(pair.whole)}.`,
            `${inId}\`${opd.id}\` mengalokasikan ${formatRupiah(pair.parts)} (${n} anggaran di bawahnya), melebihi pagunya ${formatRupiah(pair.whole)} sebesar ${formatRupiah(pair.parts - pair.whole)}.`,
          ),
        });
      }
    }
  },
});
