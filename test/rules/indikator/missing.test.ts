import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester('indikator/missing', {
  valid: [
    {
      name: "indikator of the wrong type is the schema's finding alone",
      files: 'cascade: 1\nsasaran:\n  - {id: S1, nama: s, indikator: banyak, ksf: [{id: K1, nama: k}]}\n',
    },
    'cascade: 1\nsasaran:\n  - {id: S1, nama: s, indikator: [{nama: i}], ksf: [{id: K1, nama: k}]}\n',
  ],
  invalid: [
    {
      files: 'cascade: 1\nsasaran:\n  - {id: S1, nama: s, ksf: [{id: K1, nama: k}]}\nprogram:\n  - {id: P1, nama: p, indikator: []}\n',
      errors: [
        { line: 3, node: 'S1', message: 'The sasaran Pemda `S1` has no indicator' },
        { line: 5, node: 'P1' },
      ],
    },
  ],
});
