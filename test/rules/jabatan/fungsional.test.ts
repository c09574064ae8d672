import { ruleTester } from '../../helpers/rule-tester.js';

const positions = (...lines: string[]) => `cascade: 1\njabatan:\n${lines.map((l) => `  - ${l}\n`).join('')}`;

const INSPEKTUR = '{id: INSP, nama: Inspektur, jenis: struktural, eselon: II}';
const KARO = '{id: KARO, nama: Kepala Biro Perencanaan, jenis: struktural, eselon: II}';

ruleTester('jabatan/fungsional', {
  valid: [
    {
      name: 'auditors with supervision: Pengendali Teknis → Ketua Tim → Anggota Tim',
      files: positions(
        INSPEKTUR,
        '{id: PT, nama: Pengendali Teknis, jenis: fungsional, setara: III, supervisi: false, atasan: INSP}',
        '{id: KT, nama: Ketua Tim, jenis: fungsional, setara: IV, supervisi: true, atasan: PT}',
        '{id: AT, nama: Anggota Tim, jenis: fungsional, setara: pelaksana, supervisi: true, atasan: KT}',
      ),
    },
    {
      name: 'a JFT Perencana straight from the Kepala Biro',
      files: positions(KARO, '{id: JFT, nama: Perencana, jenis: fungsional, setara: IV, supervisi: false, atasan: KARO}'),
    },
    { name: "supervisi not stated is jabatan/jenis's", files: positions(KARO, '{id: JFT, nama: Perencana, jenis: fungsional, setara: IV, atasan: KARO}') },
  ],
  invalid: [
    {
      name: 'supervised by a struktural, and by an equal',
      files: positions(
        INSPEKTUR,
        '{id: KT, nama: Ketua Tim, jenis: fungsional, setara: IV, supervisi: true, atasan: INSP}',
        '{id: AT, nama: Anggota Tim, jenis: fungsional, setara: IV, supervisi: true, atasan: KT}',
      ),
      errors: [
        {
          line: 4,
          column: 87,
          message: 'KT is supervised (`supervisi: true`), so its atasan must be a fungsional of a higher setara, but INSP is struktural eselon II',
        },
        { line: 5, message: 'AT (setara IV) is supervised by KT (setara IV): a supervisor ranks higher' },
      ],
    },
    {
      name: 'without supervision under a fungsional',
      files: positions(
        KARO,
        '{id: PT, nama: Perencana Madya, jenis: fungsional, setara: III, supervisi: false, atasan: KARO}',
        '{id: JFT, nama: Perencana, jenis: fungsional, setara: IV, supervisi: false, atasan: PT}',
      ),
      errors: [{ line: 5, message: 'so its atasan must be a struktural position, but PT is fungsional setara III' }],
    },
    {
      name: 'no atasan at all: pointed at supervisi',
      files: positions(
        '{id: JFT, nama: Perencana, jenis: fungsional, setara: IV, supervisi: false}',
        '{id: AT, nama: Anggota Tim, jenis: fungsional, setara: pelaksana, supervisi: true}',
      ),
      errors: [
        { line: 3, column: 74, message: 'names no `atasan`: name that position' },
        { line: 4, message: 'names no `atasan`: name the fungsional who supervises it' },
      ],
    },
  ],
});
