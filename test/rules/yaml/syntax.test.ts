import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester('yaml/syntax', {
  valid: ['cascade: 1\npemda: Kabupaten Contoh\n', { name: 'BOM and CRLF', files: '\uFEFFcascade: 1\r\npemda: Kabupaten Contoh\r\n' }],
  invalid: [
    { name: 'an unterminated quote', files: 'cascade: 1\npemda: "Kabupaten\n', errors: [{ line: 3, message: 'YAML syntax error' }] },
    { name: 'a tab used for indentation', files: 'cascade: 1\nsasaran:\n\t- id: S1\n', errors: [{ line: 3 }] },
    { name: 'an unclosed flow list', files: 'cascade: 1\nacuan: [a, b\npemda: x\n', errors: [{ line: 3 }] },
  ],
});
