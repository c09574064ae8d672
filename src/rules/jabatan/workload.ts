import { msg } from '../../core/message.js';
import { peopleOf } from '../../model/people.js';
import { formatDuration } from '../../values/duration.js';
import { formatNumber } from '../../values/format.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'jabatan/workload',
    description: msg(
      "A position's SOP steps (Σ durasi × frekuensi) fit in the effective working time of a year (1.250 jam by default).",
      'Langkah SOP suatu jabatan (Σ durasi × frekuensi) muat dalam jam kerja efektif setahun (bawaan 1.250 jam).',
    ),
    defaultSeverity: 'warning',
    wholePlan: true,
    fixable: false,
  },
  check({ plan, settings, report }) {
    const people = peopleOf(plan, settings);
    for (const p of people.positions) {
      if (p.hoursPerYear <= people.effectiveHoursPerYear) continue;
      const load = formatDuration(p.minutesPerYear);
      const limit = formatNumber(people.effectiveHoursPerYear);
      const pct = formatNumber(p.share * 100, { maxDecimals: 0 });
      report({
        loc: { source: p.jabatan.loc.source, path: [...p.jabatan.loc.path, 'id'] },
        node: p.jabatan.id,
        message: msg(
          `${p.jabatan.id} has ${load} of SOP work a year, over the effective ${limit} jam (${pct}%): the work needs ${formatNumber(p.share, { maxDecimals: 2 })} people.`,
          `${p.jabatan.id} memikul ${load} pekerjaan SOP setahun, melebihi jam kerja efektif ${limit} jam (${pct}%): pekerjaan ini memerlukan ${formatNumber(p.share, { maxDecimals: 2 })} pegawai.`,
        ),
      });
    }
  },
});
