import { ruleTester, yaml } from '../../helpers/rule-tester.js';
import { head } from './plan-head.js';

const program = (anggaran: string) =>
  `${
    head +
    yaml`
  program:
    - id: P1
      nama: Program
      mendukung: SS1
`
  }    anggaran: ${anggaran}\n`;

ruleTester('anggaran/unreadable', {
  valid: [
    program('Rp.4.000.000.000'),
    program('"Rp 2,3 M"'),
    program('900 juta'),
    program('900000000'),
    program('{2025: 900 juta, 2026: "Rp 1,1 M", 2027: 0}'),
    { name: "a wrong shape is schema/invalid-type's finding", files: program('[1, 2]') },
    { name: "a year key that is not a year is the schema's too", files: program('{20x5: 900 juta}') },
  ],
  invalid: [
    {
      name: 'not an amount',
      files: program('sembilan ratus juta'),
      errors: [{ line: 22, column: 15, node: 'P1', message: 'Cannot read the `anggaran` of `P1`: "sembilan ratus juta" is not a number' }],
    },
    {
      name: 'negative, and a fraction of a rupiah',
      files: program('{2025: -5000000, 2026: "Rp 1.500,50"}'),
      errors: [
        { line: 22, column: 22, message: 'cannot be negative' },
        { line: 22, column: 38, message: 'is not a whole number of rupiah' },
      ],
    },
    {
      name: 'unquoted thousands, which YAML has read as a decimal, alone or per year',
      files: program('{2025: 500.000, 2026: 1.250, 2027: "500.000"}'),
      errors: [
        {
          line: 22,
          column: 22,
          node: 'P1',
          message: 'Cannot read the `anggaran` of `P1`: YAML reads 500.000 as the decimal 500; if thousands are meant, quote it ("500.000") or write 500000',
        },
        { line: 22, column: 37, message: 'YAML reads 1.250 as the decimal 1.25' },
      ],
    },
    {
      name: 'an unquoted pagu of 2.000',
      files: head.replace('pagu: 1 M', 'pagu: 2.000'),
      errors: [{ line: 4, column: 36, node: 'DINAS', message: 'YAML reads 2.000 as the decimal 2' }],
    },
    {
      name: 'a pagu in another unit',
      files: head.replace('pagu: 1 M', 'pagu: 1 M kunjungan'),
      errors: [{ line: 4, column: 36, node: 'DINAS', message: 'Cannot read the `pagu` of `DINAS`: "1 M kunjungan" is not an amount in rupiah' }],
    },
    {
      name: 'a range is not an amount',
      files: program('"1-2 M"'),
      errors: [{ line: 22, message: 'an amount is one value, not a range' }],
    },
  ],
});
