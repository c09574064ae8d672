import { ruleTester, yaml } from '../../helpers/rule-tester.js';
import { head } from './plan-head.js';

ruleTester('anggaran/year', {
  valid: [
    head +
      yaml`
      program:
        - {id: P1, nama: Program, mendukung: SS1, anggaran: {2025: 1 M, 2029: 1 M}}
    `,
    {
      name: 'without a periode nothing is out of it',
      files: `${head.replace('periode: 2025-2029\n', '')}program:\n  - {id: P1, nama: P, mendukung: SS1, anggaran: {2031: 1 M}}\n`,
    },
  ],
  invalid: [
    {
      name: 'a year of the anggaran after the period, and of a pagu before it',
      files:
        head.replace('pagu: 1 M', 'pagu: {2024: 1 M}') +
        yaml`
        program:
          - id: P1
            nama: Program
            mendukung: SS1
            anggaran:
              2029: 1 M
              2030: 1 M
      `,
      errors: [
        { line: 4, column: 37, node: 'DINAS', message: '2024 is outside the periode 2025–2029: the `pagu` of `DINAS`' },
        { line: 24, column: 7, node: 'P1', message: '2030 is outside the periode 2025–2029: the `anggaran` of `P1`' },
      ],
    },
  ],
});
