import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester('kode/shape', {
  valid: [
    'cascade: 1\nprogram:\n  - {id: P1, nama: p, kode: 1.03.10, kegiatan: [{id: K1, nama: k, kode: 1.03.10.2.01, sub_kegiatan: [{id: SK1, nama: s, kode: 1.03.10.2.01.0001}]}]}\n  - {id: P2, nama: penunjang, kode: X.XX.01}\n',
  ],
  invalid: [
    {
      files: 'cascade: 1\nprogram:\n  - {id: P1, nama: p, kode: 1.3.10}\nkegiatan:\n  - {id: K1, nama: k, kode: "1.03.10.01"}\n',
      errors: [
        { line: 3, column: 29, message: 'not a program code: expected the shape 1.02.02' },
        { line: 5, message: 'not a kegiatan code' },
      ],
    },
  ],
});
