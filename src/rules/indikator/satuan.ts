import { msg } from '../../core/message.js';
import { indicatorValues } from '../../model/targets.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'indikator/satuan',
    description: msg(
      'Every indicator has a satuan (unit): %, orang, unit, indeks, predikat, …',
      'Setiap indikator memiliki satuan: %, orang, unit, indeks, predikat, …',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    for (const v of indicatorValues(plan).values()) {
      if (v.satuan !== undefined) continue;
      const ind = v.indicator;
      // `satuan: 5` is written, as the wrong type: schema/invalid-type's finding alone.
      const satuanWritten: unknown = ind.data.satuan;
      if (satuanWritten !== undefined && satuanWritten !== null && typeof satuanWritten !== 'string') continue;
      // Suggest the unit the values already carry, when they carry one.
      let written: string | undefined;
      for (const val of v.values) if (val.reading.ok && val.reading.value.kind !== 'predikat' && val.reading.value.unit) written ??= val.reading.value.unit;
      const hint = written
        ? msg(` Its values are written in "${written}": satuan: "${written}"?`, ` Nilainya ditulis dalam "${written}": satuan: "${written}"?`)
        : msg('', '');
      const empty = typeof ind.data.satuan === 'string';
      report({
        loc: empty ? { source: ind.loc.source, path: [...ind.loc.path, 'satuan'] } : ind.loc,
        node: ind.label,
        message: msg(
          `The indicator \`${ind.label}\` has ${empty ? 'an empty' : 'no'} \`satuan\`: say what its values count (%, orang, unit, indeks, …).${hint.en}`,
          `Indikator \`${ind.label}\` ${empty ? 'memiliki `satuan` kosong' : 'tidak memiliki `satuan`'}: nyatakan apa yang dihitung nilainya (%, orang, unit, indeks, …).${hint.id}`,
        ),
      });
    }
  },
});
