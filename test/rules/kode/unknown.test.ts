import { ruleTester, yaml } from '../../helpers/rule-tester.js';

ruleTester('kode/unknown', {
  valid: [
    {
      name: 'real kode of each level, the support program of any bidang, a sub kegiatan of 050-5889/2021',
      files: yaml`
        cascade: 1
        program:
          - {id: P1, nama: p, kode: 1.03.10, kegiatan: [{id: K1, nama: k, kode: 1.03.10.2.01, sub_kegiatan: [{id: S1, nama: s, kode: 1.03.10.2.01.0044}]}]}
          - {id: P2, nama: penunjang, kode: 2.15.01, kegiatan: [{id: K2, nama: k, kode: 2.15.01.2.02, sub_kegiatan: [{id: S2, nama: s, kode: 2.15.01.2.02.0001}]}]}
          - {id: P3, nama: penunjang, kode: X.XX.01}
      `,
    },
    {
      name: 'a sub kegiatan number under a known kegiatan is not called unknown (the data lacks some of 050-5889/2021)',
      files: 'cascade: 1\nsub_kegiatan:\n  - {id: S1, nama: s, kode: 1.03.10.2.01.0099}\n',
    },
    { name: 'nomenclature off', files: 'cascade: 1\nprogram:\n  - {id: P1, nama: p, kode: 1.03.99}\n', settings: { nomenklatur: 'off' } },
    { name: 'a kode of the wrong shape is kode/shape’s', files: 'cascade: 1\nprogram:\n  - {id: P1, nama: p, kode: 1.3.99}\n' },
  ],
  invalid: [
    {
      name: 'an unknown kegiatan, with the nearest under its program',
      files: yaml`
        cascade: 1
        program:
          - id: P1
            nama: Program Penyelenggaraan Jalan
            kode: 1.03.10
            kegiatan:
              - id: K1
                nama: Pemeliharaan jembatan
                kode: 1.03.10.2.02
      `,
      errors: [
        {
          line: 9,
          column: 15,
          node: 'K1',
          message: '`1.03.10.2.02` is not a kegiatan code in the nomenclature (Kepmendagri 050-5889/2021). The nearest is `1.03.10.2.01`.',
        },
      ],
    },
    {
      name: 'an unknown program; a support kegiatan shown in the bidang written; a sub kegiatan of an unknown kegiatan',
      files: yaml`
        cascade: 1
        program:
          - {id: P1, nama: p, kode: 2.15.14}
        kegiatan:
          - {id: K1, nama: k, kode: 1.02.01.2.55}
        sub_kegiatan:
          - {id: S1, nama: s, kode: 1.02.02.2.77.0001}
      `,
      errors: [
        { line: 3, column: 29, node: 'P1', message: 'not a program code in the nomenclature' },
        { line: 5, node: 'K1', message: 'The nearest is `1.02.01.2.' },
        { line: 7, node: 'S1', message: 'The nearest is `1.02.02.2.' },
      ],
    },
    {
      name: 'a bidang that does not exist',
      files: 'cascade: 1\nprogram:\n  - {id: P1, nama: p, kode: 9.44.02}\n',
      errors: [{ line: 3, message: '`9.44.02` is not a program code' }],
    },
  ],
});
