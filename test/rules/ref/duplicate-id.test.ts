import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester('ref/duplicate-id', {
  valid: ['cascade: 1\nopd:\n  - {id: A, nama: a}\n  - {id: B, nama: b}\n'],
  invalid: [
    {
      name: 'across files and kinds',
      files: { 'a.yaml': 'cascade: 1\nopd:\n  - {id: A, nama: a}\n', 'b.yaml': 'cascade: 1\njabatan:\n  - {id: A, nama: a, jenis: pelaksana}\n' },
      errors: [{ file: 'b.yaml', line: 3, column: 10, message: 'already used at a.yaml:3', node: 'A' }],
    },
    {
      name: 'an indicator id used twice',
      files: 'cascade: 1\nsasaran:\n  - id: S1\n    nama: x\n    indikator:\n      - {id: I1, nama: a}\n      - {id: I1, nama: b}\n',
      errors: [{ line: 7, node: 'I1' }],
    },
  ],
});
