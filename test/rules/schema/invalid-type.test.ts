import { ruleTester, yaml } from '../../helpers/rule-tester.js';

ruleTester('schema/invalid-type', {
  valid: [
    yaml`
      cascade: 1
      periode: {mulai: 2025, selesai: 2029}
      sasaran:
        - id: S1
          nama: x
          indikator: [{nama: i, arah: turun, target: {2025: "7,5", 2026: 7}}]
    `,
  ],
  invalid: [
    {
      name: 'a list where a text is expected',
      files: 'cascade: 1\npemda: [a, b]\n',
      errors: [{ line: 2, column: 8, message: '`pemda` expects text; found a list' }],
    },
    {
      name: 'a value not on the list, with a did-you-mean',
      files: 'cascade: 1\nacuan:\n  - {id: A, nama: a, jenis: visi}\n',
      errors: [{ line: 3, column: 29, message: 'Did you mean `visi-misi`?' }],
    },
    { name: 'an id with odd characters', files: 'cascade: 1\nopd:\n  - {id: "DINAS A", nama: a}\n', errors: [{ line: 3, message: 'is not a valid id' }] },
    { name: 'a malformed periode', files: 'cascade: 1\nperiode: 2025\n', errors: [{ line: 2, message: 'periode must be like "2025-2029"' }] },
    {
      name: 'a year key that is no year',
      files: 'cascade: 1\nsasaran:\n  - {id: S1, nama: x, indikator: [{nama: i, target: {tahun1: 5}}]}\n',
      errors: [{ line: 3, message: '`tahun1` is not a year' }],
    },
    {
      name: 'a number where true/false is expected',
      files: 'cascade: 1\nopd:\n  - {id: P, nama: p, mitra: 1}\n',
      errors: [{ line: 3, message: 'expects true or false' }],
    },
    { name: 'a null', files: 'cascade: 1\nopd:\n  - {id: P, nama: ~}\n', errors: [{ line: 3, message: 'found nothing' }] },
    // Values (targets, money) are a number or a text, one for the period or a map of years.
    {
      name: 'a list where a value or a map of years is expected',
      files: 'cascade: 1\nopd:\n  - {id: P, nama: p, pagu: [1, 2]}\n',
      errors: [{ line: 3, column: 28, message: '`pagu` expects number or text or a mapping; found a list' }],
    },
    {
      name: 'a list, a mapping and a null as the value of a year',
      files: 'cascade: 1\nsasaran:\n  - {id: S1, nama: x, indikator: [{nama: i, target: {2025: [1], 2026: {a: 1}, 2027: ~}}]}\n',
      errors: [
        { line: 3, column: 60, message: '`2025` expects number or text; found a list' },
        { line: 3, column: 71, message: '`2026` expects number or text; found a mapping' },
        { line: 3, column: 85, message: '`2027` expects number or text; found nothing' },
      ],
    },
    {
      name: 'a number too big to hold',
      files: 'cascade: 1\nsasaran:\n  - {id: S1, nama: x, indikator: [{nama: i, target: 1e400}]}\n',
      errors: [{ line: 3, column: 53, message: '`target` expects number or text or a mapping; found a number Infinity' }],
    },
    {
      name: 'a list as a baseline value',
      files: 'cascade: 1\nsasaran:\n  - {id: S1, nama: x, indikator: [{nama: i, baseline: {tahun: 2024, nilai: [3]}}]}\n',
      errors: [{ line: 3, message: '`nilai` expects number or text; found a list' }],
    },
  ],
});

ruleTester('schema/invalid-type', {
  valid: ['cascade: 1\nperiode: {mulai: 2005, selesai: 2025}\n'],
  invalid: [
    {
      name: 'a periode that runs backwards',
      files: 'cascade: 1\nperiode: 2029-2025\n',
      errors: [{ line: 2, column: 10, message: 'ends (2025) before it starts (2029)' }],
    },
    { name: 'a periode of absurd years', files: 'cascade: 1\nperiode: {mulai: -4.36e99, selesai: 2029}\n', errors: [{ line: 2, message: 'four-digit years' }] },
    {
      name: 'a periode too long to be a plan',
      files: 'cascade: 1\nperiode: {mulai: 1900, selesai: 2029}\n',
      errors: [{ line: 2, message: 'spans more than 30 years' }],
    },
  ],
});
