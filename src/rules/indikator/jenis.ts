import { msg } from '../../core/message.js';
import { LEVEL_NAMES, type Level, type PlanNode } from '../../model/plan.js';
import { defineRule } from '../rule.js';

/** What a level's indicators measure: targets measure outcomes, activities their outputs. */
const EXPECTED: Partial<Record<Level, 'outcome' | 'output'>> = {
  tujuan: 'outcome',
  sasaran: 'outcome',
  tujuan_opd: 'outcome',
  sasaran_opd: 'outcome',
  outcome_antara: 'outcome',
  sasaran_program: 'outcome',
  program: 'outcome',
  sasaran_kegiatan: 'outcome',
  kegiatan: 'output',
  sub_kegiatan: 'output',
};

function hasSubKegiatan(node: PlanNode): boolean {
  return node.children.some((c) => c.level === 'sub_kegiatan');
}

export default defineRule({
  meta: {
    id: 'indikator/jenis',
    description: msg(
      "An indicator's jenis fits its level: outcome for tujuan, sasaran, the OPD's tujuan and sasaran, intermediate outcomes, sasaran program, program and sasaran kegiatan; output for kegiatan and sub_kegiatan, except that a kegiatan with sub kegiatan may measure its outcome (hasil).",
      'Jenis indikator sesuai levelnya: outcome untuk tujuan, sasaran, tujuan dan sasaran OPD, outcome antara, sasaran program, program, dan sasaran kegiatan; output untuk kegiatan dan sub_kegiatan, kecuali kegiatan yang memiliki sub kegiatan boleh mengukur hasilnya (outcome).',
    ),
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ plan, report }) {
    for (const ind of plan.indicators) {
      const jenis = ind.data.jenis;
      const expected = EXPECTED[ind.owner.level];
      if ((jenis !== 'outcome' && jenis !== 'output') || !expected || jenis === expected) continue;
      // Permendagri 90/2019 with 77/2020: a kegiatan with sub kegiatan measures its hasil (an
      // outcome); its sub kegiatan measure the keluaran (outputs).
      if (jenis === 'outcome' && ind.owner.level === 'kegiatan' && hasSubKegiatan(ind.owner)) continue;
      const level = LEVEL_NAMES[ind.owner.level];
      report({
        loc: { source: ind.loc.source, path: [...ind.loc.path, 'jenis'] },
        node: ind.label,
        message: msg(
          `\`${ind.label}\` is an ${jenis} indicator of the ${level.en} \`${ind.owner.id}\`, whose indicators measure ${expected === 'outcome' ? 'outcomes (results)' : 'outputs (what the activity produces)'}: use jenis: ${expected}, or move the indicator to the level it measures.`,
          `\`${ind.label}\` adalah indikator ${jenis} pada ${level.id} \`${ind.owner.id}\`, yang indikatornya mengukur ${expected === 'outcome' ? 'outcome (hasil)' : 'output (keluaran kegiatan)'}: gunakan jenis: ${expected}, atau pindahkan indikator ke level yang diukurnya.`,
        ),
      });
    }
  },
});
