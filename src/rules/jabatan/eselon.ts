import { msg } from '../../core/message.js';
import { LEVEL_NAMES, type Level } from '../../model/plan.js';
import { defineRule } from '../rule.js';

/** The level each eselon answers for (an eselon IV may also hold the sub kegiatan of its kegiatan). */
const LEVEL_OF: Record<string, { levels: Level[]; en: string; id: string }> = {
  II: {
    levels: ['tujuan_opd', 'sasaran_opd', 'outcome_antara'],
    en: 'a sasaran strategis OPD',
    id: 'sasaran strategis OPD',
  },
  III: {
    levels: ['outcome_antara', 'sasaran_program', 'program'],
    en: 'a program',
    id: 'program',
  },
  IV: {
    levels: ['sasaran_kegiatan', 'kegiatan', 'sub_kegiatan'],
    en: 'a kegiatan (or sub kegiatan)',
    id: 'kegiatan (atau sub kegiatan)',
  },
};

export default defineRule({
  meta: {
    id: 'jabatan/eselon',
    description: msg(
      'A struktural position answers for its level: eselon II for a sasaran strategis OPD, III for a program, IV for a kegiatan.',
      'Jabatan struktural bertanggung jawab atas levelnya: eselon II atas sasaran strategis OPD, III atas program, IV atas kegiatan.',
    ),
    defaultSeverity: 'warning',
    wholePlan: true,
    fixable: false,
  },
  check({ plan, report }) {
    for (const jab of plan.jabatan) {
      if (jab.data.jenis !== 'struktural') continue;
      const fit = LEVEL_OF[String(jab.data.eselon)];
      if (!fit) continue;
      // A head who signs for nothing has no Perjanjian Kinerja: the cascade stops above the position.
      if (jab.data.sasaran === undefined) {
        report({
          loc: jab.loc,
          node: jab.id,
          message: msg(
            `${jab.id} is eselon ${jab.data.eselon} but answers for nothing: list in \`sasaran\` ${fit.en} it signs for.`,
            `${jab.id} adalah eselon ${jab.data.eselon} tetapi tidak bertanggung jawab atas apa pun: sebutkan di \`sasaran\` ${fit.id} yang ditandatanganinya.`,
          ),
        });
        continue;
      }
      for (const ref of jab.sasaran) {
        const node = ref.target;
        if (!node || fit.levels.includes(node.level)) continue;
        report({
          loc: ref.loc,
          node: jab.id,
          message: msg(
            `${jab.id} is eselon ${jab.data.eselon} and answers for ${fit.en}, but \`${node.id}\` is a ${LEVEL_NAMES[node.level].en}.`,
            `${jab.id} adalah eselon ${jab.data.eselon} dan bertanggung jawab atas ${fit.id}, tetapi \`${node.id}\` adalah ${LEVEL_NAMES[node.level].id}.`,
          ),
        });
      }
    }
  },
});
