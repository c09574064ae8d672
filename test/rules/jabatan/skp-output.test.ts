import { ruleTester } from '../../helpers/rule-tester.js';
import { head } from './plan-head.js';

ruleTester('jabatan/skp-output', {
  valid: [
    {
      name: 'a pelaksana holds a kegiatan; a fungsional setara III a program; a struktural eselon II the sasaran OPD',
      files: `${head}jabatan:
  - {id: KADIS, nama: Kepala Dinas, opd: DINAS, jenis: struktural, eselon: II, sasaran: SS1}
  - {id: PT, nama: Pengendali Teknis, opd: DINAS, jenis: fungsional, setara: III, sasaran: P1}
  - {id: STAF, nama: Staf, opd: DINAS, jenis: pelaksana, sasaran: [KG1, KG2]}
`,
    },
  ],
  invalid: [
    {
      name: 'a pelaksana holding a program, a fungsional setara IV holding the sasaran OPD',
      files: `${head}jabatan:
  - {id: STAF, nama: Staf, opd: DINAS, jenis: pelaksana, sasaran: [KG1, P2]}
  - {id: JF, nama: Perencana Ahli Muda, opd: DINAS, jenis: fungsional, setara: IV, sasaran: SS1}
`,
      errors: [
        { line: 26, column: 73, node: 'STAF', message: 'The pelaksana position `STAF` holds the program `P2`, an outcome-level target' },
        { line: 27, column: 93, node: 'JF', message: 'The fungsional position `JF` holds the sasaran strategis OPD `SS1`' },
      ],
    },
  ],
});
