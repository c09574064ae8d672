import { ruleTester, yaml } from '../../helpers/rule-tester.js';
import { head } from './plan-head.js';

/** STAF at line 26 does one step of `durasi` `frekuensi` times a year. */
const load = (durasi: string, frekuensi: string) =>
  head +
  yaml`
  jabatan:
    - {id: STAF, nama: Staf, opd: DINAS, jenis: pelaksana}
  kegiatan:
    - id: KG9
      nama: Kegiatan SOP
      mendukung: P1
      sop:
        - tahap: Pelayanan
          langkah:
            - {nama: Melayani permohonan, output: 1 berkas, durasi: "${durasi}", frekuensi: "${frekuensi}", pelaksana: STAF}
`;

ruleTester('jabatan/workload', {
  valid: [
    load('8 jam', '1'),
    load('5 jam', '250 kali'),
    { name: 'a longer effective year', files: load('6 jam', '250 kali'), settings: { effectiveHoursPerYear: 1500 } },
    { name: 'unreadable durations count for nothing (sop/unreadable tells)', files: load('6 jm', '250 kali') },
  ],
  invalid: [
    {
      name: 'over 1.250 jam a year',
      files: load('6 jam', '250 kali'),
      errors: [{ line: 26, column: 10, message: 'STAF has 1.500 jam of SOP work a year, over the effective 1.250 jam (120%): the work needs 1,2 people' }],
    },
    {
      name: 'days of a configured length',
      files: load('1 hari', '20 kali per bulan'),
      settings: { hoursPerDay: 8 },
      errors: [{ line: 26, message: 'STAF has 1.920 jam of SOP work a year' }],
    },
  ],
});
