import { ruleTester, yaml } from '../../helpers/rule-tester.js';
import { head } from './plan-head.js';

const positions = (...lines: string[]) => `jabatan:\n${lines.map((l) => `  - ${l}\n`).join('')}`;

const KADIS = '{id: KADIS, nama: Kepala Dinas, opd: DINAS, jenis: struktural, eselon: II, sasaran: SS1}';
const KABID = '{id: KABID, nama: Kepala Bidang, opd: DINAS, jenis: struktural, eselon: III, atasan: KADIS, sasaran: P1}';

/** Steps of KG1 (under P1) and KG3 (under P2), each done by the position named. */
const steps = (kg1: string, kg3: string) => yaml`
  kegiatan:
    - {id: KG9, nama: Kegiatan di P1, mendukung: P1, sop: [{tahap: t, langkah: [{nama: Surat, pelaksana: ${kg1}}]}]}
    - {id: KG8, nama: Kegiatan di P2, mendukung: P2, sop: [{tahap: t, langkah: [{nama: Laporan, pelaksana: ${kg3}}]}]}
`;

ruleTester('jabatan/line-of-sight', {
  valid: [
    head +
      positions(
        KADIS,
        KABID,
        '{id: KASI, nama: Kepala Seksi, opd: DINAS, jenis: struktural, eselon: IV, atasan: KABID, sasaran: [KG1, KG2]}',
        '{id: STAF, nama: Staf, opd: DINAS, jenis: pelaksana, atasan: KASI}',
      ),
    {
      name: "an atasan answering for nothing passes the bound up; the atasan's own node counts as at",
      files:
        head +
        positions(
          KADIS,
          '{id: SEKR, nama: Sekretaris, jenis: struktural, eselon: III, atasan: KADIS}',
          '{id: STAF, nama: Staf, jenis: pelaksana, atasan: SEKR}',
          '{id: STAF2, nama: Staf, jenis: pelaksana, atasan: KABID}',
          KABID,
        ) +
        steps('STAF2', 'STAF'),
    },
    { name: 'a top position has no bound', files: head + positions('{id: KADIS, nama: Kepala Dinas, jenis: struktural, eselon: II, sasaran: S1}') },
  ],
  invalid: [
    {
      name: 'a kepala seksi answering for a kegiatan of another program',
      files: head + positions(KADIS, KABID, '{id: KASI, nama: Kepala Seksi, opd: DINAS, jenis: struktural, eselon: IV, atasan: KABID, sasaran: [KG1, KG3]}'),
      errors: [{ line: 28, column: 109, message: 'KASI answers for `KG3`, which is not at or below what its atasan KABID answers for (P1)' }],
    },
    {
      name: "a step outside the atasan's program, through an atasan who answers for nothing",
      files:
        head +
        positions(
          KADIS,
          KABID,
          '{id: KASI, nama: Kepala Seksi, jenis: struktural, eselon: IV, atasan: KABID}',
          '{id: STAF, nama: Staf, jenis: pelaksana, atasan: KASI}',
        ) +
        steps('STAF', 'STAF'),
      errors: [
        { line: 32, column: 106, message: 'STAF performs a step of `KG8`, which is not at or below what its atasan KABID (through KASI) answers for (P1)' },
      ],
    },
    {
      name: "a program above its atasan's kegiatan",
      files:
        head +
        positions(
          '{id: KASI, nama: Kepala Seksi, jenis: struktural, eselon: IV, sasaran: KG1}',
          '{id: JFT, nama: Perencana, jenis: fungsional, setara: IV, supervisi: false, atasan: KASI, sasaran: P1}',
        ),
      errors: [{ line: 27, message: 'JFT answers for `P1`' }],
    },
  ],
});
