import { ruleTester, yaml } from '../../helpers/rule-tester.js';

/** A program whose indicator U (2000 new UMKM) is split over two kegiatan. */
const plan = (whole: string, a: string, b: string) => yaml`
  cascade: 1
  periode: 2025-2029
  program:
    - id: P1
      nama: Penciptaan iklim usaha
      indikator:
        - {id: U, nama: Jumlah UMKM baru, satuan: unit, ${whole}}
      kegiatan:
        - id: K1
          nama: Pelatihan usaha baru
          indikator:
            - {id: U1, nama: UMKM baru dari pelatihan, satuan: unit, bagian_dari: U, ${a}}
        - id: K2
          nama: Bantuan koperasi
          indikator:
            - {id: U2, nama: UMKM baru dari koperasi, satuan: unit, bagian_dari: U, ${b}}
`;

ruleTester('target/agregasi', {
  valid: [
    { name: '2000 = 1200 + 800', files: plan('agregasi: jumlah, target: 2000', 'target: "1.200"', 'target: 800 unit') },
    {
      name: 'year by year, a mean, within the tolerance',
      files: plan(
        'agregasi: rata-rata, target: {2025: "50,5", 2026: 60, 2027: 65, 2028: 70, 2029: 75}',
        'target: {2025: 50, 2026: 55, 2027: 60, 2028: 65, 2029: 70}',
        'target: {2025: 51, 2026: 65, 2027: 70, 2028: 75, 2029: "80,0001"}',
      ),
    },
    {
      name: 'a part with one end-of-period target counts only for the last year',
      files: plan(
        'agregasi: jumlah, target: {2025: 100, 2026: 200, 2027: 300, 2028: 400, 2029: 500}',
        'target: {2025: 100, 2026: 200, 2027: 300, 2028: 400, 2029: 300}',
        'target: 200',
      ),
    },
    { name: 'without agregasi the parts only contribute', files: plan('target: 2000', 'target: 5', 'target: 7') },
  ],
  invalid: [
    {
      name: 'parts that do not add up, pointing at the whole and naming the parts',
      files: plan('agregasi: jumlah, target: 2000', 'target: "1.200"', 'target: 700'),
      errors: [
        { line: 7, column: 81, node: 'U', message: 'The end-of-period target (2029) of `U` is 2.000, but its parts add up to 1.900 (`U1` 1.200 + `U2` 700).' },
      ],
    },
    {
      name: 'a year whose mean is off, and a year a part leaves out',
      files: plan(
        'agregasi: rata-rata, target: {2025: 50, 2026: 60, 2027: 65, 2028: 70, 2029: 75}',
        'target: {2025: 50, 2026: 55, 2027: 60, 2028: 65, 2029: 70}',
        'target: {2025: 50, 2026: 65, 2027: 70, 2029: 90}',
      ),
      errors: [
        { line: 7, message: 'The target for 2028 of `U` cannot be checked against its parts: `U2` has no target for 2028' },
        { line: 7, message: 'The target for 2029 of `U` is 75, but the mean of its parts is 80 (`U1` 70, `U2` 90).' },
      ],
    },
    {
      name: 'a part in another satuan',
      files: plan('agregasi: jumlah, target: 2000', 'target: 1200', 'target: 800').replace(
        'nama: UMKM baru dari koperasi, satuan: unit',
        'nama: UMKM baru dari koperasi, satuan: koperasi',
      ),
      errors: [{ line: 7, column: 49, message: '`U` is counted in "unit", but its part `U2` in "koperasi"' }],
    },
    {
      name: 'agregasi without parts',
      files: yaml`
        cascade: 1
        program:
          - id: P1
            nama: p
            indikator:
              - {id: U, nama: Jumlah, satuan: unit, agregasi: jumlah, target: 10}
      `,
      errors: [{ line: 6, message: 'no indicator names it in `bagian_dari`' }],
    },
  ],
});
