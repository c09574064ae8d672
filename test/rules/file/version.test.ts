import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester('file/version', {
  valid: ['cascade: 1\n'],
  invalid: [
    { name: 'an unknown version', files: 'cascade: 2\npemda: x\n', errors: [{ line: 1, column: 10, message: 'Unknown format version 2' }] },
    {
      name: 'no version at all',
      files: 'pemda: x\nperiode: 2025-2029\n',
      errors: [{ line: 1, message: 'plan keys (`pemda`, `periode`) but no `cascade: 1`' }],
    },
    { name: 'no version, no plan keys', files: 'nama: x\n', errors: [{ line: 1, message: 'needs `cascade: 1`' }] },
    // One finding for the slip, at the misspelt key, not also schema/unknown-key.
    { name: 'a misspelt cascade key', files: 'pemda: x\ncascde: 1\n', errors: [{ line: 2, column: 1, message: 'Did you mean `cascade`?' }] },
    { name: 'a capitalised cascade key', files: 'Cascade: 1\n', errors: [{ line: 1, column: 1, message: 'Did you mean `cascade`?' }] },
    { name: 'an empty file', files: '', errors: [{ line: 1, message: 'empty' }] },
  ],
});
