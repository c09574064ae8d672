import { ruleTester, yaml } from '../../helpers/rule-tester.js';

const head = yaml`
  cascade: 1
  opd:
    - {id: DINAS, nama: Dinas}
  sasaran:
    - id: S1
      nama: Sasaran
      ksf:
        - {id: K1, nama: Faktor}
`;

ruleTester('ref/unknown', {
  valid: [
    head +
      yaml`
      sasaran_opd:
        - {id: SS1, nama: x, opd: DINAS, mendukung: K1}
    `,
  ],
  invalid: [
    {
      name: 'a misspelt OPD, with a did-you-mean',
      files:
        head +
        yaml`
        sasaran_opd:
          - {id: SS1, nama: x, opd: DINASS, mendukung: K1}
      `,
      errors: [{ line: 10, column: 29, message: 'Did you mean `DINAS`?', node: 'DINASS' }],
    },
    {
      name: 'mendukung naming nothing, and an id of the wrong kind',
      files:
        head +
        yaml`
        sasaran_opd:
          - id: SS1
            nama: x
            opd: K1
            mendukung: [K1, K9]
      `,
      errors: [
        { line: 12, message: 'must name an OPD, but `K1` is a key success factor' },
        { line: 13, column: 21, message: '`K9`, which is not defined' },
      ],
    },
    {
      name: 'references across files',
      files: {
        'opd.yaml': 'cascade: 1\njabatan:\n  - {id: J1, nama: Staf, jenis: pelaksana, atasan: J0}\n',
        'rpjmd.yaml': head,
      },
      errors: [{ file: 'opd.yaml', line: 3, message: '`atasan` names `J0`' }],
    },
  ],
});
