import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester('file/version', {
  valid: ['cascade: 1\n'],
  invalid: [
    { name: 'an unknown version', files: 'cascade: 2\npemda: x\n', errors: [{ line: 1, column: 10, message: 'Unknown format version 2' }] },
    { name: 'no version at all', files: 'pemda: x\nperiode: 2025-2029\n', errors: [{ line: 1, message: 'needs `cascade: 1`' }] },
    { name: 'an empty file', files: '', errors: [{ line: 1, message: 'empty' }] },
  ],
});
