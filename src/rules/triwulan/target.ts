import { msg, type Msg } from '../../core/message.js';
import { annualTarget, QUARTERS, triwulanOf, type Cara } from '../../model/triwulan.js';
import { formatTargetValue, type TargetValue } from '../../values/index.js';
import { defineRule } from '../rule.js';

/** Two values agree when they are the same kind with the same numbers, within the relative tolerance. */
function same(a: TargetValue, b: TargetValue, tolerance: number): boolean {
  const eq = (x: number, y: number) => Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y)) + 1e-12;
  if (a.kind === 'number' && b.kind === 'number') return eq(a.value, b.value);
  if (a.kind === 'range' && b.kind === 'range') return eq(a.min, b.min) && eq(a.max, b.max);
  if (a.kind === 'bound' && b.kind === 'bound') return a.side === b.side && a.strict === b.strict && eq(a.value, b.value);
  if (a.kind === 'predikat' && b.kind === 'predikat') return a.rank === b.rank;
  return false;
}

const show = (v: TargetValue) => formatTargetValue(v);
const CARA: Record<Cara, Msg> = {
  kumulatif: msg('cara kumulatif: TW IV is the level the year ends at', 'cara kumulatif: TW IV adalah capaian akhir tahun'),
  jumlah: msg('cara jumlah: the four quarters add up to the year', 'cara jumlah: keempat triwulan dijumlahkan menjadi target tahunan'),
};

export default defineRule({
  meta: {
    id: 'triwulan/target',
    description: msg(
      'Quarterly targets (Rencana Aksi) give all four quarters, each readable, and agree with the annual target of their year, within settings.tolerance: TW IV equals it (cara kumulatif) or the four add up to it (cara jumlah).',
      'Target triwulan (Rencana Aksi) memuat keempat triwulan, masing-masing terbaca, dan sesuai dengan target tahunan: TW IV sama dengannya (cara kumulatif) atau keempatnya berjumlah sama (cara jumlah).',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report, settings }) {
    for (const ind of plan.indicators) {
      const tw = triwulanOf(plan, ind);
      if (!tw?.cara) continue; // without cara the schema reports the missing key
      const who = ind.label;
      for (const y of tw.target) {
        let readable = true;
        for (const v of y.values) {
          if (v.reading.ok) continue;
          readable = false;
          report({
            loc: v.loc,
            node: who,
            message: msg(
              `The target of TW ${v.quarter} ${y.year} of \`${who}\` cannot be read: ${v.reading.reason.en}.`,
              `Target TW ${v.quarter} ${y.year} \`${who}\` tidak dapat dibaca: ${v.reading.reason.id}.`,
            ),
          });
        }
        const missing = QUARTERS.filter((q) => !y.values.some((v) => v.quarter === q));
        if (missing.length) {
          report({
            loc: y.loc,
            part: 'key',
            node: who,
            message: msg(
              `The quarterly targets ${y.year} of \`${who}\` leave out TW ${missing.join(', ')}: a Rencana Aksi gives a target for each of TW I–IV.`,
              `Target triwulan ${y.year} \`${who}\` tidak mencakup TW ${missing.join(', ')}: Rencana Aksi memuat target setiap TW I–IV.`,
            ),
          });
          continue;
        }
        if (!readable) continue;
        const annual = annualTarget(plan, ind, y.year);
        if (!annual) {
          report({
            loc: y.loc,
            part: 'key',
            node: who,
            message: msg(
              `\`${who}\` has quarterly targets for ${y.year} but no annual target for ${y.year} to agree with: give \`target: {${y.year}: …}\`.`,
              `\`${who}\` memiliki target triwulan ${y.year} tetapi tidak ada target tahunan ${y.year} sebagai acuan: berikan \`target: {${y.year}: …}\`.`,
            ),
          });
          continue;
        }
        const values = y.values.map((v) => (v.reading as { value: TargetValue }).value);
        if (tw.cara === 'kumulatif') {
          const iv = values[3];
          if (same(iv, annual, settings.tolerance)) continue;
          report({
            loc: y.values[3].loc,
            node: who,
            message: msg(
              `TW IV ${y.year} of \`${who}\` is ${show(iv)} but the annual target for ${y.year} is ${show(annual)} (${CARA.kumulatif.en}).`,
              `TW IV ${y.year} \`${who}\` bernilai ${show(iv)} tetapi target tahunan ${y.year} adalah ${show(annual)} (${CARA.kumulatif.id}).`,
            ),
          });
          continue;
        }
        if (annual.kind !== 'number' || values.some((v) => v.kind !== 'number')) {
          report({
            loc: y.loc,
            part: 'key',
            node: who,
            message: msg(
              `The quarterly targets ${y.year} of \`${who}\` cannot be added up (cara jumlah needs a number for the year and for each quarter); a range, a bound or a predikat reads as a level: use cara kumulatif.`,
              `Target triwulan ${y.year} \`${who}\` tidak dapat dijumlahkan (cara jumlah memerlukan angka untuk tahun dan setiap triwulan); rentang, batas atau predikat dibaca sebagai tingkat: gunakan cara kumulatif.`,
            ),
          });
          continue;
        }
        const sum = values.reduce((a, v) => a + (v as { value: number }).value, 0);
        const total: TargetValue = { kind: 'number', value: sum };
        if (same(total, annual, settings.tolerance)) continue;
        report({
          loc: y.loc,
          part: 'key',
          node: who,
          message: msg(
            `The quarterly targets ${y.year} of \`${who}\` add up to ${show(total)} but the annual target for ${y.year} is ${show(annual)} (${CARA.jumlah.en}).`,
            `Target triwulan ${y.year} \`${who}\` berjumlah ${show(total)} tetapi target tahunan ${y.year} adalah ${show(annual)} (${CARA.jumlah.id}).`,
          ),
        });
      }
    }
  },
});
