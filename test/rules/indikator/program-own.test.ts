import { ruleTester, yaml } from '../../helpers/rule-tester.js';

ruleTester('indikator/program-own', {
  valid: [
    yaml`
      cascade: 1
      program:
        - id: P1
          nama: Pemenuhan upaya kesehatan perorangan dan upaya kesehatan masyarakat
          indikator: [{nama: "% ibu hamil yang mendapat pelayanan kesehatan sesuai standar", satuan: "%"}]
          kegiatan:
            - id: K1
              nama: Penyediaan layanan kesehatan untuk UKM dan UKP rujukan
              indikator: [{nama: Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar, satuan: orang}]
    `,
  ],
  invalid: [
    {
      name: 'the same indicator, in other case and spacing, at a program and its kegiatan',
      files: yaml`
        cascade: 1
        program:
          - id: P1
            nama: Peningkatan kualitas jalan
            indikator:
              - nama: "% jalan dalam kondisi baik"
                satuan: "%"
            kegiatan:
              - id: K1
                nama: Pembangunan jalan
                indikator: [{nama: "%  Jalan dalam kondisi baik.", satuan: "%"}]
      `,
      errors: [{ line: 6, column: 15, node: 'P1 indikator 1', message: 'which is also an indicator of its kegiatan `K1`' }],
    },
  ],
});
