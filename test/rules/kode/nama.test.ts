import { ruleTester, yaml } from '../../helpers/rule-tester.js';

ruleTester('kode/nama', {
  valid: [
    {
      name: 'official names, in any case and spacing, with or without "Program" and the bracketed abbreviation',
      files: yaml`
        cascade: 1
        program:
          - id: P1
            nama: Penyelenggaraan Lalu Lintas dan Angkutan Jalan
            kode: 2.15.02
            kegiatan:
              - {id: K1, nama: "pengujian  berkala kendaraan bermotor", kode: 2.15.02.2.05}
          - id: P2
            nama: PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA
            kode: 2.15.01
            kegiatan:
              - id: K2
                nama: Administrasi Keuangan Perangkat Daerah
                kode: 2.15.01.2.02
                sub_kegiatan: [{id: S1, nama: Penyediaan Gaji dan Tunjangan ASN, kode: 2.15.01.2.02.0001}]
      `,
    },
    {
      name: 'either name where the sources differ (050-5889/2021 renamed the program)',
      files:
        'cascade: 1\nprogram:\n  - {id: P1, nama: "Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran", kode: 1.05.04}\n  - {id: P2, nama: Program Penanggulangan Kebakaran, kode: 1.05.04}\n',
    },
    { name: 'nomenclature off', files: 'cascade: 1\nprogram:\n  - {id: P1, nama: Jalan mulus, kode: 1.03.10}\n', settings: { nomenklatur: 'off' } },
    { name: 'an unknown kode is kode/unknown’s', files: 'cascade: 1\nprogram:\n  - {id: P1, nama: apa saja, kode: 1.03.99}\n' },
  ],
  invalid: [
    {
      files: yaml`
        cascade: 1
        program:
          - id: P1
            nama: Peningkatan kualitas jalan
            kode: 1.03.10
            kegiatan:
              - id: K1
                nama: Rehabilitasi jalan desa
                kode: 1.03.10.2.01
      `,
      errors: [
        {
          line: 4,
          column: 11,
          node: 'P1',
          message: 'The program `1.03.10` is officially named "PROGRAM PENYELENGGARAAN JALAN", not "Peningkatan kualitas jalan".',
        },
        { line: 8, column: 15, node: 'K1', message: 'officially named "Penyelenggaraan Jalan Kabupaten/Kota"' },
      ],
    },
  ],
});
