import { ruleTester, yaml } from '../../helpers/rule-tester.js';
import { head } from './plan-head.js';

ruleTester('anggaran/pagu', {
  valid: [
    head +
      yaml`
      program:
        - id: P1
          nama: Program
          mendukung: SS1
          anggaran: 1 M
          kegiatan:
            - {id: KG1, nama: Satu, anggaran: 600 juta}
            - {id: KG2, nama: Dua, anggaran: 400 juta}
    `,
    {
      name: 'a crosscutting kegiatan is counted once',
      files:
        head +
        yaml`
        program:
          - id: P1
            nama: Program satu
            mendukung: SS1
            kegiatan:
              - {id: KG1, nama: Satu, anggaran: 600 juta}
          - id: P2
            nama: Program dua
            mendukung: SS1
            kegiatan:
              - {id: KG2, nama: Dua, anggaran: 400 juta}
        kegiatan:
          - {id: KG3, nama: Lintas, mendukung: [P1, P2], anggaran: 0}
      `,
    },
    {
      name: "money of another OPD is not this one's",
      files:
        head.replace('  - {id: POLRES', '  - {id: DINAS2, nama: Dinas dua}\n  - {id: POLRES') +
        yaml`
        program:
          - {id: P1, nama: Program, mendukung: SS1, anggaran: 1 M}
          - {id: P2, nama: Program dua, mendukung: SS1, opd: DINAS2, anggaran: 5 M}
      `,
    },
    {
      name: 'a program whose kegiatan are not all written counts as its own anggaran',
      files:
        head +
        yaml`
        program:
          - id: P1
            nama: Program
            mendukung: SS1
            anggaran: 1 M
            kegiatan:
              - {id: KG1, nama: Satu, anggaran: 600 juta}
              - {id: KG2, nama: Dua}
      `,
    },
  ],
  invalid: [
    {
      name: 'a per-year pagu that leaves out a year the money is in',
      files:
        head.replace('pagu: 1 M', 'pagu: {2025: 1 M}') +
        yaml`
        program:
          - {id: P1, nama: Program, mendukung: SS1, anggaran: {2025: 500 juta, 2026: 300 juta}}
      `,
      errors: [
        {
          line: 4,
          node: 'DINAS',
          message:
            'In 2026, `DINAS` allocates Rp300.000.000 (1 amount under it), but its pagu gives no amount for 2026: add the year to the pagu, or move the money.',
        },
      ],
    },
    {
      name: 'the kegiatan, most detailed, are over the pagu though the program is not',
      files:
        head +
        yaml`
        program:
          - id: P1
            nama: Program
            mendukung: SS1
            anggaran: 1 M
            kegiatan:
              - {id: KG1, nama: Satu, anggaran: 700 juta}
              - {id: KG2, nama: Dua, anggaran: 500 juta}
      `,
      errors: [
        {
          line: 4,
          column: 36,
          node: 'DINAS',
          message: '`DINAS` allocates Rp1.200.000.000 (2 amounts under it), Rp200.000.000 over its pagu of Rp1.000.000.000.',
        },
      ],
    },
    {
      name: 'sub kegiatan before kegiatan, year by year',
      files:
        head.replace('pagu: 1 M', 'pagu: {2025: 500 juta, 2026: 500 juta}') +
        yaml`
        program:
          - id: P1
            nama: Program
            mendukung: SS1
            kegiatan:
              - id: KG1
                nama: Satu
                anggaran: {2025: 500 juta, 2026: 500 juta}
                sub_kegiatan:
                  - {id: SK1, nama: Sub satu, anggaran: {2025: 300 juta, 2026: 100 juta}}
                  - {id: SK2, nama: Sub dua, anggaran: {2025: 300 juta, 2026: 100 juta}}
      `,
      errors: [
        { line: 4, column: 43, message: 'In 2025, `DINAS` allocates Rp600.000.000 (2 amounts under it), Rp100.000.000 over its pagu of Rp500.000.000.' },
      ],
    },
  ],
});
