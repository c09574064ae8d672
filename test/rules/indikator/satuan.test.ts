import { ruleTester, yaml } from '../../helpers/rule-tester.js';

ruleTester('indikator/satuan', {
  valid: [
    {
      name: "a satuan of the wrong type is the schema's finding alone",
      files: 'cascade: 1\nsasaran:\n  - {id: S1, nama: s, indikator: [{nama: a, satuan: 5, target: 3}]}\n',
    },
    yaml`
      cascade: 1
      sasaran:
        - id: S1
          nama: s
          indikator:
            - {nama: a, satuan: "%", target: 70}
            - {nama: b, satuan: predikat, skala: [C, B, A], target: A}
    `,
  ],
  invalid: [
    {
      name: 'no satuan, and one suggested from the values',
      files: yaml`
        cascade: 1
        sasaran:
          - id: S1
            nama: s
            indikator:
              - {nama: Jumlah kunjungan, target: 6 juta}
              - nama: Jumlah destinasi
                target: 40 destinasi
      `,
      errors: [
        { line: 6, column: 9, node: 'S1 indikator 1', message: 'The indicator `S1 indikator 1` has no `satuan`' },
        { line: 7, message: 'Its values are written in "destinasi": satuan: "destinasi"?' },
      ],
    },
    {
      name: 'an empty satuan points at it',
      files: yaml`
        cascade: 1
        program:
          - id: P1
            nama: p
            indikator:
              - id: P1.I1
                nama: Jumlah
                satuan: " "
                target: 5
      `,
      errors: [{ line: 8, column: 17, node: 'P1.I1', message: 'The indicator `P1.I1` has an empty `satuan`' }],
    },
  ],
});
