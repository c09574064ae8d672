import { ruleTester } from '../../helpers/rule-tester.js';
import { indicators } from './plan-head.js';

ruleTester('target/unit', {
  valid: [
    {
      name: 'units that agree: the same, an alias, the leading word, or none',
      files: indicators(`
- nama: Persentase
  satuan: persen
  baseline: {tahun: 2024, nilai: "62%"}
  target: {2025: 70, 2026: "72 persen", 2027: 74%, 2028: 76, 2029: 80}
- nama: Destinasi
  satuan: destinasi wisata
  target: 40 destinasi
- nama: Tanpa satuan
  target: 40 destinasi
`),
    },
  ],
  invalid: [
    {
      name: 'a percentage written for a count, and a count for a percentage',
      files: indicators(`
- nama: Jumlah UMKM baru
  satuan: unit
  baseline: 1.500 orang
  target: {2025: "1.600 unit", 2026: "1.700%", 2027: "1.800", 2028: "1.900", 2029: "2.000"}
- nama: Persentase
  satuan: "%"
  realisasi: {2025: "60 unit"}
`),
      errors: [
        { line: 10, column: 21, message: 'The baseline of `S1 indikator 1` is written in "orang", but the indicator\'s satuan is "unit"' },
        { line: 11, message: 'The target for 2026 of `S1 indikator 1` is written in "%"' },
        { line: 14, message: 'The realisasi for 2025 of `S1 indikator 2` is written in "unit", but the indicator\'s satuan is "%"' },
      ],
    },
  ],
});
