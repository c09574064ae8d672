import { ruleTester } from '../../helpers/rule-tester.js';

const positions = (...lines: string[]) => `cascade: 1\njabatan:\n${lines.map((l) => `  - ${l}\n`).join('')}`;

ruleTester('jabatan/jenis', {
  valid: [
    positions(
      '{id: KADIS, nama: Kepala Dinas, jenis: struktural, eselon: II}',
      '{id: JFT, nama: Perencana, jenis: fungsional, setara: IV, supervisi: false, atasan: KADIS}',
      '{id: STAF, nama: Staf, jenis: pelaksana, atasan: KADIS}',
    ),
  ],
  invalid: [
    {
      name: 'a struktural without eselon, a fungsional without setara and supervisi',
      files: positions('{id: KADIS, nama: Kepala Dinas, jenis: struktural}', '{id: JFT, nama: Perencana, jenis: fungsional, atasan: KADIS}'),
      errors: [
        { line: 3, column: 44, message: 'KADIS is struktural: state its `eselon` (II, III or IV)' },
        { line: 4, message: 'JFT is fungsional: state its `setara`' },
        { line: 4, message: 'JFT is fungsional: state its `supervisi`' },
      ],
    },
    {
      name: 'keys of another jenis, pointed at by their key',
      files: positions(
        '{id: STAF, nama: Staf, jenis: pelaksana, eselon: IV}',
        '{id: KABID, nama: Kepala Bidang, jenis: struktural, eselon: III, setara: III, supervisi: true}',
      ),
      errors: [
        { line: 3, column: 46, message: '`eselon` belongs to a struktural position, but STAF is pelaksana' },
        { line: 4, message: '`setara` belongs to a fungsional position' },
        { line: 4, message: '`supervisi` belongs to a fungsional position' },
      ],
    },
  ],
});
