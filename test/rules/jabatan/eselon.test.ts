import { ruleTester, yaml } from '../../helpers/rule-tester.js';
import { head } from './plan-head.js';

const positions = (...lines: string[]) => `${head}jabatan:\n${lines.map((l) => `  - ${l}\n`).join('')}`;

ruleTester('jabatan/eselon', {
  valid: [
    positions(
      '{id: KADIS, nama: Kepala Dinas, opd: DINAS, jenis: struktural, eselon: II, sasaran: SS1}',
      '{id: KABID, nama: Kepala Bidang, opd: DINAS, jenis: struktural, eselon: III, atasan: KADIS, sasaran: [P1, P2]}',
      '{id: KASI, nama: Kepala Seksi, opd: DINAS, jenis: struktural, eselon: IV, atasan: KABID, sasaran: [KG1, KG2]}',
      '{id: JFT, nama: Perencana, opd: DINAS, jenis: fungsional, setara: III, supervisi: false, atasan: KADIS, sasaran: KG3}',
    ),
    head +
      yaml`
      sub_kegiatan:
        - {id: SK1, nama: Sub kegiatan, mendukung: KG1}
      jabatan:
        - {id: KASI, nama: Kepala Seksi, jenis: struktural, eselon: IV, sasaran: SK1}
    `,
  ],
  invalid: [
    {
      name: 'a struktural position that answers for nothing',
      files: positions('{id: KASI, nama: Kepala Seksi, opd: DINAS, jenis: struktural, eselon: IV}'),
      errors: [
        {
          line: 26,
          column: 5,
          node: 'KASI',
          message: 'KASI is eselon IV but answers for nothing: list in `sasaran` a kegiatan (or sub kegiatan) it signs for',
        },
      ],
    },
    {
      name: 'an eselon II answering for a program, an eselon IV for a program',
      files: positions(
        '{id: KADIS, nama: Kepala Dinas, opd: DINAS, jenis: struktural, eselon: II, sasaran: [SS1, P1]}',
        '{id: KASI, nama: Kepala Seksi, opd: DINAS, jenis: struktural, eselon: IV, sasaran: P2}',
      ),
      errors: [
        { line: 26, column: 95, message: 'KADIS is eselon II and answers for a sasaran strategis OPD, but `P1` is a program' },
        { line: 27, message: 'KASI is eselon IV and answers for a kegiatan (or sub kegiatan), but `P2` is a program' },
      ],
    },
    {
      name: 'an eselon III answering for the Pemda target',
      files: positions('{id: KABID, nama: Kepala Bidang, jenis: struktural, eselon: III, sasaran: S1}'),
      errors: [{ line: 26, message: '`S1` is a sasaran Pemda' }],
    },
  ],
});
