import { ruleTester, yaml } from '../../helpers/rule-tester.js';

ruleTester('indikator/jenis', {
  valid: [
    yaml`
      cascade: 1
      sasaran:
        - id: S1
          nama: s
          indikator: [{nama: a, satuan: "%", jenis: outcome}, {nama: b, satuan: "%"}]
      program:
        - id: P1
          nama: p
          indikator: [{nama: a, satuan: "%", jenis: outcome}]
          kegiatan:
            - id: K1
              nama: k
              indikator: [{nama: a, satuan: orang, jenis: output}]
              sub_kegiatan:
                - {id: SK1, nama: sk, indikator: [{nama: a, satuan: orang, jenis: output}]}
    `,
    {
      name: 'a kegiatan with sub kegiatan measures its hasil (Permendagri 90/2019 with 77/2020)',
      files: yaml`
        cascade: 1
        kegiatan:
          - id: K1
            nama: Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota
            indikator: [{nama: "% ibu hamil yang mendapat pelayanan sesuai standar", satuan: "%", jenis: outcome}]
            sub_kegiatan:
              - {id: SK1, nama: Pengelolaan Pelayanan Kesehatan Ibu Hamil, indikator: [{nama: Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar, satuan: orang, jenis: output}]}
      `,
    },
  ],
  invalid: [
    {
      name: 'an output at a sasaran OPD, an outcome at a kegiatan',
      files: yaml`
        cascade: 1
        sasaran_opd:
          - id: SS1
            nama: s
            opd: D
            indikator:
              - nama: Jumlah pelatihan
                satuan: kali
                jenis: output
            program:
              - id: P1
                nama: p
                kegiatan:
                  - id: K1
                    nama: k
                    indikator: [{id: K1.I1, nama: "% UMKM sehat", satuan: "%", jenis: outcome}]
      `,
      errors: [
        {
          line: 9,
          column: 16,
          message:
            '`SS1 indikator 1` is an output indicator of the sasaran strategis OPD `SS1`, whose indicators measure outcomes (results): use jenis: outcome',
        },
        { line: 16, node: 'K1.I1', message: 'use jenis: output' },
      ],
    },
    {
      name: 'an outcome on a kegiatan without sub kegiatan',
      files: yaml`
        cascade: 1
        kegiatan:
          - id: K1
            nama: k
            indikator:
              - {nama: "% UMKM sehat", satuan: "%", jenis: outcome}
      `,
      errors: [{ line: 6, column: 52, message: 'use jenis: output' }],
    },
  ],
});
