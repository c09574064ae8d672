import { msg } from '../../core/message.js';
import { periodOf } from '../../model/plan.js';
import { indicatorValues, valueName } from '../../model/targets.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'target/year',
    description: msg(
      'Target and realisasi years lie in the periode, a baseline year before it; every year of the periode has a target, or one end-of-period target is given.',
      'Tahun target dan realisasi berada dalam periode, tahun baseline sebelumnya; setiap tahun periode memiliki target, atau diberikan satu target akhir periode.',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    const period = periodOf(plan);
    if (!period) return; // without a periode there is nothing to hold years against
    const span = `${period.mulai}–${period.selesai}`;
    for (const v of indicatorValues(plan).values()) {
      const who = v.indicator.label;
      const by = v.baseline?.year;
      if (by?.reading.ok && by.reading.value >= period.mulai) {
        report({
          loc: by.loc,
          node: who,
          message: msg(
            `The baseline year ${by.reading.value} of \`${who}\` is not before the periode ${span}: a baseline is the value before the plan starts.`,
            `Tahun baseline ${by.reading.value} \`${who}\` tidak sebelum periode ${span}: baseline adalah nilai sebelum rencana dimulai.`,
          ),
        });
      }
      for (const s of [v.target, v.realisasi]) {
        for (const val of s?.years ?? []) {
          const y = val.year!;
          if (y >= period.mulai && y <= period.selesai) continue;
          const what = valueName(val, true);
          report({
            loc: val.loc,
            part: 'key',
            node: who,
            message: msg(`${what.en} of \`${who}\` lies outside the periode ${span}.`, `${what.id} \`${who}\` berada di luar periode ${span}.`),
          });
        }
      }
      const t = v.target;
      if (v.indicator.data.target === undefined) {
        report({
          loc: v.indicator.loc,
          node: who,
          message: msg(
            `\`${who}\` has no target: give one for every year of ${span} (\`target: {${period.mulai}: …}\`), or one end-of-period target.`,
            `\`${who}\` tidak memiliki target: berikan target untuk setiap tahun ${span} (\`target: {${period.mulai}: …}\`), atau satu target akhir periode.`,
          ),
        });
        continue;
      }
      // A target of the wrong kind (`true`, a list) is schema/invalid-type's finding alone.
      const written = v.indicator.data.target as unknown;
      if (!t || t.single || written === null || typeof written !== 'object' || Array.isArray(written)) continue;
      const given = new Set(t.years.map((x) => x.year!));
      // One value for the last year is the end-of-period target written as a map.
      if (given.size === 1 && given.has(period.selesai)) continue;
      const missing: number[] = [];
      for (let y = period.mulai; y <= period.selesai; y++) if (!given.has(y)) missing.push(y);
      if (!missing.length) continue;
      report({
        loc: t.loc,
        part: 'key',
        node: who,
        message: msg(
          `The targets of \`${who}\` leave out ${missing.join(', ')}: give a target for every year of ${span}, or one end-of-period target.`,
          `Target \`${who}\` tidak mencakup ${missing.join(', ')}: berikan target untuk setiap tahun ${span}, atau satu target akhir periode.`,
        ),
      });
    }
  },
});
