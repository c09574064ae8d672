import { ruleTester } from '../../helpers/rule-tester.js';

const positions = (...lines: string[]) => `cascade: 1\njabatan:\n${lines.map((l) => `  - ${l}\n`).join('')}`;

ruleTester('jabatan/atasan-cycle', {
  valid: [
    positions(
      '{id: A, nama: a, jenis: struktural, eselon: II}',
      '{id: B, nama: b, jenis: struktural, eselon: III, atasan: A}',
      '{id: C, nama: c, jenis: pelaksana, atasan: B}',
      '{id: D, nama: d, jenis: pelaksana, atasan: B}',
    ),
    { name: "an atasan naming nothing is ref/unknown's", files: positions('{id: A, nama: a, jenis: pelaksana, atasan: X}') },
  ],
  invalid: [
    {
      name: 'a position its own atasan',
      files: positions('{id: A, nama: a, jenis: pelaksana, atasan: A}'),
      errors: [{ line: 3, column: 48, message: 'The atasan chain loops back: A → A.' }],
    },
    {
      name: 'a loop of three with a tail, reported once at the first written',
      files: positions(
        '{id: T, nama: t, jenis: pelaksana, atasan: C}',
        '{id: C, nama: c, jenis: pelaksana, atasan: A}',
        '{id: A, nama: a, jenis: pelaksana, atasan: B}',
        '{id: B, nama: b, jenis: pelaksana, atasan: C}',
      ),
      errors: [{ line: 4, message: 'loops back: C → A → B → C.' }],
    },
    {
      name: 'across files',
      files: {
        'a.yaml': positions('{id: A, nama: a, jenis: pelaksana, atasan: B}'),
        'b.yaml': positions('{id: B, nama: b, jenis: pelaksana, atasan: A}'),
      },
      errors: [{ file: 'a.yaml', line: 3, message: 'A → B → A' }],
    },
  ],
});
