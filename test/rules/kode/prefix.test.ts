import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester('kode/prefix', {
  valid: ['cascade: 1\nprogram:\n  - {id: P1, nama: p, kode: 1.03.10, kegiatan: [{id: K1, nama: k, kode: 1.03.10.2.01}]}\n'],
  invalid: [
    {
      files: 'cascade: 1\nprogram:\n  - {id: P1, nama: p, kode: 1.03.10}\nkegiatan:\n  - {id: K1, nama: k, mendukung: P1, kode: 1.03.11.2.01}\n',
      errors: [{ line: 5, message: 'does not start with `1.03.10`, the code of its parent `P1`', node: 'K1' }],
    },
    {
      // Under a sasaran kegiatan (no kode of its own), the kegiatan still answers to its program's kode.
      files: [
        'cascade: 1',
        'program:',
        '  - id: P1',
        '    nama: p',
        '    kode: 1.03.10',
        '    sasaran_kegiatan:',
        '      - id: SK1',
        '        nama: Meningkatnya kualitas jalan',
        '        kegiatan:',
        '          - {id: K1, nama: k, kode: 1.03.11.2.01}',
        '',
      ].join('\n'),
      errors: [{ line: 10, message: 'does not start with `1.03.10`, the code of its parent `P1`', node: 'K1' }],
    },
  ],
});
