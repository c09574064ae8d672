import { ruleTester, yaml } from '../../helpers/rule-tester.js';

ruleTester('cascade/not-cascaded', {
  valid: [
    { name: "a child list of the wrong type is the schema's finding alone", files: 'cascade: 1\nsasaran:\n  - {id: S1, nama: s, ksf: K1}\n' },
    yaml`
      cascade: 1
      opd: [{id: D, nama: d}, {id: POL, nama: Polres, mitra: true}]
      sasaran:
        - id: S1
          nama: s
          ksf:
            - id: K1
              nama: k
              sasaran_opd:
                - id: SS1
                  nama: x
                  opd: D
                  ksf:
                    - id: KO
                      nama: f
                      program: [{id: P1, nama: p, kegiatan: [{id: KG1, nama: k}]}]
                - {id: SS2, nama: patroli, opd: POL}
    `,
  ],
  invalid: [
    {
      files: yaml`
        cascade: 1
        opd: [{id: D, nama: d}]
        sasaran:
          - {id: S1, nama: s}
          - id: S2
            nama: s2
            ksf:
              - id: K1
                nama: k
              - id: K2
                nama: k2
                sasaran_opd:
                  - id: SS1
                    nama: x
                    opd: D
                    program: [{id: P1, nama: p}]
      `,
      errors: [
        { line: 4, message: 'no key success factor', node: 'S1' },
        { line: 8, message: 'nothing is under it', node: 'K1' },
        { line: 16, message: 'no kegiatan', node: 'P1' },
      ],
    },
    {
      name: 'a sasaran_opd with no program, even through its factors',
      files: 'cascade: 1\nopd: [{id: D, nama: d}]\nsasaran_opd:\n  - {id: SS1, nama: x, opd: D, ksf: [{id: KO, nama: f, program: []}]}\n',
      errors: [
        { line: 4, node: 'SS1', message: 'no program' },
        { line: 4, node: 'KO' },
      ],
    },
  ],
});
