import { msg } from '../../core/message.js';
import { isIkuNode } from '../../model/iku.js';
import { defineRule } from '../rule.js';

const written = (v: unknown) => typeof v === 'string' && v.trim() !== '';

export default defineRule({
  meta: {
    id: 'indikator/manual',
    description: msg(
      'Every key indicator (IKU) has the definisi and rumus its manual needs.',
      'Setiap indikator kinerja utama (IKU) memiliki definisi dan rumus yang dibutuhkan manualnya.',
    ),
    defaultSeverity: 'info',
    fixable: false,
  },
  check({ plan, report }) {
    const iku = plan.indicators.filter((ind) => isIkuNode(ind.owner));
    // A plan that writes no definisi or rumus anywhere keeps its manual elsewhere (or not yet):
    // one finding per IKU of every such plan would bury the rest. Once one IKU has them, the gaps count.
    if (!iku.some((ind) => written(ind.data.definisi) || written(ind.data.rumus))) return;
    for (const ind of iku) {
      // A value of the wrong type is schema/invalid-type's finding alone.
      const wrongType = (v: unknown) => v !== undefined && v !== null && typeof v !== 'string';
      if (wrongType(ind.data.definisi) || wrongType(ind.data.rumus)) continue;
      const missing = (['definisi', 'rumus'] as const).filter((k) => !written(ind.data[k]));
      if (!missing.length) continue;
      const keys = missing.map((k) => `\`${k}\``).join(missing.length > 1 ? ' and ' : '');
      const keysId = missing.map((k) => `\`${k}\``).join(missing.length > 1 ? ' dan ' : '');
      report({
        loc: ind.loc,
        node: ind.label,
        message: msg(
          `The IKU \`${ind.label}\` has no ${keys}: its manual (cascade table manual-iku) cannot say what it measures or how it is computed.`,
          `IKU \`${ind.label}\` tidak memiliki ${keysId}: manualnya (cascade table manual-iku) tidak dapat menyatakan apa yang diukur atau cara menghitungnya.`,
        ),
      });
    }
  },
});
