import { ruleTester, yaml } from '../../helpers/rule-tester.js';

ruleTester('indikator/sasaran-output', {
  valid: [
    yaml`
      cascade: 1
      opd: [{id: DISPAR, nama: Dinas Pariwisata}, {id: POLRES, nama: Polres, mitra: true}]
      sasaran:
        - id: S1
          nama: Meningkatnya industri pariwisata
          indikator: [{nama: PDRB sektor pariwisata, satuan: "%"}]
      sasaran_opd:
        - id: DISPAR.SS1
          nama: Meningkatnya daya saing pariwisata
          opd: DISPAR
          indikator:
            - {nama: Jumlah kunjungan wisatawan, satuan: kunjungan}
            - {nama: Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar, satuan: orang}
            - {nama: Jumlah dokumen perencanaan yang disusun, jenis: outcome}
        - id: POLRES.SS1
          nama: Meningkatnya keamanan
          opd: POLRES
          indikator: [{nama: Jumlah patroli yang dilaksanakan, satuan: kali}]
      program:
        - id: P1
          nama: Pengembangan destinasi
          mendukung: DISPAR.SS1
          indikator: [{nama: Jumlah festival yang diselenggarakan, satuan: kegiatan}]
    `,
  ],
  invalid: [
    {
      name: 'counts of things produced, at a Sasaran Pemda and a Sasaran Strategis OPD',
      files: yaml`
        cascade: 1
        opd: [{id: DISPAR, nama: Dinas Pariwisata}]
        sasaran:
          - id: S1
            nama: Meningkatnya industri pariwisata
            indikator:
              - nama: Jumlah festival budaya yang diselenggarakan
                satuan: kegiatan
        sasaran_opd:
          - id: DISPAR.SS1
            nama: Meningkatnya daya saing pariwisata
            opd: DISPAR
            indikator:
              - {nama: PDRB sektor pariwisata}
              - {nama: Jumlah Dokumen Promosi Wisata, satuan: dokumen}
      `,
      errors: [
        { line: 7, column: 15, node: 'S1 indikator 1', message: 'counts what an activity produces, yet it measures the sasaran Pemda `S1`' },
        { line: 15, column: 16, node: 'DISPAR.SS1 indikator 2' },
      ],
    },
  ],
});
