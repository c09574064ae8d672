import { ruleTester, yaml } from '../../helpers/rule-tester.js';

ruleTester('schema/unknown-key', {
  // A misspelt `cascade:` is file/version's one finding (test/rules/file/version.test.ts).
  valid: ['cascade: 1\nopd:\n  - {id: A, nama: Dinas A, singkatan: DIS A, mitra: false}\n', 'cascde: 1\npemda: x\n'],
  invalid: [
    {
      name: 'a misspelt key, with a did-you-mean',
      files: yaml`
        cascade: 1
        sasaran:
          - id: S1
            nama: x
            indikatr: []
      `,
      errors: [{ line: 5, column: 5, message: 'Unknown key `indikatr`. Did you mean `indikator`?' }],
    },
    {
      name: 'a key far from any, listing what is allowed',
      files: 'cascade: 1\nopd:\n  - {id: A, nama: a, warna: merah}\n',
      errors: [{ line: 3, column: 22, message: 'Allowed here: id, nama' }],
    },
    {
      name: 'a decimal comma in a flow mapping',
      files: 'cascade: 1\nopd:\n  - {id: A, nama: a, pagu: Rp 1,5 M}\n',
      errors: [{ line: 3, message: 'quote a value with a decimal comma' }],
    },
    { name: 'at the top level', files: 'cascade: 1\nperiod: 2025-2029\n', errors: [{ line: 2, column: 1, message: 'Did you mean `periode`?' }] },
  ],
});
