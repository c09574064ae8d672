import { ruleTester, yaml } from '../../helpers/rule-tester.js';

ruleTester('yaml/duplicate-key', {
  valid: ['cascade: 1\npemda: a\nperiode: 2025-2029\n'],
  invalid: [
    { files: 'cascade: 1\npemda: a\npemda: b\n', errors: [{ line: 3, column: 1, message: 'Duplicate key `pemda` (first on line 2)' }] },
    {
      name: 'inside a node',
      files: yaml`
        cascade: 1
        sasaran:
          - id: S1
            nama: a
            nama: b
      `,
      errors: [{ line: 5, column: 5, message: 'Duplicate key `nama` (first on line 4)' }],
    },
  ],
});
