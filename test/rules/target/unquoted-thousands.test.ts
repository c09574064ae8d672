import { ruleTester } from '../../helpers/rule-tester.js';
import { indicators } from './plan-head.js';

ruleTester('target/unquoted-thousands', {
  valid: [
    {
      name: 'quoted thousands, plain integers, decimals with one, two or four digits',
      files: indicators(`
- nama: Jumlah
  satuan: unit
  baseline: {tahun: 2024, nilai: "1.200"}
  target: {2025: 1200, 2026: "1.300", 2027: 8.5, 2028: 12.25, 2029: 1.2345}
  skala: {min: 0, maks: "10.000"}
- nama: Pecahan
  satuan: indeks
  target: 0.125
`),
    },
  ],
  invalid: [
    {
      name: 'unquoted 1.200 in a target map, a baseline, a realisasi and a skala bound',
      files: indicators(`
- nama: Jumlah UMKM baru
  satuan: unit
  baseline: {tahun: 2024, nilai: 1.100}
  target: {2025: 1.200, 2026: "1.300", 2027: 1400, 2028: 1500, 2029: 1600}
  realisasi: {2025: -1.250}
  skala: {maks: 10.000}
`),
      errors: [
        {
          line: 10,
          column: 42,
          message: 'The baseline of `S1 indikator 1`: YAML reads 1.100 as the decimal 1.1; if thousands are meant, quote it ("1.100") or write 1100',
        },
        { line: 11, column: 26, message: 'The target for 2025' },
        { line: 12, message: 'YAML reads -1.250 as the decimal -1.25' },
        { line: 13, message: 'The skala bound `maks` of `S1 indikator 1`: YAML reads 10.000 as the decimal 10' },
      ],
    },
  ],
});
