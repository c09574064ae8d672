import { ruleTester, yaml } from '../../helpers/rule-tester.js';

ruleTester('indikator/manual', {
  valid: [
    yaml`
      cascade: 1
      sasaran:
        - id: S1
          nama: s
          indikator:
            - {nama: a, satuan: "%", definisi: Arti a, rumus: x / y × 100%, target: 70}
    `,
    {
      name: 'program and kegiatan indicators, and those of a partner, are no IKU',
      files: yaml`
        cascade: 1
        opd:
          - {id: POLRES, nama: Kepolisian, mitra: true}
        sasaran_opd:
          - id: SO1
            nama: s
            opd: POLRES
            indikator:
              - {nama: Frekuensi patroli, satuan: kali, target: 12}
        program:
          - id: P1
            nama: p
            indikator:
              - {nama: Jumlah, satuan: unit, target: 5}
      `,
    },
    {
      name: 'a plan that writes no definisi or rumus anywhere does not keep its IKU manual here: silent',
      files: 'cascade: 1\nsasaran:\n  - {id: S1, nama: s, indikator: [{nama: a, satuan: "%", target: 3}, {nama: b, satuan: "%", target: 4}]}\n',
    },
    {
      name: "a definisi of the wrong type is the schema's finding alone",
      files:
        'cascade: 1\nsasaran:\n  - {id: S1, nama: s, indikator: [{nama: a, satuan: "%", definisi: 5, target: 3}, {nama: b, satuan: "%", definisi: d, rumus: r, target: 3}]}\n',
    },
  ],
  invalid: [
    {
      name: 'an IKU Pemda with neither, an IKU OPD without a rumus (an empty one counts as none)',
      files: yaml`
        cascade: 1
        opd:
          - {id: DINAS, nama: Dinas}
        sasaran:
          - id: S1
            nama: s
            indikator:
              - {nama: Indeks, satuan: indeks, target: 70}
        sasaran_opd:
          - id: SO1
            nama: so
            opd: DINAS
            indikator:
              - id: SO1.I1
                nama: Cakupan
                satuan: "%"
                definisi: Cakupan layanan
                rumus: " "
                target: 90
      `,
      errors: [
        {
          line: 8,
          column: 9,
          node: 'S1 indikator 1',
          message: 'The IKU `S1 indikator 1` has no `definisi` and `rumus`: its manual (cascade table manual-iku)',
        },
        { line: 14, column: 9, node: 'SO1.I1', message: 'The IKU `SO1.I1` has no `rumus`:' },
      ],
    },
  ],
});
