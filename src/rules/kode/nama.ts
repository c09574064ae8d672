import { msg } from '../../core/message.js';
import { LEVEL_NAMES } from '../../model/plan.js';
import { sameName } from '../../nomenclature/data.js';
import { chosenNomenclature, kodeNodes } from '../../nomenclature/plan-kode.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'kode/nama',
    description: msg(
      'The `nama` of an item with a `kode` is its official name in the nomenclature.',
      '`nama` butir yang berkode sesuai nama resminya dalam nomenklatur.',
    ),
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ plan, settings, report }) {
    const items = kodeNodes(plan);
    if (items.length === 0) return;
    const nom = chosenNomenclature(settings);
    if (!nom) return;
    for (const { node, kode } of items) {
      const entry = nom.lookup(kode);
      if (!entry?.named || typeof node.data.nama !== 'string') continue;
      const nama = node.data.nama;
      if (entry.names.some((official) => fits(nama, official))) continue;
      const official = entry.names.map((n) => `"${n}"`).join(' / ');
      const what = LEVEL_NAMES[node.level];
      report({
        loc: { source: node.loc.source, path: [...node.loc.path, 'nama'] },
        node: node.id,
        message: msg(
          `The ${what.en} \`${kode}\` is officially named ${official}, not "${nama}".`,
          `Nama resmi ${what.id} \`${kode}\` adalah ${official}, bukan "${nama}".`,
        ),
      });
    }
  },
});

/**
 * Written as the official name, give or take case and spacing, the word "Program" before a
 * program's name, or the abbreviation in brackets that ends some names ("… Angkutan Jalan (LLAJ)").
 */
function fits(nama: string, official: string): boolean {
  const short = official.replace(/\s*\([^()]*\)\s*$/, '');
  return [official, short].some((o) => sameName(nama, o) || sameName(`program ${nama}`, o));
}
