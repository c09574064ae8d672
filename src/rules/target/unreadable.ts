import { msg } from '../../core/message.js';
import { indicatorValues, valueName } from '../../model/targets.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'target/unreadable',
    description: msg(
      'Every baseline, target, realisasi and skala bound of an indicator can be read as a number, a range or a predikat.',
      'Setiap baseline, target, realisasi, dan batas skala indikator dapat dibaca sebagai angka, rentang, atau predikat.',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    for (const v of indicatorValues(plan).values()) {
      const who = v.indicator.label;
      for (const val of v.values) {
        if (val.reading.ok || val.offSkala || val.noData) continue;
        const what = valueName(val, true);
        report({
          loc: val.loc,
          node: who,
          message: msg(
            `${what.en} of \`${who}\` cannot be read: ${val.reading.reason.en}.`,
            `${what.id} \`${who}\` tidak dapat dibaca: ${val.reading.reason.id}.`,
          ),
        });
      }
      if (v.baseline?.year && !v.baseline.year.reading.ok) {
        const r = v.baseline.year.reading.reason;
        report({
          loc: v.baseline.year.loc,
          node: who,
          message: msg(`The baseline year of \`${who}\` cannot be read: ${r.en}.`, `Tahun baseline \`${who}\` tidak dapat dibaca: ${r.id}.`),
        });
      }
      for (const p of v.skalaProblems) {
        const key = String(p.loc.path[p.loc.path.length - 1]);
        report({
          loc: p.loc,
          node: who,
          message: msg(
            `The skala bound \`${key}\` of \`${who}\` cannot be read: ${p.reason.reason.en}.`,
            `Batas skala \`${key}\` \`${who}\` tidak dapat dibaca: ${p.reason.reason.id}.`,
          ),
        });
      }
    }
  },
});
