import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester('yaml/syntax', {
  valid: ['cascade: 1\npemda: Kabupaten Contoh\n', { name: 'BOM and CRLF', files: '\uFEFFcascade: 1\r\npemda: Kabupaten Contoh\r\n' }],
  invalid: [
    { name: 'an unterminated quote, at the quote', files: 'cascade: 1\npemda: "Kabupaten\n', errors: [{ line: 2, column: 8, message: 'This quote is never closed' }] },
    { name: 'an unterminated single quote far above the end', files: "cascade: 1\npemda: 'Kabupaten\nperiode: 2025-2029\nsasaran: []\n", errors: [{ line: 2, column: 8 }] },
    { name: 'a tab used for indentation', files: 'cascade: 1\nsasaran:\n\t- id: S1\n', errors: [{ line: 3 }] },
    { name: 'an unclosed flow list', files: 'cascade: 1\nacuan: [a, b\npemda: x\n', errors: [{ line: 3 }] },
  ],
});
