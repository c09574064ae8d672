import { ruleTester } from '../../helpers/rule-tester.js';
import { indicators } from './plan-head.js';

ruleTester('target/arah', {
  valid: [
    {
      name: 'naik that holds or rises, turun that falls, predikat by rank, one target beating its baseline',
      files: indicators(`
- nama: Naik
  satuan: "%"
  baseline: {tahun: 2024, nilai: 50}
  target: {2025: 55, 2026: 55, 2027: 60, 2028: "61-63", 2029: 70}
- nama: Angka kriminalitas
  satuan: "%"
  arah: turun
  baseline: {tahun: 2024, nilai: "8%"}
  target: "5%"
- nama: Nilai SAKIP
  satuan: predikat
  skala: [D, C, CC, B, BB, A, AA]
  baseline: B
  target: {2025: BB, 2026: BB, 2027: A, 2028: A, 2029: AA}
`),
    },
  ],
  invalid: [
    {
      name: 'a naik target that falls, a turun one that rises, a last target that does not beat the baseline',
      files: indicators(`
- nama: Naik
  satuan: "%"
  baseline: {tahun: 2024, nilai: 50}
  target: {2025: 55, 2026: 60, 2027: 58, 2028: 65, 2029: 70}
- nama: Angka kriminalitas
  satuan: "%"
  arah: turun
  baseline: {tahun: 2024, nilai: "8%"}
  target: "9%"
`),
      errors: [
        { line: 11, column: 46, message: 'The target for 2027 of `S1 indikator 1` (58) is worse than the target for 2026 (60), but its arah is naik' },
        { line: 16, message: 'The end-of-period target (2029) of `S1 indikator 2` (9%) does not beat its baseline (8%), but its arah is turun' },
      ],
    },
    {
      name: 'predikat compared by their place on the skala',
      files: indicators(`
- nama: Nilai SAKIP
  satuan: predikat
  skala: [D, C, CC, B, BB, A, AA]
  baseline: A
  target: {2025: A, 2026: BB, 2027: A, 2028: A, 2029: A}
`),
      errors: [
        { line: 12, column: 35, message: 'The target for 2026 of `S1 indikator 1` (BB) is worse than the target for 2025 (A)' },
        { line: 12, column: 63, message: 'The target for 2029 of `S1 indikator 1` (A) does not beat its baseline (A)' },
      ],
    },
  ],
});
