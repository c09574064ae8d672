import { msg } from '../../core/message.js';
import { ancestors } from '../../model/levels.js';
import { indicatorKey } from '../../model/indicator-name.js';
import type { Level, PlanIndicator, PlanNode } from '../../model/plan.js';
import { opdName } from '../../model/plan.js';
import { defineRule } from '../rule.js';

/**
 * The outcome levels an OPD answers for. Programs and below are left out: the supporting program
 * every OPD carries (x.xx.01) measures the same things in every OPD, rightly.
 */
const OPD_OUTCOMES: ReadonlySet<Level> = new Set(['tujuan_opd', 'sasaran_opd', 'outcome_antara', 'sasaran_program']);

export default defineRule({
  meta: {
    id: 'indikator/duplicate-opd',
    description: msg(
      'The same indicator is not claimed by two OPDs unless a crosscutting link joins them (one supports the other, or they share a part of one indicator).',
      'Indikator yang sama tidak diklaim dua OPD kecuali ada tautan crosscutting di antara keduanya (yang satu mendukung yang lain, atau keduanya bagian dari satu indikator).',
    ),
    defaultSeverity: 'warning',
    wholePlan: true,
    fixable: false,
  },
  check({ plan, report }) {
    const above = new Map<PlanNode, Set<PlanNode>>();
    const up = (n: PlanNode) => above.get(n) ?? above.set(n, ancestors([n])).get(n)!;
    /** Joined when a node of one of the two OPDs is at or above both owners: one OPD's target is served by the other's. */
    const joined = (a: PlanIndicator, b: PlanIndicator): boolean => {
      if (a.bagianDari?.target === b || b.bagianDari?.target === a) return true;
      if (a.bagianDari?.target && a.bagianDari.target === b.bagianDari?.target) return true;
      const ua = up(a.owner);
      for (const n of up(b.owner)) if (ua.has(n) && n.opd && (n.opd === a.owner.opd || n.opd === b.owner.opd)) return true;
      return false;
    };
    // Each side is told, in its own OPD's file: which of the two was written first says nothing.
    const byName = new Map<string, PlanIndicator[]>();
    for (const ind of plan.indicators) {
      if (!OPD_OUTCOMES.has(ind.owner.level) || !ind.owner.opd) continue;
      const k = indicatorKey(ind);
      if (!k) continue;
      const same = byName.get(k);
      if (same) same.push(ind);
      else byName.set(k, [ind]);
    }
    for (const ind of plan.indicators) {
      const same = OPD_OUTCOMES.has(ind.owner.level) && ind.owner.opd ? byName.get(indicatorKey(ind)) : undefined;
      const other = same?.find((e) => e.owner.opd !== ind.owner.opd && !joined(e, ind));
      if (!other) continue;
      const [a, b] = [other.owner.opd!, ind.owner.opd!];
      report({
        loc: { source: ind.loc.source, path: [...ind.loc.path, 'nama'] },
        node: ind.label,
        message: msg(
          `"${ind.data.nama}" is claimed by ${opdName(b)} (\`${ind.owner.id}\`) and by ${opdName(a)} (\`${other.owner.id}\`), with no crosscutting link between them: if both work towards it, link one to the other's target with mendukung (or make each a part with bagian_dari); otherwise one of them measures the wrong thing.`,
          `"${ind.data.nama}" diklaim ${opdName(b)} (\`${ind.owner.id}\`) dan ${opdName(a)} (\`${other.owner.id}\`) tanpa tautan crosscutting di antara keduanya: bila keduanya bekerja untuknya, tautkan yang satu ke sasaran yang lain dengan mendukung (atau jadikan masing-masing bagian dengan bagian_dari); bila tidak, salah satunya mengukur hal yang keliru.`,
        ),
      });
    }
  },
});
