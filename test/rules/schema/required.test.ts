import { ruleTester, yaml } from '../../helpers/rule-tester.js';

ruleTester('schema/required', {
  valid: ['cascade: 1\nopd:\n  - {id: A, nama: a}\n'],
  invalid: [
    { name: 'a node without nama', files: 'cascade: 1\nopd:\n  - {id: A}\n', errors: [{ line: 3, message: 'Missing required key `nama`' }] },
    {
      name: 'a sasaran_opd without its OPD',
      files: yaml`
        cascade: 1
        sasaran_opd:
          - id: SS1
            nama: x
      `,
      errors: [{ line: 3, message: '`opd`' }],
    },
  ],
});
