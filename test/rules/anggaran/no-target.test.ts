import { ruleTester, yaml } from '../../helpers/rule-tester.js';
import { head } from './plan-head.js';

const program = (indikator: string, anggaran: string) =>
  `${
    head +
    yaml`
  program:
    - id: P1
      nama: Program
      mendukung: SS1
`
  }    indikator: ${indikator}\n    anggaran: ${anggaran}\n`;

ruleTester('anggaran/no-target', {
  valid: [
    { name: 'one end-of-period target counts for every year', files: program('[{nama: Jumlah, target: 10}]', '{2025: 1 M, 2026: 1 M}') },
    { name: 'targets for the years with money', files: program('[{nama: Jumlah, target: {2025: 5, 2026: 10}}]', '{2025: 1 M, 2026: 1 M}') },
    { name: 'any of its indicators will do', files: program('[{nama: A, target: {2025: 5}}, {nama: B, target: {2026: 10}}]', '{2025: 1 M, 2026: 1 M}') },
    { name: 'no money in a year needs no target', files: program('[{nama: Jumlah, target: {2025: 5}}]', '{2025: 1 M, 2026: 0}') },
    { name: 'an amount for the period with a target in some year', files: program('[{nama: Jumlah, target: {2027: 5}}]', '1 M') },
    { name: 'a zero target where lower is better is a result to reach', files: program('[{nama: Kasus, arah: turun, target: {2025: 0}}]', '{2025: 1 M}') },
    { name: 'one indicator with a real target is enough', files: program('[{nama: A, target: {2025: 0}}, {nama: B, target: {2025: 3}}]', '{2025: 1 M}') },
    { name: "no indicator at all is indikator/missing's finding", files: `${head}program:\n  - {id: P1, nama: Program, mendukung: SS1, anggaran: 1 M}\n` },
  ],
  invalid: [
    {
      name: 'money in a year with no target',
      files: program('[{nama: Jumlah, target: {2025: 5, 2026: 10}}]', '{2025: 1 M, 2026: 1 M, 2027: 500 juta}'),
      errors: [{ line: 23, column: 44, node: 'P1', message: '`P1` has Rp500.000.000 in 2027, but none of its indicators has a target for 2027' }],
    },
    {
      name: 'money for the period and no target at all',
      files: program('[{nama: Jumlah, satuan: unit}]', '"Rp 1,5 M"'),
      errors: [{ line: 23, column: 15, message: '`P1` has an anggaran of Rp1.500.000.000, but none of its indicators has a target' }],
    },
    {
      name: 'money in a year whose targets are all zero or empty',
      files: program('[{nama: A, target: {2025: 5, 2026: 0}}, {nama: B, target: {2025: 5, 2026: ""}}]', '{2025: 1 M, 2026: 1 M}'),
      errors: [{ line: 23, column: 33, node: 'P1', message: '`P1` has Rp1.000.000.000 in 2026, but every target of its indicators for 2026 is zero or empty' }],
    },
    {
      name: 'money for the period and one target of zero',
      files: program('[{nama: A, satuan: "%", target: "0%"}]', '2 M'),
      errors: [{ line: 23, column: 15, message: '`P1` has an anggaran of Rp2.000.000.000, but every target of its indicators is zero or empty' }],
    },
  ],
});
