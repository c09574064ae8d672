import { ruleTester, yaml } from '../../helpers/rule-tester.js';
import { head } from './plan-head.js';

const police = yaml`
  sasaran_opd:
    - id: SS2
      nama: Keamanan
      opd: POLRES
      mendukung: K1
      program:
        - id: P9
          nama: Patroli
`;
// The partner's program (line 26) and its kegiatan (line 28) carry money.
const policeMoney = `${police + ['        anggaran: 2 M', '        kegiatan:', '          - {id: KG9, nama: Patroli malam, anggaran: 2 M}'].join('\n')}\n`;

ruleTester('anggaran/mitra', {
  valid: [
    { name: 'a partner with programs but no money', files: head + police },
    { name: 'a Pemda OPD with money', files: `${head}program:\n  - {id: P1, nama: P, mendukung: SS1, anggaran: 1 M}\n` },
  ],
  invalid: [
    {
      name: "money under a partner, inherited down the tree, and a partner's pagu",
      files: head.replace('mitra: true}', 'mitra: true, pagu: 2 M}') + policeMoney,
      errors: [
        { line: 5, column: 55, node: 'POLRES', message: '`POLRES` is a partner outside the Pemda budget (mitra: true), so it has no pagu' },
        { line: 26, column: 9, node: 'P9', message: '`P9` belongs to `POLRES`, a partner outside the Pemda budget' },
        { line: 28, node: 'KG9', message: '`KG9` belongs to `POLRES`' },
      ],
    },
  ],
});
