import { capitalize, msg } from '../../core/message.js';
import { ALLOWED_PARENTS, idPath, ROOT_LEVELS } from '../../model/levels.js';
import { LEVEL_NAMES } from '../../model/plan.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'link/orphan',
    description: msg(
      'Every node below the Pemda targets supports a parent (nested, or by `mendukung`).',
      'Setiap simpul di bawah sasaran Pemda mendukung induk (bersarang, atau lewat `mendukung`).',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    for (const node of plan.nodes) {
      // A written but broken `mendukung` is reported by ref/unknown; once is enough.
      if (ROOT_LEVELS.has(node.level) || node.parents.length > 0 || node.mendukung.length > 0) continue;
      const what = LEVEL_NAMES[node.level];
      report({
        loc: { source: node.loc.source, path: idPath(node) },
        node: node.id,
        message: msg(
          `The ${what.en} \`${node.id}\` supports nothing: nest it under, or add \`mendukung\` naming, ${ALLOWED_PARENTS[node.level].en}.`,
          `${capitalize(what.id)} \`${node.id}\` tidak mendukung apa pun: letakkan di bawah, atau tambahkan \`mendukung\` ke, ${ALLOWED_PARENTS[node.level].id}.`,
        ),
      });
    }
  },
});
