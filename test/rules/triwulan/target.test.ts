import { ruleTester } from '../../helpers/rule-tester.js';
import { indicators } from '../target/plan-head.js';

ruleTester('triwulan/target', {
  valid: [
    {
      name: 'jumlah adding up, kumulatif ending at the year, a single end-of-period target for the last year, no triwulan at all',
      files: indicators(`
- nama: UMKM baru
  satuan: UMKM
  target: {2025: 350, 2026: 400, 2027: 450, 2028: 500, 2029: 550}
  triwulan:
    cara: jumlah
    target:
      2026: {I: 50, II: 100, III: 150, IV: 100}
      2027: {I: "112,5", II: "112,5", III: "112,5", IV: "112,5"}
- nama: UMKM sehat
  satuan: "%"
  target: 70
  triwulan:
    cara: kumulatif
    target:
      2029: {I: 67, II: 68, III: 69, IV: "70%"}
- nama: Rentang
  satuan: tahun
  target: {2025: "69,1-69,5", 2026: "69,2-69,6", 2027: 70, 2028: 70, 2029: 70}
  triwulan:
    cara: kumulatif
    target:
      2025: {I: "69-69,2", II: "69-69,3", III: "69,1-69,4", IV: "69,1-69,5"}
- nama: Tanpa triwulan
  satuan: "%"
  target: 70
`),
    },
  ],
  invalid: [
    {
      name: 'a sum that misses, a TW IV off the year, a quarter left out, a year with no annual target, an unreadable value',
      files: indicators(`
- nama: UMKM baru
  satuan: UMKM
  target: {2025: 350, 2026: 400, 2027: 450, 2028: 500, 2029: 550}
  triwulan:
    cara: jumlah
    target:
      2026: {I: 50, II: 100, III: 150, IV: 150}
      2027: {I: 100, II: 100, IV: 250}
- nama: UMKM sehat
  satuan: "%"
  target: {2025: 58, 2026: 61, 2027: 64, 2028: 67, 2029: 70}
  triwulan:
    cara: kumulatif
    target:
      2026: {I: 58, II: 59, III: 60, IV: 60}
      2030: {I: 70, II: 71, III: 72, IV: 73}
      2027: {I: banyak, II: 62, III: 63, IV: 64}
`),
      errors: [
        { line: 14, column: 15, message: 'The quarterly targets 2026 of `S1 indikator 1` add up to 450 but the annual target for 2026 is 400 (cara jumlah' },
        { line: 15, column: 15, message: 'leave out TW III' },
        { line: 22, column: 50, message: 'TW IV 2026 of `S1 indikator 2` is 60 but the annual target for 2026 is 61' },
        { line: 23, column: 15, message: 'no annual target for 2030' },
        { line: 24, column: 25, message: 'The target of TW I 2027 of `S1 indikator 2` cannot be read' },
      ],
    },
    {
      name: 'cara jumlah on a range cannot be added up',
      files: indicators(`
- nama: Rentang
  satuan: tahun
  target: {2025: "69,1-69,5", 2026: 70, 2027: 70, 2028: 70, 2029: 70}
  triwulan:
    cara: jumlah
    target:
      2025: {I: 17, II: 17, III: 17, IV: "18-18,5"}
`),
      errors: [{ line: 14, column: 15, message: 'cannot be added up' }],
    },
  ],
});
