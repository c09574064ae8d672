import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester('plan/header-mismatch', {
  valid: [
    {
      name: 'the two forms of periode agree',
      files: {
        'a.yaml': 'cascade: 1\npemda: Kabupaten Contoh\nperiode: 2025-2029\n',
        'b.yaml': 'cascade: 1\npemda: kabupaten  contoh\nperiode: {mulai: 2025, selesai: 2029}\n',
      },
    },
  ],
  invalid: [
    {
      name: 'another pemda and another periode',
      files: { 'a.yaml': 'cascade: 1\npemda: Kabupaten Contoh\nperiode: 2025-2029\n', 'b.yaml': 'cascade: 1\npemda: Kabupaten Lain\nperiode: 2026-2030\n' },
      errors: [
        { file: 'b.yaml', line: 2, message: 'but "Kabupaten Contoh" at a.yaml:2' },
        { file: 'b.yaml', line: 3, message: 'is 2026-2030 here but 2025-2029 at a.yaml:3' },
      ],
    },
  ],
});
