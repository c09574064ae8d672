import { ruleTester, yaml } from '../../helpers/rule-tester.js';

ruleTester('kode/urusan-opd', {
  valid: [
    {
      name: 'programs of the bidang held, and the support program',
      files: yaml`
        cascade: 1
        opd:
          - {id: DINKES, nama: Dinas Kesehatan dan KB, urusan: [1.02, 2.14]}
        program:
          - {id: P1, nama: p, kode: 1.02.01, opd: DINKES}
          - {id: P2, nama: p, kode: 1.02.02, opd: DINKES}
          - {id: P3, nama: p, kode: 2.14.02, opd: DINKES}
          - {id: P4, nama: p, kode: X.XX.01, opd: DINKES}
      `,
    },
    { name: 'an OPD that declares no urusan', files: 'cascade: 1\nopd:\n  - {id: A, nama: a}\nprogram:\n  - {id: P1, nama: p, kode: 2.15.02, opd: A}\n' },
  ],
  invalid: [
    {
      files: yaml`
        cascade: 1
        opd:
          - {id: DINKES, nama: Dinas Kesehatan, urusan: [1.02]}
        program:
          - id: P1
            nama: p
            kode: 2.15.02
            opd: DINKES
      `,
      errors: [
        {
          line: 7,
          column: 11,
          node: 'P1',
          message: 'Program `2.15.02` is of bidang urusan 2.15 (URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN), which OPD `DINKES` does not hold (urusan: 1.02).',
        },
      ],
    },
    {
      name: 'with the nomenclature off, still reported, without the bidang name',
      files: 'cascade: 1\nopd:\n  - {id: D, nama: d, urusan: [1.02]}\nprogram:\n  - {id: P1, nama: p, kode: 2.15.02, opd: D}\n',
      settings: { nomenklatur: 'off' },
      errors: [{ line: 5, message: 'is of bidang urusan 2.15, which OPD `D` does not hold' }],
    },
  ],
});
