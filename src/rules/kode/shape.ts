import { msg } from '../../core/message.js';
import { KODE_SHAPES } from '../../model/kode.js';
import { LEVEL_NAMES } from '../../model/plan.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'kode/shape',
    description: msg('A `kode` has the Permendagri 90/2019 shape of its level.', '`kode` berbentuk sesuai Permendagri 90/2019 untuk levelnya.'),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    for (const node of plan.nodes) {
      const kode = node.data.kode;
      const shape = KODE_SHAPES[node.level];
      if (typeof kode !== 'string' || !shape || shape.re.test(kode.trim())) continue;
      const what = LEVEL_NAMES[node.level];
      report({
        loc: { source: node.loc.source, path: [...node.loc.path, 'kode'] },
        node: node.id,
        message: msg(
          `\`${kode}\` is not a ${what.en} code: expected the shape ${shape.example}.`,
          `\`${kode}\` bukan kode ${what.id}: bentuk yang diharapkan ${shape.example}.`,
        ),
      });
    }
  },
});
