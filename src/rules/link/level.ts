import { capitalize, msg } from '../../core/message.js';
import { ALLOWED_PARENTS, isAllowedParent } from '../../model/levels.js';
import { LEVEL_NAMES } from '../../model/plan.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'link/level',
    description: msg(
      'Each node supports a parent of a level the method allows (a kegiatan supports a program, …).',
      'Setiap simpul mendukung induk dengan level yang diizinkan metode (kegiatan mendukung program, …).',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    for (const node of plan.nodes) {
      const what = LEVEL_NAMES[node.level];
      const allowed = ALLOWED_PARENTS[node.level];
      const tell = (parentLevel: keyof typeof LEVEL_NAMES) =>
        msg(
          `A ${what.en} cannot support a ${LEVEL_NAMES[parentLevel].en}: its parent must be ${allowed.en}.`,
          `${capitalize(what.id)} tidak dapat mendukung ${LEVEL_NAMES[parentLevel].id}: induknya harus ${allowed.id}.`,
        );
      if (node.nestParent && !isAllowedParent(node, node.nestParent)) {
        // Nested in the wrong place: point at the list key that holds it.
        report({ loc: { source: node.loc.source, path: node.loc.path.slice(0, -1) }, part: 'key', node: node.id, message: tell(node.nestParent.level) });
      }
      for (const ref of node.mendukung) {
        if (ref.target && ref.target !== node.nestParent && !isAllowedParent(node, ref.target)) {
          report({ loc: ref.loc, node: node.id, message: tell(ref.target.level) });
        }
      }
    }
  },
});
