import { msg } from '../../core/message.js';
import { editDistance } from '../../core/suggest.js';
import { LEVEL_NAMES } from '../../model/plan.js';
import { canonicalKode, type Nomenclature, type NomenclatureLevel } from '../../nomenclature/data.js';
import { chosenNomenclature, kodeNodes } from '../../nomenclature/plan-kode.js';
import { defineRule } from '../rule.js';

const PREFIX_SEGMENTS: [NomenclatureLevel, number][] = [
  ['kegiatan', 5],
  ['program', 3],
  ['bidang', 2],
];

export default defineRule({
  meta: {
    id: 'kode/unknown',
    description: msg('A `kode` exists in the nomenclature of Kepmendagri 050-5889/2021.', '`kode` ada dalam nomenklatur Kepmendagri 050-5889/2021.'),
    defaultSeverity: 'error',
    fixable: false,
  },
  check({ plan, settings, report }) {
    const items = kodeNodes(plan);
    if (items.length === 0) return;
    const nom = chosenNomenclature(settings);
    if (!nom) return;
    for (const { node, kode } of items) {
      if (nom.lookup(kode)) continue;
      const level = node.level as NomenclatureLevel;
      const known = knownPrefix(nom, kode);
      // The data holds every kegiatan but not every sub kegiatan 050-5889/2021 added (data/nomenklatur/SOURCES.md):
      // a sub kegiatan under a known kegiatan may be real, so it is not called unknown.
      if (level === 'sub_kegiatan' && known?.level === 'kegiatan') continue;
      const near = nearest(nom, level, kode, known?.kode);
      const what = LEVEL_NAMES[node.level];
      const hint = near ? { en: ` The nearest is \`${near}\`.`, id: ` Yang terdekat \`${near}\`.` } : { en: '', id: '' };
      report({
        loc: { source: node.loc.source, path: [...node.loc.path, 'kode'] },
        node: node.id,
        message: msg(
          `\`${kode}\` is not a ${what.en} code in the nomenclature (${nom.title}).${hint.en}`,
          `\`${kode}\` bukan kode ${what.id} dalam nomenklatur (${nom.title}).${hint.id}`,
        ),
      });
    }
  },
});

/** The deepest level above `kode` that the nomenclature has: its kegiatan, program or bidang. */
function knownPrefix(nom: Nomenclature, kode: string): { level: NomenclatureLevel; kode: string } | undefined {
  const parts = canonicalKode(kode).split('.');
  for (const [level, n] of PREFIX_SEGMENTS) {
    if (parts.length <= n) continue;
    const prefix = parts.slice(0, n).join('.');
    if (level === 'bidang' ? nom.lookup(`${prefix}.02`) || nom.lookup(`${prefix}.01`) || prefix === 'X.XX' : nom.lookup(prefix)) {
      return { level, kode: prefix };
    }
  }
  return undefined;
}

/** The real kode of the same level closest to what was written, under the deepest known prefix when there is one. */
function nearest(nom: Nomenclature, level: NomenclatureLevel, kode: string, under: string | undefined): string | undefined {
  const written = canonicalKode(kode);
  const pool = nom.kodes(level).filter((k) => !under || k.startsWith(`${under}.`));
  let best: string | undefined;
  let score = Infinity;
  for (const k of pool) {
    const d = editDistance(written, k);
    if (d < score) {
      score = d;
      best = k;
    }
  }
  // Shown in the writer's own bidang: X.XX.01 is the support program of every bidang.
  return best?.startsWith('X.XX.') ? kode.split('.').slice(0, 2).join('.') + best.slice(4) : best;
}
