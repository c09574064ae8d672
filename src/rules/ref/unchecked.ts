import { msg } from '../../core/message.js';
import { defineRule } from '../rule.js';

/**
 * While a file of the plan could not be read, a name found nowhere may well be defined in it:
 * not a wrong reference (ref/unknown) but one that cannot be checked yet. Said once per name,
 * where it is first used, so that one unreadable file stays one problem to fix.
 */
export default defineRule({
  meta: {
    id: 'ref/unchecked',
    description: msg(
      'A reference to a name found in no file that could be read, while another file of the plan could not be read: it is checked once that file is fixed.',
      'Rujukan ke nama yang tidak ada di file yang terbaca, sementara file lain dari rencana tidak dapat dibaca: rujukan ini diperiksa setelah file itu diperbaiki.',
    ),
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ plan, report }) {
    if (plan.unreadable.length === 0) return;
    const files = plan.unreadable.map((s) => s.path);
    const shown = files.length === 1 ? files[0] : `${files[0]} and ${files.length - 1} more`;
    const shownId = files.length === 1 ? files[0] : `${files[0]} dan ${files.length - 1} lainnya`;
    const seen = new Set<string>();
    for (const ref of plan.brokenRefs) {
      if (ref.found || seen.has(ref.id)) continue;
      seen.add(ref.id);
      report({
        loc: ref.loc,
        node: ref.id,
        message: msg(
          `\`${ref.key}\` names \`${ref.id}\`, which may be defined in ${shown}: not checked, since that file could not be read. Fix its YAML first.`,
          `\`${ref.key}\` menunjuk \`${ref.id}\`, yang mungkin didefinisikan di ${shownId}: tidak diperiksa, karena file itu tidak dapat dibaca. Perbaiki YAML-nya lebih dahulu.`,
        ),
      });
    }
  },
});
