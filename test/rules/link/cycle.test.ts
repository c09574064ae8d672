import { ruleTester, yaml } from '../../helpers/rule-tester.js';

ruleTester('link/cycle', {
  valid: ['cascade: 1\nsasaran:\n  - {id: S1, nama: s, ksf: [{id: K1, nama: k}]}\nksf:\n  - {id: K2, nama: k2, mendukung: S1}\n'],
  invalid: [
    {
      name: 'a sasaran_opd and its own factor supporting each other',
      files: yaml`
        cascade: 1
        sasaran_opd:
          - id: SS1
            nama: x
            opd: D
            mendukung: KO
            ksf:
              - {id: KO, nama: f}
      `,
      errors: [{ line: 6, column: 16, message: 'cycle: SS1 → KO → SS1' }],
    },
    {
      name: 'a loop through three nodes by mendukung, reported once',
      files:
        'cascade: 1\nksf:\n  - {id: A, nama: a, mendukung: SS}\n  - {id: B, nama: b, mendukung: A}\nsasaran_opd:\n  - {id: SS, nama: c, opd: D, mendukung: B}\n',
      errors: [{ line: 4, column: 33, message: 'cycle: A → SS → B → A' }],
    },
  ],
});
