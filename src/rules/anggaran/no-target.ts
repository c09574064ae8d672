import { msg } from '../../core/message.js';
import { budgetOf } from '../../model/budget.js';
import type { PlanIndicator } from '../../model/plan.js';
import { formatRupiah, readYear } from '../../values/index.js';
import { defineRule } from '../rule.js';

/**
 * Whether the indicator has a target for the year (or, with no year, any target). One target
 * for the end of the period is what each year of the period works towards, so it counts for all.
 */
function hasTarget(ind: PlanIndicator, year: number | undefined): boolean {
  const t: unknown = ind.data.target;
  if (typeof t === 'string' || typeof t === 'number') return true;
  if (t === null || typeof t !== 'object' || Array.isArray(t)) return false;
  return Object.entries(t).some(([k, v]) => v !== null && v !== undefined && (year === undefined || (readYear(k).ok && Number(k) === year)));
}

export default defineRule({
  meta: {
    id: 'anggaran/no-target',
    description: msg(
      'An item with money in a year has an indicator with a target for that year: every rupiah traces to a target.',
      'Item yang memiliki anggaran pada suatu tahun memiliki indikator dengan target untuk tahun itu: setiap rupiah tertelusur ke target.',
    ),
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ plan, report }) {
    for (const [node, money] of budgetOf(plan).anggaran) {
      // With no indicator at all, indikator/missing says so already.
      if (node.indicators.length === 0) continue;
      for (const part of money.parts) {
        if (part.amount === 0 || node.indicators.some((i) => hasTarget(i, part.year))) continue;
        const rp = formatRupiah(part.amount);
        report({
          loc: part.loc,
          node: node.id,
          message:
            part.year !== undefined
              ? msg(
                  `\`${node.id}\` has ${rp} in ${part.year}, but none of its indicators has a target for ${part.year}: money should trace to a target.`,
                  `\`${node.id}\` memiliki anggaran ${rp} pada tahun ${part.year}, tetapi tidak satu pun indikatornya memiliki target tahun ${part.year}: anggaran harus tertelusur ke target.`,
                )
              : msg(
                  `\`${node.id}\` has an anggaran of ${rp}, but none of its indicators has a target: money should trace to a target.`,
                  `\`${node.id}\` memiliki anggaran ${rp}, tetapi tidak satu pun indikatornya memiliki target: anggaran harus tertelusur ke target.`,
                ),
        });
      }
    }
  },
});
