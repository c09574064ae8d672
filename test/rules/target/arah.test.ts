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
    {
      name: 'arah tetap: an SPM count that follows the projected population, a level to hold',
      files: indicators(`
- nama: Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar
  satuan: orang
  arah: tetap
  baseline: {tahun: 2024, nilai: "4.310"}
  target: {2025: "4.280", 2026: "4.251", 2027: "4.190", 2028: "4.230", 2029: "4.100"}
- nama: Tingkat inflasi
  satuan: "%"
  arah: tetap
  baseline: {tahun: 2024, nilai: "2,8"}
  target: "2,5-3,5"
`),
    },
    {
      name: 'one-sided targets: an upper bound falls (arah turun inferred), a lower bound rises',
      files: indicators(`
- nama: Prevalensi stunting
  satuan: "%"
  baseline: {tahun: 2024, nilai: "21,6"}
  target: {2025: "≤ 20", 2026: "< 18,5", 2027: "maks. 17", 2028: "maks 15,5", 2029: "≤ 14,2"}
- nama: Cakupan imunisasi dasar lengkap
  satuan: "%"
  baseline: {tahun: 2024, nilai: "85"}
  target: {2025: "≥ 86", 2026: "min 88", 2027: "min. 89", 2028: ">= 90", 2029: "minimal 90"}
- nama: Angka kematian bayi
  satuan: per 1.000 kelahiran hidup
  baseline: {tahun: 2024, nilai: "N/A"}
  target: "< 16"
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
    {
      name: 'a bound against the written arah, a bound that moves the wrong way',
      files: indicators(`
- nama: Prevalensi stunting
  satuan: "%"
  arah: naik
  target: {2025: "20", 2029: "≤ 14,2"}
- nama: Prevalensi stunting balita
  satuan: "%"
  baseline: {tahun: 2024, nilai: "21,6"}
  target: {2025: "≤ 20", 2026: "≤ 21"}
`),
      errors: [
        { line: 11, column: 38, message: 'The target for 2029 of `S1 indikator 1` (≤ 14,2) is an upper bound (lower is better), but its arah is naik' },
        { line: 11, column: 38, message: 'The target for 2029 of `S1 indikator 1` (≤ 14,2) is worse than the target for 2025 (20)' },
        { line: 15, column: 40, message: 'The target for 2026 of `S1 indikator 2` (≤ 21) is worse than the target for 2025 (≤ 20), but its arah is turun' },
      ],
    },
  ],
});
