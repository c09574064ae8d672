import { msg } from '../../core/message.js';
import { budgetOf } from '../../model/budget.js';
import type { Plan, PlanIndicator } from '../../model/plan.js';
import { type ValueAt, valuesOf } from '../../model/targets.js';
import { formatRupiah } from '../../values/index.js';
import { defineRule } from '../rule.js';

type Found = 'none' | 'empty' | 'target';

/**
 * What the indicator promises for the year (or, with no year, in any year): a target, only zero or
 * empty values, or nothing. One target for the end of the period is what each year of the period
 * works towards, so it counts for all. Zero is a result to reach only where lower is better
 * (zero cases, zero accidents); elsewhere, as an empty value, it promises nothing.
 */
function promised(plan: Plan, ind: PlanIndicator, year: number | undefined): Found {
  const v = valuesOf(plan, ind);
  const values = v.target ? (v.target.single ? [v.target.single] : v.target.years.filter((t) => year === undefined || t.year === year)) : [];
  if (!values.length) return 'none';
  const empty = (t: ValueAt) =>
    (typeof t.raw === 'string' && t.raw.trim() === '') ||
    (t.reading.ok && t.reading.value.kind === 'number' && t.reading.value.value === 0 && v.arah !== 'turun');
  return values.every(empty) ? 'empty' : 'target';
}

export default defineRule({
  meta: {
    id: 'anggaran/no-target',
    description: msg(
      'An item with money in a year has an indicator with a target for that year, not only zero or empty ones: every rupiah traces to a target.',
      'Item yang memiliki anggaran pada suatu tahun memiliki indikator dengan target untuk tahun itu, bukan hanya nol atau kosong: setiap rupiah tertelusur ke target.',
    ),
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ plan, report }) {
    for (const [node, money] of budgetOf(plan).anggaran) {
      // With no indicator at all, indikator/missing says so already.
      if (node.indicators.length === 0) continue;
      for (const part of money.parts) {
        if (part.amount === 0) continue;
        const found = node.indicators.map((i) => promised(plan, i, part.year));
        if (found.includes('target')) continue;
        const rp = formatRupiah(part.amount);
        const y = part.year;
        // Targets written as 0 or "" look planned in a table, yet promise no result for the money.
        const why = found.includes('empty')
          ? y !== undefined
            ? msg(`every target of its indicators for ${y} is zero or empty`, `semua target indikatornya untuk tahun ${y} nol atau kosong`)
            : msg('every target of its indicators is zero or empty', 'semua target indikatornya nol atau kosong')
          : y !== undefined
            ? msg(`none of its indicators has a target for ${y}`, `tidak satu pun indikatornya memiliki target tahun ${y}`)
            : msg('none of its indicators has a target', 'tidak satu pun indikatornya memiliki target');
        report({
          loc: part.loc,
          node: node.id,
          message:
            y !== undefined
              ? msg(
                  `\`${node.id}\` has ${rp} in ${y}, but ${why.en}: money should trace to a target.`,
                  `\`${node.id}\` memiliki anggaran ${rp} pada tahun ${y}, tetapi ${why.id}: anggaran harus tertelusur ke target.`,
                )
              : msg(
                  `\`${node.id}\` has an anggaran of ${rp}, but ${why.en}: money should trace to a target.`,
                  `\`${node.id}\` memiliki anggaran ${rp}, tetapi ${why.id}: anggaran harus tertelusur ke target.`,
                ),
        });
      }
    }
  },
});
