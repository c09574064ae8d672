import { msg } from '../../core/message.js';
import { defineRule } from '../rule.js';

/** Keys that belong to one jenis of position only. */
const OWN_KEYS = [
  { key: 'eselon', jenis: 'struktural' },
  { key: 'setara', jenis: 'fungsional' },
  { key: 'supervisi', jenis: 'fungsional' },
] as const;

export default defineRule({
  meta: {
    id: 'jabatan/jenis',
    description: msg(
      'A struktural position states its eselon; a fungsional one its setara and supervisi; neither key appears on another jenis.',
      'Jabatan struktural menyebut eselonnya; jabatan fungsional menyebut setara dan supervisi; kunci itu tidak dipakai pada jenis lain.',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    for (const jab of plan.jabatan) {
      const d = jab.data as unknown as Record<string, unknown>;
      const at = (key: string) => ({ source: jab.loc.source, path: [...jab.loc.path, key] });
      const needs = (key: string, en: string, id: string) => {
        if (d[key] !== undefined) return;
        report({
          loc: at('jenis'),
          node: jab.id,
          message: msg(`${jab.id} is ${d.jenis}: state its \`${key}\` (${en}).`, `${jab.id} berjenis ${d.jenis}: sebutkan \`${key}\`-nya (${id}).`),
        });
      };
      if (d.jenis === 'struktural') needs('eselon', 'II, III or IV', 'II, III, atau IV');
      if (d.jenis === 'fungsional') {
        needs('setara', 'III, IV or pelaksana', 'III, IV, atau pelaksana');
        needs(
          'supervisi',
          'true when its atasan supervises it, false when it is cascaded straight from a struktural position',
          'true bila atasannya menyupervisi, false bila dijabarkan langsung dari jabatan struktural',
        );
      }
      if (typeof d.jenis !== 'string') continue;
      for (const { key, jenis } of OWN_KEYS) {
        if (d[key] === undefined || d.jenis === jenis) continue;
        report({
          loc: at(key),
          part: 'key',
          node: jab.id,
          message: msg(
            `\`${key}\` belongs to a ${jenis} position, but ${jab.id} is ${d.jenis}.`,
            `\`${key}\` hanya untuk jabatan ${jenis}, tetapi ${jab.id} berjenis ${d.jenis}.`,
          ),
        });
      }
    }
  },
});
