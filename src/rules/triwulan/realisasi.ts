import { msg } from '../../core/message.js';
import { dataDateOf, quarterEnd, quarterPassed, triwulanOf } from '../../model/triwulan.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'triwulan/realisasi',
    description: msg(
      "Quarterly realisasi are readable and given only for quarters that ended by the file's `per` date (the date its data stand at).",
      'Realisasi triwulan terbaca dan hanya diberikan untuk triwulan yang telah berakhir pada tanggal `per` file (tanggal keadaan datanya).',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    for (const ind of plan.indicators) {
      const tw = triwulanOf(plan, ind);
      if (!tw?.realisasi.some((y) => y.values.length)) continue;
      const who = ind.label;
      const per = dataDateOf(ind.loc.source);
      if (!per) {
        report({
          loc: { source: tw.loc.source, path: [...tw.loc.path, 'realisasi'] },
          part: 'key',
          node: who,
          message: msg(
            `\`${who}\` gives quarterly realisasi but its file has no \`per\` date: write the date its data stand at at the top of the file, e.g. \`per: 2026-07-15\`, so that only quarters already ended carry a realisasi.`,
            `\`${who}\` memuat realisasi triwulan tetapi filenya tidak memiliki tanggal \`per\`: tulis tanggal keadaan datanya di awal file, mis. \`per: 2026-07-15\`, agar hanya triwulan yang telah berakhir yang memuat realisasi.`,
          ),
        });
        continue;
      }
      for (const y of tw.realisasi) {
        for (const v of y.values) {
          if (!v.noData && !v.reading.ok) {
            report({
              loc: v.loc,
              node: who,
              message: msg(
                `The realisasi of TW ${v.quarter} ${y.year} of \`${who}\` cannot be read: ${v.reading.reason.en}.`,
                `Realisasi TW ${v.quarter} ${y.year} \`${who}\` tidak dapat dibaca: ${v.reading.reason.id}.`,
              ),
            });
          }
          if (quarterPassed(y.year, v.quarter, per.date)) continue;
          report({
            loc: v.loc,
            part: 'key',
            node: who,
            message: msg(
              `A realisasi for TW ${v.quarter} ${y.year} of \`${who}\`, but that quarter ends on ${quarterEnd(y.year, v.quarter)}, after the data's date \`per: ${per.date}\`: a quarter not yet ended has no realisasi.`,
              `Realisasi TW ${v.quarter} ${y.year} \`${who}\`, padahal triwulan itu berakhir ${quarterEnd(y.year, v.quarter)}, setelah tanggal data \`per: ${per.date}\`: triwulan yang belum berakhir belum memiliki realisasi.`,
            ),
          });
        }
      }
    }
  },
});
