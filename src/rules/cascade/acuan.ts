import { msg } from '../../core/message.js';
import { idPath } from '../../model/levels.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'cascade/acuan',
    description: msg(
      'Every Sasaran Pemda names its acuan (RPJMN, visi-misi, janji politik or isu strategis): step 1 of the method.',
      'Setiap Sasaran Pemda menyebut acuannya (RPJMN, visi-misi, janji politik, atau isu strategis): langkah 1 metode.',
    ),
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ plan, report }) {
    for (const node of plan.nodes) {
      if (node.level !== 'sasaran') continue;
      const written = node.data.acuan;
      // An acuan written (even one that names nothing known, or of the wrong type) is ref/unknown's or the schema's to judge.
      if (written !== undefined && written !== null && !(Array.isArray(written) && written.length === 0)) continue;
      report({
        loc: { source: node.loc.source, path: idPath(node) },
        node: node.id,
        message: msg(
          `The Sasaran Pemda \`${node.id}\` names no acuan: say which RPJMN target, visi-misi, janji politik or isu strategis it answers (acuan: […]).`,
          `Sasaran Pemda \`${node.id}\` tidak menyebut acuan: nyatakan sasaran RPJMN, visi-misi, janji politik, atau isu strategis yang dijawabnya (acuan: […]).`,
        ),
      });
    }
  },
});
