import { ruleTester } from '../../helpers/rule-tester.js';
import { head } from './plan-head.js';

ruleTester('anggaran/unallocated', {
  valid: [
    `${head}program:\n  - {id: P1, nama: Program, mendukung: SS1, anggaran: 1 M}\n`,
    { name: "over the pagu is anggaran/pagu's finding", files: `${head}program:\n  - {id: P1, nama: Program, mendukung: SS1, anggaran: 2 M}\n` },
    { name: 'an unreadable amount leaves the comparison out', files: `${head}program:\n  - {id: P1, nama: Program, mendukung: SS1, anggaran: sejuta}\n` },
  ],
  invalid: [
    {
      name: 'money left under the pagu',
      files: `${head}program:\n  - {id: P1, nama: Program, mendukung: SS1, anggaran: 800 juta}\n`,
      errors: [
        {
          line: 4,
          column: 36,
          node: 'DINAS',
          message: 'Rp200.000.000 of the pagu of `DINAS` (Rp1.000.000.000) is not allocated: the amounts under it come to Rp800.000.000.',
        },
      ],
    },
    {
      name: 'nothing allocated at all',
      files: head,
      errors: [{ line: 4, message: 'nothing is allocated under the pagu of `DINAS` (Rp1.000.000.000)' }],
    },
    {
      name: 'a year left short',
      files: `${head.replace('pagu: 1 M', 'pagu: {2025: 500 juta, 2026: 500 juta}')}program:\n  - {id: P1, nama: Program, mendukung: SS1, anggaran: {2025: 500 juta, 2026: 400 juta}}\n`,
      errors: [{ line: 4, column: 59, message: 'In 2026, Rp100.000.000 of the pagu of `DINAS` (Rp500.000.000) is not allocated' }],
    },
  ],
});
