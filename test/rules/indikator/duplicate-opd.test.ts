import { ruleTester, yaml } from '../../helpers/rule-tester.js';

const head = yaml`
  cascade: 1
  opd:
    - {id: DINKES, nama: Dinas Kesehatan}
    - {id: DP3AP2KB, nama: Dinas Pengendalian Penduduk dan KB}
  sasaran:
    - id: S1
      nama: Menurunnya prevalensi stunting
      ksf: [{id: KSF1, nama: Gizi ibu dan balita}]
`;

ruleTester('indikator/duplicate-opd', {
  valid: [
    {
      name: 'one OPD supports the other’s target (mendukung): crosscutting',
      files: `${head}${yaml`
        sasaran_opd:
          - id: DINKES.SS1
            nama: Menurunnya balita stunting
            opd: DINKES
            mendukung: KSF1
            indikator: [{nama: Prevalensi stunting balita, satuan: "%"}]
          - id: DP3AP2KB.SS1
            nama: Keluarga berisiko stunting terdampingi
            opd: DP3AP2KB
            mendukung: KSF1
            indikator: [{nama: "% keluarga berisiko stunting yang didampingi", satuan: "%"}]
            outcome_antara:
              - id: DP3AP2KB.IO1
                nama: Menurunnya stunting di keluarga terdampingi
                mendukung: DINKES.SS1
                indikator: [{nama: Prevalensi stunting balita, satuan: "%"}]
      `}`,
    },
    {
      name: 'each a part of one indicator (bagian_dari)',
      files: `${head}${yaml`
        sasaran_opd:
          - id: DINKES.SS1
            nama: a
            opd: DINKES
            mendukung: KSF1
            indikator: [{nama: Cakupan imunisasi, bagian_dari: S1.I1}]
          - id: DP3AP2KB.SS1
            nama: b
            opd: DP3AP2KB
            mendukung: KSF1
            indikator: [{nama: Cakupan imunisasi, bagian_dari: S1.I1}]
      `}`.replace('ksf: [{id: KSF1', 'indikator: [{id: S1.I1, nama: Cakupan imunisasi, agregasi: jumlah}]\n    ksf: [{id: KSF1'),
    },
    {
      name: 'the same indicator at programs (the supporting program of every OPD) is no finding',
      files: `${head}${yaml`
        program:
          - {id: DINKES.P1, nama: Penunjang, opd: DINKES, mendukung: KSF1, indikator: [{nama: Nilai SAKIP OPD}]}
          - {id: DP3AP2KB.P1, nama: Penunjang, opd: DP3AP2KB, mendukung: KSF1, indikator: [{nama: Nilai SAKIP OPD}]}
      `}`,
    },
  ],
  invalid: [
    {
      name: 'two OPDs under one Pemda target, no link between them',
      files: `${head}${yaml`
        sasaran_opd:
          - id: DINKES.SS1
            nama: Menurunnya balita stunting
            opd: DINKES
            mendukung: KSF1
            indikator: [{nama: Prevalensi stunting balita, satuan: "%"}]
          - id: DP3AP2KB.SS1
            nama: Keluarga berisiko stunting terdampingi
            opd: DP3AP2KB
            mendukung: KSF1
            indikator:
              - nama: "prevalensi  stunting balita."
                satuan: "%"
      `}`,
      errors: [
        { line: 14, column: 24, node: 'DINKES.SS1 indikator 1', message: 'is claimed by Dinas Kesehatan (`DINKES.SS1`) and by Dinas Pengendalian' },
        {
          line: 20,
          column: 15,
          node: 'DP3AP2KB.SS1 indikator 1',
          message: 'is claimed by Dinas Pengendalian Penduduk dan KB (`DP3AP2KB.SS1`) and by Dinas Kesehatan (`DINKES.SS1`), with no crosscutting link',
        },
      ],
    },
  ],
});
