import { msg } from '../../core/message.js';
import { peopleOf } from '../../model/people.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'sop/unreadable',
    description: msg(
      'The output, durasi and frekuensi of every SOP step can be read: "1 proposal", "1 jam 30 menit", "12 kali".',
      'Output, durasi, dan frekuensi setiap langkah SOP dapat dibaca: "1 proposal", "1 jam 30 menit", "12 kali".',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, settings, report }) {
    for (const facts of peopleOf(plan, settings).steps.values()) {
      for (const p of facts.problems) {
        report({
          loc: p.loc,
          node: facts.step.label,
          message: msg(
            `\`${p.key}\` of ${facts.step.label} cannot be read: ${p.reason.en}.`,
            `\`${p.key}\` pada ${facts.step.label} tidak dapat dibaca: ${p.reason.id}.`,
          ),
        });
      }
    }
  },
});
