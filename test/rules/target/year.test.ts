import { ruleTester, yaml } from '../../helpers/rule-tester.js';
import { indicators } from './plan-head.js';

ruleTester('target/year', {
  valid: [
    {
      name: 'every year of the period, one end-of-period target, or the last year alone',
      files: indicators(`
- nama: Per tahun
  satuan: "%"
  baseline: {tahun: 2024, nilai: 50}
  target: {2025: 55, 2026: 60, 2027: 65, 2028: 70, 2029: 75}
  realisasi: {2025: 54, 2026: 61}
- nama: Akhir periode
  satuan: "%"
  target: 75
- nama: Tahun terakhir
  satuan: "%"
  target: {2029: 75}
`),
    },
    {
      name: 'no periode: nothing to hold years against',
      files: yaml`
        cascade: 1
        sasaran:
          - id: S1
            nama: s
            indikator: [{nama: i, satuan: unit, target: {2031: 5}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a baseline year inside the periode, a target and a realisasi year after it, years left out',
      files: indicators(`
- nama: Persentase
  satuan: "%"
  baseline: {tahun: 2025, nilai: 50}
  target: {2025: 55, 2026: 60, 2027: 65, 2028: 70, 2029: 75, 2030: 80}
  realisasi: {2024: 49}
- nama: Bolong
  satuan: "%"
  target: {2025: 55, 2027: 65}
`),
      errors: [
        { line: 10, column: 29, message: 'The baseline year 2025 of `S1 indikator 1` is not before the periode 2025–2029' },
        { line: 11, column: 70, message: 'The target for 2030 of `S1 indikator 1` lies outside the periode 2025–2029' },
        { line: 12, message: 'The realisasi for 2024' },
        { line: 15, column: 11, message: 'The targets of `S1 indikator 2` leave out 2026, 2028, 2029' },
      ],
    },
    {
      name: 'an indicator with no target at all',
      files: indicators(`
- nama: Tanpa target
  satuan: "%"
  baseline: {tahun: 2024, nilai: 50}
`),
      errors: [{ line: 8, column: 11, message: '`S1 indikator 1` has no target: give one for every year of 2025–2029' }],
    },
  ],
});
