import { ruleTester, yaml } from '../../helpers/rule-tester.js';
import { head } from '../jabatan/plan-head.js';

const staff = yaml`
  jabatan:
    - {id: STAF, nama: Staf, opd: DINAS, jenis: pelaksana}
`;

/** A kegiatan with one SOP step whose values are given; the step's keys start at line 35. */
function step(values: string): string {
  return (
    head +
    staff +
    yaml`
    kegiatan:
      - id: KG9
        nama: Kegiatan SOP
        mendukung: P1
        sop:
          - tahap: Persiapan
            langkah:
              - nama: Penyusunan surat
  ` +
    values
      .split('\n')
      .filter(Boolean)
      .map((l) => `            ${l.trim()}\n`)
      .join('')
  );
}

ruleTester('sop/unreadable', {
  valid: [
    step('output: 1 proposal\ndurasi: 8 jam\nfrekuensi: 1\npelaksana: STAF'),
    step('output: "3 surat"\ndurasi: 1 jam 30 menit\nfrekuensi: 2 kali per bulan'),
    step('durasi: 2 hari\nfrekuensi: "12 kali"'),
    { name: "values of the wrong YAML type are the schema's to report", files: step('durasi: true\noutput: [1, surat]') },
    step('pelaksana: STAF'),
    step('frekuensi: 12\ndurasi: 8 jam'),
  ],
  invalid: [
    {
      name: 'an output that is not a number',
      files: step('output: satu proposal\ndurasi: 8 jam'),
      errors: [{ line: 35, column: 21, message: '`output` of KG9 langkah 1 cannot be read: "satu proposal" is not a number' }],
    },
    {
      name: 'an output without what it is, a duration without its unit, and a frequency per day',
      files: step('output: 3\ndurasi: 8\nfrekuensi: 2 kali per hari'),
      errors: [
        { line: 35, message: 'says how many but not of what' },
        { line: 36, column: 21, message: 'the duration 8 has no unit' },
        { line: 37, column: 24, message: '"kali per hari" is not a frequency' },
      ],
    },
    {
      name: 'nothing negative or zero',
      files: step('output: "-1 surat"\ndurasi: -30 menit\nfrekuensi: 0'),
      errors: [
        { line: 35, message: 'must be more than zero' },
        { line: 36, message: 'cannot be negative' },
        { line: 37, message: 'a frequency must be more than zero' },
      ],
    },
    {
      name: 'a frequency of 1.000 unquoted, which YAML reads as 1',
      files: step('durasi: 30 menit\nfrekuensi: 1.000'),
      errors: [{ line: 36, column: 24, message: '`frekuensi` of KG9 langkah 1 cannot be read: YAML reads 1.000 as the decimal 1;' }],
    },
  ],
});
