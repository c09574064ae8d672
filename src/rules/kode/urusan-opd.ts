import { msg } from '../../core/message.js';
import { chosenNomenclature, kodeNodes } from '../../nomenclature/plan-kode.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'kode/urusan-opd',
    description: msg(
      'A program belongs to a bidang urusan its OPD holds (its `urusan`); the support program x.xx.01 fits every OPD.',
      'Program termasuk bidang urusan yang diampu OPD-nya (`urusan`); program penunjang x.xx.01 cocok untuk semua OPD.',
    ),
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ plan, settings, report }) {
    for (const { node, kode } of kodeNodes(plan)) {
      if (node.level !== 'program') continue;
      const opd = node.opd;
      const written = opd?.data.urusan;
      if (!opd || !Array.isArray(written) || written.length === 0) continue;
      // `urusan: [1.02, 2.10]` unquoted is numbers to YAML (2.1): the text as written is the code.
      const held = written.map((u, i) => (typeof u === 'number' ? (opd.loc.source.numberText([...opd.loc.path, 'urusan', i]) ?? String(u)) : u));
      const [u, b, p] = kode.split('.');
      const bidang = `${u}.${b}`;
      if (bidang === 'X.XX' || p === '01' || held.includes(bidang)) continue;
      const name = chosenNomenclature(settings)?.lookup(bidang)?.names[0];
      const named = name ? ` (${name})` : '';
      report({
        loc: { source: node.loc.source, path: [...node.loc.path, 'kode'] },
        node: node.id,
        message: msg(
          `Program \`${kode}\` is of bidang urusan ${bidang}${named}, which OPD \`${opd.id}\` does not hold (urusan: ${held.join(', ')}).`,
          `Program \`${kode}\` termasuk bidang urusan ${bidang}${named}, yang tidak diampu OPD \`${opd.id}\` (urusan: ${held.join(', ')}).`,
        ),
      });
    }
  },
});
