import { ruleTester, yaml } from '../../helpers/rule-tester.js';
import { head } from './plan-head.js';

ruleTester('anggaran/sum', {
  valid: [
    head +
      yaml`
      program:
        - id: P1
          nama: Program
          mendukung: SS1
          anggaran: Rp.1.000.000.000
          kegiatan:
            - {id: KG1, nama: Satu, anggaran: 600 juta}
            - {id: KG2, nama: Dua, anggaran: "Rp 0,4 M"}
    `,
    {
      name: 'year by year where both give years',
      files:
        head +
        yaml`
        program:
          - id: P1
            nama: Program
            mendukung: SS1
            anggaran: {2025: 500 juta, 2026: 500 juta}
            kegiatan:
              - {id: KG1, nama: Satu, anggaran: {2025: 300 juta, 2026: 200 juta}}
              - {id: KG2, nama: Dua, anggaran: {2025: 200 juta, 2026: 300 juta}}
      `,
    },
    {
      name: 'on the totals when one side is for the whole period',
      files:
        head +
        yaml`
        program:
          - id: P1
            nama: Program
            mendukung: SS1
            anggaran: {2025: 700 juta, 2026: 300 juta}
            kegiatan:
              - {id: KG1, nama: Satu, anggaran: 1 M}
      `,
    },
    {
      name: 'a kegiatan with no amount leaves the sum open; the others stay under the whole',
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
    {
      name: 'a kegiatan without an anggaran counts as the sum of its sub kegiatan',
      files:
        head +
        yaml`
        program:
          - id: P1
            nama: Program
            mendukung: SS1
            anggaran: 1 M
            kegiatan:
              - id: KG1
                nama: Satu
                sub_kegiatan:
                  - {id: SK1, nama: Sub satu, anggaran: 700 juta}
                  - {id: SK2, nama: Sub dua, anggaran: 300 juta}
      `,
    },
    {
      name: 'a crosscutting kegiatan is budgeted only where it is written',
      files:
        head +
        yaml`
        program:
          - id: P1
            nama: Program satu
            mendukung: SS1
            anggaran: 1 M
            kegiatan:
              - {id: KG1, nama: Satu, anggaran: 1 M, mendukung: P2}
          - id: P2
            nama: Program dua
            mendukung: SS1
            anggaran: 200 juta
            kegiatan:
              - {id: KG2, nama: Dua, anggaran: 200 juta}
      `,
    },
    {
      name: "an unreadable part is anggaran/unreadable's finding, not a wrong sum",
      files:
        head +
        yaml`
        program:
          - id: P1
            nama: Program
            mendukung: SS1
            anggaran: 1 M
            kegiatan:
              - {id: KG1, nama: Satu, anggaran: enam ratus juta}
              - {id: KG2, nama: Dua, anggaran: 400 juta}
      `,
    },
  ],
  invalid: [
    {
      name: 'kegiatan short of their program',
      files:
        head +
        yaml`
        program:
          - id: P1
            nama: Program
            mendukung: SS1
            anggaran: Rp.1.000.000.000
            kegiatan:
              - {id: KG1, nama: Satu, anggaran: 600 juta}
              - {id: KG2, nama: Dua, anggaran: 300 juta}
      `,
      errors: [
        {
          line: 22,
          column: 15,
          node: 'P1',
          message: 'The anggaran of `P1` (Rp1.000.000.000) is not the sum of its kegiatan `KG1`, `KG2` (Rp900.000.000): they come to Rp100.000.000 less.',
        },
      ],
    },
    {
      name: 'one year off, at that year',
      files:
        head +
        yaml`
        program:
          - id: P1
            nama: Program
            mendukung: SS1
            anggaran:
              2025: 500 juta
              2026: 500 juta
            kegiatan:
              - {id: KG1, nama: Satu, anggaran: {2025: 300 juta, 2026: 250 juta}}
              - {id: KG2, nama: Dua, anggaran: {2025: 200 juta, 2026: 300 juta}}
      `,
      errors: [
        {
          line: 24,
          column: 13,
          message: 'In 2026, the anggaran of `P1` (Rp500.000.000) is not the sum of its kegiatan `KG1`, `KG2` (Rp550.000.000): they come to Rp50.000.000 more.',
        },
      ],
    },
    {
      name: 'a year the whole leaves out points at its key',
      files:
        head +
        yaml`
        program:
          - id: P1
            nama: Program
            mendukung: SS1
            anggaran: {2025: 500 juta}
            kegiatan:
              - {id: KG1, nama: Satu, anggaran: {2025: 500 juta, 2026: 100 juta}}
      `,
      errors: [{ line: 22, column: 5, message: 'In 2026, the anggaran of `P1` (Rp0)' }],
    },
    {
      name: 'written kegiatan already over the program while another has none',
      files:
        head +
        yaml`
        program:
          - id: P1
            nama: Program
            mendukung: SS1
            anggaran: 1 M
            kegiatan:
              - {id: KG1, nama: Satu, anggaran: "1,2 M"}
              - {id: KG2, nama: Dua}
      `,
      errors: [{ line: 22, message: 'is exceeded by Rp200.000.000 by its kegiatan `KG1` alone (Rp1.200.000.000)' }],
    },
    {
      name: 'sub kegiatan against their kegiatan, and that kegiatan against its program',
      files:
        head +
        yaml`
        program:
          - id: P1
            nama: Program
            mendukung: SS1
            anggaran: 1 M
            kegiatan:
              - id: KG1
                nama: Satu
                anggaran: 1 M
                sub_kegiatan:
                  - {id: SK1, nama: Sub satu, anggaran: 700 juta}
                  - {id: SK2, nama: Sub dua, anggaran: 200 juta}
                  - {id: SK3, nama: Sub tiga, anggaran: 200 juta}
      `,
      errors: [{ line: 26, node: 'KG1', message: 'its sub kegiatan `SK1`, `SK2`, `SK3` (Rp1.100.000.000): they come to Rp100.000.000 more' }],
    },
    {
      name: 'many parts are named up to five',
      files:
        head +
        yaml`
        program:
          - id: P1
            nama: Program
            mendukung: SS1
            anggaran: 1 M
            kegiatan:
      ` +
        Array.from({ length: 7 }, (_, i) => `      - {id: KG${i + 1}, nama: K${i + 1}, anggaran: 100 juta}\n`).join(''),
      errors: [{ line: 22, message: '`KG1`, `KG2`, `KG3`, `KG4`, `KG5` and 2 more (Rp700.000.000)' }],
    },
  ],
});
