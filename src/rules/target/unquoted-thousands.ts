import { msg } from '../../core/message.js';
import type { Loc } from '../../model/plan.js';
import { indicatorValues, valueName } from '../../model/targets.js';
import { unquotedThousandsAt } from '../../model/unquoted.js';
import { quoteValueEdit } from '../fixes.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'target/unquoted-thousands',
    description: msg(
      'An indicator value written as an unquoted number with three digits after its point (1.200, which YAML reads as 1,2) is quoted or written without the point.',
      'Nilai indikator yang ditulis sebagai angka tanpa tanda kutip dengan tiga angka di belakang titik (1.200, yang dibaca YAML sebagai 1,2) diberi tanda kutip atau ditulis tanpa titik.',
    ),
    defaultSeverity: 'warning',
    fixable: 'suggestion',
  },
  check({ plan, report }) {
    for (const v of indicatorValues(plan).values()) {
      const who = v.indicator.label;
      // `what` names the value only when there is a finding: most values have none.
      const check = (raw: unknown, loc: Loc, what: () => { en: string; id: string }) => {
        const hint = unquotedThousandsAt(raw, loc);
        if (!hint) return;
        const name = what();
        // Quoting keeps the digits as written, but whether 1.200 meant 1200 or 1,2 only the planner
        // knows: a suggestion for editors and SARIF, never applied by --fix.
        const edits = quoteValueEdit(loc.source, loc.path);
        const written = edits?.[0].text;
        const suggest = edits ? [{ message: msg(`Quote it: ${written}`, `Beri tanda kutip: ${written}`), edits }] : undefined;
        report({ loc, node: who, message: msg(`${name.en} of \`${who}\`: ${hint.en}.`, `${name.id} \`${who}\`: ${hint.id}.`), suggest });
      };
      for (const val of v.values) check(val.raw, val.loc, () => valueName(val, true));
      if (v.skala?.kind === 'bounds' && v.skala.from === 'skala') {
        for (const key of ['min', 'maks']) {
          const raw = (v.indicator.data.skala as Record<string, unknown> | undefined)?.[key];
          check(raw, { source: v.skala.loc.source, path: [...v.skala.loc.path, key] }, () => msg(`The skala bound \`${key}\``, `Batas skala \`${key}\``));
        }
      }
    }
  },
});
