import { ruleTester, yaml } from '../../helpers/rule-tester.js';

const head = yaml`
  cascade: 1
  opd: [{id: D, nama: Dinas}]
  sasaran:
    - id: S1
      nama: s
      ksf: [{id: K1, nama: k}]
`;

ruleTester('link/level', {
  valid: [
    head +
      yaml`
      sasaran_opd:
        - id: SS1
          nama: x
          opd: D
          mendukung: K1
          ksf: [{id: KO, nama: faktor OPD}]
      program:
        - {id: P1, nama: p, mendukung: KO}
        - {id: P2, nama: p, mendukung: SS1}
      kegiatan:
        - {id: KG1, nama: k, mendukung: [P1, P2]}
    `,
  ],
  invalid: [
    {
      name: 'a kegiatan supporting a sasaran Pemda directly',
      files: `${head}kegiatan:\n  - {id: KG1, nama: k, mendukung: S1}\n`,
      errors: [{ line: 8, column: 35, message: 'A kegiatan cannot support a sasaran Pemda: its parent must be a program' }],
    },
    {
      name: 'a program nested under a Pemda factor',
      files: yaml`
        cascade: 1
        sasaran:
          - id: S1
            nama: s
            ksf:
              - id: K1
                nama: k
                program:
                  - {id: P1, nama: p}
      `,
      errors: [{ line: 8, column: 9, message: 'A program cannot support a key success factor' }],
    },
    {
      name: 'a sasaran_opd under an OPD factor',
      files:
        head +
        yaml`
        sasaran_opd:
          - id: SS1
            nama: x
            opd: D
            mendukung: K1
            ksf: [{id: KO, nama: f}]
          - {id: SS2, nama: y, opd: D, mendukung: [K1, KO]}
      `,
      errors: [{ line: 13, column: 48 }],
    },
  ],
});
