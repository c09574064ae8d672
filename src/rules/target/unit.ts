import { msg } from '../../core/message.js';
import { indicatorValues, valueName } from '../../model/targets.js';
import { unitAgrees } from '../../values/index.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'target/unit',
    description: msg(
      "A unit written in a baseline, target or realisasi agrees with the indicator's satuan.",
      'Satuan yang ditulis pada baseline, target, atau realisasi sesuai dengan satuan indikator.',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    for (const v of indicatorValues(plan).values()) {
      // Without a satuan there is nothing to agree with: indikator/satuan asks for one.
      if (v.satuan === undefined) continue;
      for (const val of v.values) {
        if (!val.reading.ok || val.reading.value.kind === 'predikat') continue;
        const unit = val.reading.value.unit;
        if (unit === undefined || unitAgrees(unit, v.satuan)) continue;
        const what = valueName(val, true);
        report({
          loc: val.loc,
          node: v.indicator.label,
          message: msg(
            `${what.en} of \`${v.indicator.label}\` is written in "${unit}", but the indicator's satuan is "${v.satuan}": write the value in ${v.satuan}, or correct the satuan.`,
            `${what.id} \`${v.indicator.label}\` ditulis dalam "${unit}", padahal satuan indikatornya "${v.satuan}": tulis nilainya dalam ${v.satuan}, atau perbaiki satuannya.`,
          ),
        });
      }
    }
  },
});
