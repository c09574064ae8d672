import { msg } from '../../core/message.js';
import type { PlanJabatan } from '../../model/plan.js';
import { defineRule } from '../rule.js';

/** Rank of the `setara` levels: a supervisor ranks above whom it supervises. */
const RANK: Record<string, number> = { III: 3, IV: 2, pelaksana: 1 };

function describe(j: PlanJabatan): { en: string; id: string } {
  const d = j.data;
  if (d.jenis === 'fungsional') return { en: `fungsional setara ${d.setara ?? '?'}`, id: `fungsional setara ${d.setara ?? '?'}` };
  if (d.jenis === 'struktural') return { en: `struktural eselon ${d.eselon ?? '?'}`, id: `struktural eselon ${d.eselon ?? '?'}` };
  return { en: String(d.jenis), id: String(d.jenis) };
}

export default defineRule({
  meta: {
    id: 'jabatan/fungsional',
    description: msg(
      'A fungsional position with `supervisi: true` sits under a fungsional of a higher setara; with `supervisi: false` it is cascaded straight from a struktural position.',
      'Jabatan fungsional dengan `supervisi: true` berada di bawah fungsional yang setaranya lebih tinggi; dengan `supervisi: false` dijabarkan langsung dari jabatan struktural.',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, report }) {
    for (const jab of plan.jabatan) {
      const d = jab.data;
      if (d.jenis !== 'fungsional' || typeof d.supervisi !== 'boolean') continue;
      const supervisiLoc = { source: jab.loc.source, path: [...jab.loc.path, 'supervisi'] };
      if (!jab.atasan) {
        report({
          loc: supervisiLoc,
          node: jab.id,
          message: d.supervisi
            ? msg(
                `${jab.id} is supervised (\`supervisi: true\`) but names no \`atasan\`: name the fungsional who supervises it.`,
                `${jab.id} disupervisi (\`supervisi: true\`) tetapi tidak menyebut \`atasan\`: sebutkan fungsional yang menyupervisinya.`,
              )
            : msg(
                `${jab.id} is cascaded straight from a struktural position (\`supervisi: false\`) but names no \`atasan\`: name that position.`,
                `${jab.id} dijabarkan langsung dari jabatan struktural (\`supervisi: false\`) tetapi tidak menyebut \`atasan\`: sebutkan jabatan itu.`,
              ),
        });
        continue;
      }
      const up = jab.atasan.target;
      if (!up) continue; // ref/unknown tells
      const is = describe(up);
      if (d.supervisi) {
        const ownRank = RANK[String(d.setara)];
        const upRank = RANK[String(up.data.setara)];
        if (up.data.jenis !== 'fungsional') {
          report({
            loc: jab.atasan.loc,
            node: jab.id,
            message: msg(
              `${jab.id} is supervised (\`supervisi: true\`), so its atasan must be a fungsional of a higher setara, but ${up.id} is ${is.en}. Cascaded straight from a struktural position, it takes \`supervisi: false\`.`,
              `${jab.id} disupervisi (\`supervisi: true\`), jadi atasannya harus fungsional dengan setara lebih tinggi, tetapi ${up.id} adalah ${is.id}. Bila dijabarkan langsung dari jabatan struktural, gunakan \`supervisi: false\`.`,
            ),
          });
        } else if (ownRank !== undefined && upRank !== undefined && upRank <= ownRank) {
          report({
            loc: jab.atasan.loc,
            node: jab.id,
            message: msg(
              `${jab.id} (setara ${d.setara}) is supervised by ${up.id} (setara ${up.data.setara}): a supervisor ranks higher (III above IV above pelaksana).`,
              `${jab.id} (setara ${d.setara}) disupervisi oleh ${up.id} (setara ${up.data.setara}): penyupervisi harus lebih tinggi (III di atas IV di atas pelaksana).`,
            ),
          });
        }
      } else if (up.data.jenis !== 'struktural') {
        report({
          loc: jab.atasan.loc,
          node: jab.id,
          message: msg(
            `${jab.id} is cascaded without supervision (\`supervisi: false\`), so its atasan must be a struktural position, but ${up.id} is ${is.en}.`,
            `${jab.id} dijabarkan tanpa supervisi (\`supervisi: false\`), jadi atasannya harus jabatan struktural, tetapi ${up.id} adalah ${is.id}.`,
          ),
        });
      }
    }
  },
});
