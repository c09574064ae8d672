import { ruleTester, yaml } from '../../helpers/rule-tester.js';
import { head } from '../jabatan/plan-head.js';

const people = yaml`
  jabatan:
    - {id: KASI, nama: Kepala Seksi, opd: DINAS, jenis: struktural, eselon: IV}
    - {id: STAF-D, nama: Staf Dinas, opd: DINAS, jenis: pelaksana, atasan: KASI}
    - {id: KABAN, nama: Kepala Badan, opd: BADAN, jenis: struktural, eselon: II}
    - {id: STAF-B, nama: Staf Badan, jenis: pelaksana, atasan: KABAN}
`;

/** One step of KG9 (a kegiatan of DINAS) done by `who`: its pelaksana is at line 38. */
const stepBy = (who: string) =>
  head +
  people +
  yaml`
  kegiatan:
    - id: KG9
      nama: Kegiatan SOP
      mendukung: P1
      sop:
        - tahap: Persiapan
          langkah:
            - nama: Penyusunan surat
              pelaksana: ${who}
`;

ruleTester('sop/pelaksana-opd', {
  valid: [
    stepBy('STAF-D'),
    {
      name: 'a position of no known OPD',
      files:
        head +
        yaml`
      jabatan:
        - {id: LEPAS, nama: Tanpa OPD, jenis: pelaksana}
      kegiatan:
        - {id: KG9, nama: k, mendukung: P1, sop: [{tahap: t, langkah: [{nama: l, pelaksana: LEPAS}]}]}
    `,
    },
  ],
  invalid: [
    {
      name: 'a position of another OPD, known through its atasan',
      files: stepBy('STAF-B'),
      errors: [{ line: 38, column: 24, message: 'STAF-B belongs to BADAN, but this step is of `KG9` of DINAS' }],
    },
    {
      name: 'a position of another OPD by its own opd',
      files: stepBy('KABAN'),
      errors: [{ line: 38, message: 'KABAN belongs to BADAN' }],
    },
  ],
});
