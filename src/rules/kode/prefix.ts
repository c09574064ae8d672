import { msg } from '../../core/message.js';
import { KODE_SHAPES } from '../../model/kode.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'kode/prefix',
    description: msg("A child's `kode` starts with its parent's `kode`.", '`kode` anak diawali `kode` induknya.'),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    for (const node of plan.nodes) {
      const kode = node.data.kode;
      const shape = KODE_SHAPES[node.level];
      // A code of the wrong shape is kode/shape's finding: comparing it would say the same twice.
      if (typeof kode !== 'string' || !shape?.re.test(kode.trim())) continue;
      // A sasaran kegiatan (PermenPANRB 89/2021) has no kode: a kegiatan under it answers to its program's.
      const coded = node.parents.flatMap((p) => (node.level === 'kegiatan' && p.level === 'sasaran_kegiatan' ? p.parents : [p]));
      for (const parent of coded) {
        const pk = parent.data.kode;
        if (typeof pk !== 'string' || !KODE_SHAPES[parent.level]?.re.test(pk.trim())) continue;
        if (kode.trim().startsWith(`${pk.trim()}.`)) continue;
        report({
          loc: { source: node.loc.source, path: [...node.loc.path, 'kode'] },
          node: node.id,
          message: msg(
            `\`${kode}\` does not start with \`${pk}\`, the code of its parent \`${parent.id}\`.`,
            `\`${kode}\` tidak diawali \`${pk}\`, kode induknya \`${parent.id}\`.`,
          ),
        });
      }
    }
  },
});
