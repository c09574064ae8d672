import { msg } from '../../core/message.js';
import type { EntityKind } from '../../model/plan.js';
import { LEVEL_NAMES } from '../../model/plan.js';
import { closest } from '../../core/suggest.js';
import { defineRule } from '../rule.js';

const KIND_NAMES: Record<EntityKind, { en: string; id: string }> = {
  node: { en: 'a node of the cascade', id: 'simpul cascade' },
  indicator: { en: 'an indicator', id: 'indikator' },
  opd: { en: 'an OPD', id: 'OPD' },
  acuan: { en: 'an acuan', id: 'acuan' },
  jabatan: { en: 'a jabatan', id: 'jabatan' },
};

export default defineRule({
  meta: {
    id: 'ref/unknown',
    description: msg(
      'Every reference (mendukung, opd, acuan, atasan, pelaksana, sasaran, bagian_dari) names something of the right kind.',
      'Setiap rujukan (mendukung, opd, acuan, atasan, pelaksana, sasaran, bagian_dari) menunjuk sesuatu yang jenisnya tepat.',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    for (const ref of plan.brokenRefs) {
      // While a file could not be read, a name found nowhere may be in it: ref/unchecked says so.
      if (!ref.found && plan.unreadable.length > 0) continue;
      const want = KIND_NAMES[ref.expects];
      if (ref.found) {
        const is = ref.found.kind === 'node' ? LEVEL_NAMES[ref.found.level] : KIND_NAMES[ref.found.kind];
        report({
          loc: ref.loc,
          node: ref.id,
          message: msg(
            `\`${ref.key}\` must name ${want.en}, but \`${ref.id}\` is ${is.en.startsWith('a') ? is.en : `a ${is.en}`}.`,
            `\`${ref.key}\` harus menunjuk ${want.id}, tetapi \`${ref.id}\` adalah ${is.id}.`,
          ),
        });
        continue;
      }
      const candidates = [...plan.byId.entries()].filter(([, e]) => e.kind === ref.expects).map(([id]) => id);
      const guess = closest(ref.id, candidates);
      report({
        loc: ref.loc,
        node: ref.id,
        message: msg(
          `\`${ref.key}\` names \`${ref.id}\`, which is not defined as ${want.en}.${guess ? ` Did you mean \`${guess}\`?` : ''}`,
          `\`${ref.key}\` menunjuk \`${ref.id}\`, yang tidak didefinisikan sebagai ${want.id}.${guess ? ` Maksud Anda \`${guess}\`?` : ''}`,
        ),
      });
    }
  },
});
