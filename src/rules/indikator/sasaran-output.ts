import { msg } from '../../core/message.js';
import type { Level } from '../../model/plan.js';
import { LEVEL_NAMES } from '../../model/plan.js';
import { indicatorKey } from '../../model/indicator-name.js';
import { defineRule } from '../rule.js';

/** The levels the LKE expects to be measured by outcomes: the Pemda's targets and the OPD's strategic ones. */
const SASARAN_LEVELS: ReadonlySet<Level> = new Set(['sasaran', 'sasaran_opd']);

/**
 * A count of things an activity produces, in words no outcome uses: "jumlah dokumen …",
 * "jumlah pelatihan …", "jumlah … yang disusun/dibangun/dilaksanakan". Counts of people served or of
 * visits ("jumlah kunjungan wisatawan", SPM counts) are left alone: they are results planners do
 * set as targets, and a false alarm costs more trust than a missed one.
 */
const COUNT = /^(jumlah|banyaknya)\s/;
const PRODUCED_THING =
  /^(jumlah|banyaknya) (dokumen|laporan|kegiatan|pelatihan|sosialisasi|rapat|paket|buku|kajian|publikasi|festival|pameran|bimtek|bimbingan teknis|workshop|lokakarya|seminar|penyuluhan|pengadaan|pembangunan|rehabilitasi|penyusunan|penyelenggaraan|pelaksanaan)\b/;
const PRODUCED_BY = /\byang (disusun|dibangun|dibuat|diadakan|dilaksanakan|diselenggarakan|dicetak|diterbitkan|direhabilitasi|disalurkan|dibagikan)\b/;

function readsAsOutput(name: string): boolean {
  return PRODUCED_THING.test(name) || (COUNT.test(name) && PRODUCED_BY.test(name));
}

export default defineRule({
  meta: {
    id: 'indikator/sasaran-output',
    description: msg(
      'A Sasaran Pemda or Sasaran Strategis OPD is measured by an outcome, not by a count of things produced.',
      'Sasaran Pemda atau Sasaran Strategis OPD diukur dengan outcome, bukan dengan jumlah keluaran yang dihasilkan.',
    ),
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ plan, report }) {
    for (const ind of plan.indicators) {
      const owner = ind.owner;
      if (!SASARAN_LEVELS.has(owner.level) || owner.opd?.mitra) continue;
      // A written jenis is the planner's word: jenis: output at this level is indikator/jenis's finding.
      if (ind.data.jenis !== undefined) continue;
      if (!readsAsOutput(indicatorKey(ind))) continue;
      const level = LEVEL_NAMES[owner.level];
      report({
        loc: { source: ind.loc.source, path: [...ind.loc.path, 'nama'] },
        node: ind.label,
        message: msg(
          `"${ind.data.nama}" counts what an activity produces, yet it measures the ${level.en} \`${owner.id}\`: a target at this level is measured by its outcome (the change it brings); move the count to the program or kegiatan that produces it.`,
          `"${ind.data.nama}" menghitung keluaran kegiatan, padahal mengukur ${level.id} \`${owner.id}\`: sasaran pada level ini diukur dengan outcome-nya (perubahan yang dihasilkan); pindahkan hitungan itu ke program atau kegiatan yang menghasilkannya.`,
        ),
      });
    }
  },
});
