import { ruleTester, yaml } from '../../helpers/rule-tester.js';

ruleTester('kode/duplicate', {
  valid: [
    {
      name: 'two OPDs each with the support program and the same program kode',
      files: yaml`
        cascade: 1
        opd:
          - {id: DINKES, nama: Dinas Kesehatan}
          - {id: RSUD, nama: RSUD}
        program:
          - {id: P1, nama: p, kode: 1.02.01, opd: DINKES}
          - {id: P2, nama: p, kode: 1.02.01, opd: RSUD}
          - {id: P3, nama: p, kode: 1.02.02, opd: DINKES}
          - {id: P4, nama: p, kode: 1.02.02, opd: RSUD}
      `,
    },
    'cascade: 1\nprogram:\n  - {id: P1, nama: p, kode: 1.03.10, kegiatan: [{id: K1, nama: k, kode: 1.03.10.2.01}]}\n',
  ],
  invalid: [
    {
      files: yaml`
        cascade: 1
        opd:
          - {id: DISHUB, nama: Dinas Perhubungan}
        program:
          - id: P1
            nama: p
            kode: 2.15.02
            opd: DISHUB
            kegiatan:
              - {id: K1, nama: a, kode: 2.15.02.2.05}
              - {id: K2, nama: b, kode: 2.15.02.2.05}
          - {id: P2, nama: p, kode: 2.15.02, opd: DISHUB}
      `,
      errors: [
        { line: 11, column: 33, node: 'K2', message: '`2.15.02.2.05` is already the code of kegiatan `K1` of the same OPD `DISHUB`.' },
        { line: 12, node: 'P2', message: 'already the code of program `P1`' },
      ],
    },
  ],
});
