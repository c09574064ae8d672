import { msg } from '../../core/message.js';
import { kegiatanOf } from '../../model/levels.js';
import { indicatorKey as key } from '../../model/indicator-name.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'indikator/program-own',
    description: msg(
      "A program's indicator is not also an indicator of one of its kegiatan: the program measures its own result.",
      'Indikator program bukan juga indikator salah satu kegiatannya: program mengukur hasilnya sendiri.',
    ),
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ plan, report }) {
    for (const program of plan.nodes) {
      if (program.level !== 'program') continue;
      for (const ind of program.indicators) {
        const k = key(ind);
        if (!k) continue;
        const same = kegiatanOf(program).find((c) => c.indicators.some((i) => key(i) === k));
        if (!same) continue;
        report({
          loc: { source: ind.loc.source, path: [...ind.loc.path, 'nama'] },
          node: ind.label,
          message: msg(
            `The program \`${program.id}\` is measured by "${ind.data.nama}", which is also an indicator of its kegiatan \`${same.id}\`: a program measures its own result (the outcome its kegiatan together bring), not one kegiatan's.`,
            `Program \`${program.id}\` diukur dengan "${ind.data.nama}", yang juga indikator kegiatannya \`${same.id}\`: program mengukur hasilnya sendiri (outcome dari kegiatan-kegiatannya bersama), bukan hasil satu kegiatan.`,
          ),
        });
      }
    }
  },
});
