import { msg } from '../../core/message.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'ref/duplicate-id',
    description: msg('Every id is used once in the whole plan.', 'Setiap id dipakai sekali dalam seluruh rencana.'),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    for (const [id, locs] of plan.definitions) {
      if (locs.length < 2) continue;
      const first = locs[0];
      const where = `${first.source.path}:${first.source.locate([...first.path, 'id']).line}`;
      for (const loc of locs.slice(1)) {
        report({
          loc: { source: loc.source, path: [...loc.path, 'id'] },
          node: id,
          message: msg(`The id \`${id}\` is already used at ${where}.`, `Id \`${id}\` sudah dipakai di ${where}.`),
        });
      }
    }
  },
});
