import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester('link/orphan', {
  valid: [
    'cascade: 1\nsasaran:\n  - {id: S1, nama: s}\nksf:\n  - {id: K1, nama: k, mendukung: S1}\n',
    { name: 'a broken mendukung is left to ref/unknown', files: 'cascade: 1\nksf:\n  - {id: K1, nama: k, mendukung: NOPE}\n' },
  ],
  invalid: [
    { files: 'cascade: 1\nprogram:\n  - {id: P1, nama: p}\n', errors: [{ line: 3, column: 10, message: 'The program `P1` supports nothing', node: 'P1' }] },
    { name: 'a ksf on its own', files: 'cascade: 1\nksf:\n  - id: K1\n    nama: k\n', errors: [{ line: 3, column: 9 }] },
  ],
});
