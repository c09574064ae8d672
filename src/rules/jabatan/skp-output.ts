import { msg } from '../../core/message.js';
import { LEVEL_NAMES, type Level } from '../../model/plan.js';
import { defineRule } from '../rule.js';

/** Levels whose targets are outcomes: a pelaksana or a functional position does not hold them. */
const OUTCOME_LEVELS: ReadonlySet<Level> = new Set(['tujuan', 'sasaran', 'ksf', 'tujuan_opd', 'sasaran_opd', 'outcome_antara', 'sasaran_program', 'program']);

export default defineRule({
  meta: {
    id: 'jabatan/skp-output',
    description: msg(
      'A pelaksana or a functional position holds outputs in its SKP (kegiatan, sub kegiatan, SOP steps), not an outcome-level target.',
      'Jabatan pelaksana atau fungsional memegang output dalam SKP-nya (kegiatan, sub kegiatan, langkah SOP), bukan sasaran tingkat outcome.',
    ),
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ plan, report }) {
    for (const j of plan.jabatan) {
      const jenis = j.data.jenis;
      if (jenis !== 'pelaksana' && jenis !== 'fungsional') continue;
      j.sasaran.forEach((ref) => {
        const node = ref.target;
        if (!node || !OUTCOME_LEVELS.has(node.level)) return;
        // A functional position equivalent to eselon III (a Pengendali Teknis) answers for a program, as eselon III does.
        if (jenis === 'fungsional' && j.data.setara === 'III' && (node.level === 'program' || node.level === 'sasaran_program')) return;
        const level = LEVEL_NAMES[node.level];
        report({
          loc: ref.loc,
          node: j.id,
          message: msg(
            `The ${jenis} position \`${j.id}\` holds the ${level.en} \`${node.id}\`, an outcome-level target: an individual's targets are the outputs of their SOP steps (a kegiatan or sub kegiatan).`,
            `Jabatan ${jenis} \`${j.id}\` memegang ${level.id} \`${node.id}\`, sasaran tingkat outcome: sasaran individu adalah output langkah SOP-nya (kegiatan atau sub kegiatan).`,
          ),
        });
      });
    }
  },
});
