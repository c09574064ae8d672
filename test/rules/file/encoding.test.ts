import { ruleTester } from '../../helpers/rule-tester.js';

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

ruleTester('file/encoding', {
  valid: ['cascade: 1\npemda: Kabupaten Sleman — DIY\n'],
  invalid: [
    {
      name: 'Latin-1 bytes',
      files: { 'plan.yaml': bytes('cascade: 1\npemda: Kabupaten ', [0xe9], '\n') },
      errors: [{ line: 2, column: 18, message: 'not valid UTF-8' }],
    },
    { name: 'binary data', files: { 'plan.yaml': bytes('cascade: 1\n', [0x00, 0x01, 0x02]) }, errors: [{ line: 2, column: 1, message: 'binary' }] },
  ],
});
