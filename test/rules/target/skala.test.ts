import { ruleTester } from '../../helpers/rule-tester.js';
import { indicators } from './plan-head.js';

ruleTester('target/skala', {
  valid: [
    {
      name: 'inside 0–100 for a %, a stated index scale, a growth rate, a predikat on its list',
      files: indicators(`
- nama: Persentase
  satuan: "%"
  baseline: 0
  target: {2025: 70, 2026: "72,5%", 2027: "74-76", 2028: 99, 2029: 100}
- nama: Indeks aksesibilitas
  satuan: indeks
  skala: {min: 0, maks: 10}
  target: 8
- nama: Pertumbuhan PDRB pariwisata
  satuan: "%"
  skala: {min: -100}
  baseline: "-3,5"
  target: 150
- nama: Nilai SAKIP
  satuan: predikat
  skala: [D, C, CC, B, BB, A, AA]
  baseline: bb
  target: A
- nama: Jumlah kunjungan
  satuan: kunjungan
  target: 6 juta
`),
    },
  ],
  invalid: [
    {
      name: 'a % over 100 and below 0, a range crossing 100, an index of 290 on 0–100',
      files: indicators(`
- nama: Persentase
  satuan: "%"
  baseline: "-5%"
  target: {2025: 70, 2026: 120%, 2027: "95-105", 2028: 99, 2029: 100}
- nama: Indeks lingkungan hidup
  satuan: indeks
  skala: {min: 0, maks: 100}
  target: 290
`),
      errors: [
        { line: 10, message: 'The baseline of `S1 indikator 1` is -5%, below its skala: a percentage lies in 0–100' },
        { line: 11, column: 36, message: 'The target for 2026 of `S1 indikator 1` is 120%, above its skala' },
        { line: 11, column: 48, message: 'The target for 2027' },
        { line: 15, message: "is 290, above its skala: the indicator's skala is 0–100" },
      ],
    },
    {
      name: 'a predikat not on its list, and a skala that ends before it starts',
      files: indicators(`
- nama: Opini BPK
  satuan: predikat
  skala: [TMP, TW, WDP, WTP]
  baseline: WDP
  target: {2025: WTP, 2026: WTP, 2027: WTP, 2028: WTP, 2029: "A"}
- nama: Indeks
  satuan: indeks
  skala: {min: 10, maks: 1}
  target: 5
`),
      errors: [
        { line: 12, message: 'The target for 2029 of `S1 indikator 1` is "A", which is not on its skala (TMP, TW, WDP, WTP)' },
        { line: 15, message: 'ends (maks 1) below where it starts (min 10)' },
      ],
    },
  ],
});
