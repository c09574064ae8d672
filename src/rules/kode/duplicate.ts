import { msg } from '../../core/message.js';
import { LEVEL_NAMES } from '../../model/plan.js';
import { kodeNodes } from '../../nomenclature/plan-kode.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'kode/duplicate',
    description: msg(
      'One OPD uses a `kode` for one program, kegiatan or sub kegiatan only.',
      'Satu OPD memakai satu `kode` untuk satu program, kegiatan atau sub kegiatan saja.',
    ),
    defaultSeverity: 'error',
    wholePlan: true,
    fixable: false,
  },
  check({ plan, report }) {
    // Two OPDs may run the same program (every OPD has the support program x.xx.01): a kode is
    // unique within one OPD's items of one level.
    const first = new Map<string, string>();
    for (const { node, kode } of kodeNodes(plan)) {
      const key = `${node.opd?.id ?? ''}\u0000${node.level}\u0000${kode}`;
      const before = first.get(key);
      if (before === undefined) {
        first.set(key, node.id);
        continue;
      }
      const what = LEVEL_NAMES[node.level];
      report({
        loc: { source: node.loc.source, path: [...node.loc.path, 'kode'] },
        node: node.id,
        message: msg(
          `\`${kode}\` is already the code of ${what.en} \`${before}\`${node.opd ? ` of the same OPD \`${node.opd.id}\`` : ''}.`,
          `\`${kode}\` sudah menjadi kode ${what.id} \`${before}\`${node.opd ? ` pada OPD yang sama \`${node.opd.id}\`` : ''}.`,
        ),
      });
    }
  },
});
