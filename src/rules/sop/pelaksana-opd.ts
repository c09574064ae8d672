import { msg } from '../../core/message.js';
import { opdOf } from '../../model/people.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'sop/pelaksana-opd',
    description: msg('The pelaksana of an SOP step belongs to the OPD of its kegiatan.', 'Pelaksana langkah SOP berasal dari OPD pemilik kegiatannya.'),
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ plan, report }) {
    for (const step of plan.steps) {
      const jab = step.pelaksana?.target;
      const own = step.owner.opd;
      const theirs = jab && opdOf(jab);
      if (!jab || !own || !theirs || own === theirs) continue;
      report({
        loc: step.pelaksana!.loc,
        node: step.label,
        message: msg(
          `${jab.id} belongs to ${theirs.id}, but this step is of \`${step.owner.id}\` of ${own.id}.`,
          `${jab.id} berasal dari ${theirs.id}, tetapi langkah ini milik \`${step.owner.id}\` dari ${own.id}.`,
        ),
      });
    }
  },
});
