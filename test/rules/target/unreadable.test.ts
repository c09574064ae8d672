import { ruleTester } from '../../helpers/rule-tester.js';
import { indicators } from './plan-head.js';

ruleTester('target/unreadable', {
  valid: [
    {
      name: 'every value form of format.md',
      files: indicators(`
- nama: Persentase
  satuan: "%"
  baseline: {tahun: 2024, nilai: "62,5%"}
  target: {2025: 70, 2026: "7,5", 2027: "1.500", 2028: "69,1-69,5", 2029: 80%}
  realisasi: {2025: "68 persen"}
- nama: Kunjungan
  satuan: kunjungan
  baseline: 4 juta
  target: "6 juta kunjungan"
- nama: Opini BPK
  satuan: predikat
  skala: [TMP, TW, WDP, WTP]
  baseline: wdp
  target: WTP
- nama: Pertumbuhan
  satuan: "%"
  skala: {min: "-100", maks: "1.000"}
  target: "-2,5"
`),
    },
  ],
  invalid: [
    {
      name: 'text that is not a number, in a target map, a baseline and a realisasi',
      files: indicators(`
- nama: Persentase
  satuan: "%"
  baseline: {tahun: 2024, nilai: banyak}
  target: {2025: 70, 2026: tujuh puluh, 2027: 75, 2028: 80, 2029: 85}
  realisasi: 68..5
`),
      errors: [
        { line: 10, column: 42, message: 'The baseline of `S1 indikator 1` cannot be read: "banyak" is not a number' },
        { line: 11, message: 'The target for 2026 of `S1 indikator 1` cannot be read' },
        { line: 12, message: 'The realisasi (2029) of `S1 indikator 1` cannot be read' },
      ],
    },
    {
      name: 'a predikat without its list, a bad skala bound and a baseline year of two digits',
      files: indicators(`
- nama: Nilai SAKIP
  satuan: predikat
  target: A
- nama: Indeks
  satuan: indeks
  skala: {min: 0, maks: seratus}
  baseline: {tahun: 24, nilai: 50}
  target: 60
`),
      errors: [
        { line: 10, message: 'needs the list of its labels in skala' },
        { line: 13, message: 'The skala bound `maks` of `S1 indikator 2` cannot be read' },
        { line: 14, message: 'The baseline year of `S1 indikator 2` cannot be read' },
      ],
    },
  ],
});
