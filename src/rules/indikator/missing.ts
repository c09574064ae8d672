import { capitalize, msg } from '../../core/message.js';
import { idPath, INDICATOR_LEVELS } from '../../model/levels.js';
import { LEVEL_NAMES } from '../../model/plan.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'indikator/missing',
    description: msg(
      'Every target from tujuan down to sub kegiatan has at least one indicator.',
      'Setiap sasaran dari tujuan hingga sub kegiatan memiliki paling sedikit satu indikator.',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    for (const node of plan.nodes) {
      if (!INDICATOR_LEVELS.has(node.level) || node.indicators.length > 0) continue;
      // `indikator: banyak` is written, in the wrong form: schema/invalid-type says so, once.
      const written = (node.data as unknown as Record<string, unknown>).indikator;
      if (written !== undefined && written !== null && !Array.isArray(written)) continue;
      const what = LEVEL_NAMES[node.level];
      report({
        loc: { source: node.loc.source, path: idPath(node) },
        node: node.id,
        message: msg(
          `The ${what.en} \`${node.id}\` has no indicator: add \`indikator\` to say how it is measured.`,
          `${capitalize(what.id)} \`${node.id}\` tidak memiliki indikator: tambahkan \`indikator\` untuk menyatakan cara mengukurnya.`,
        ),
      });
    }
  },
});
