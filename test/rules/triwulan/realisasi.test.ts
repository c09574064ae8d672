import { ruleTester, yaml } from '../../helpers/rule-tester.js';

const plan = (per: string, realisasi: string) => yaml`
  cascade: 1
  periode: 2025-2029
  ${per}
  sasaran_opd:
    - id: SO1
      nama: Sasaran dinas
      opd: DINAS
      indikator:
        - nama: UMKM sehat
          satuan: "%"
          target: {2025: 58, 2026: 61, 2027: 64, 2028: 67, 2029: 70}
          triwulan:
            cara: kumulatif
            target:
              2026: {I: 58, II: 59, III: 60, IV: 61}
            realisasi: ${realisasi}
`;

ruleTester('triwulan/realisasi', {
  valid: [
    { name: 'quarters ended by per, the last day included; no data accepted', files: plan('per: 2026-06-30', '{2026: {I: 58.2, II: "-"}, 2025: {IV: 57}}') },
    { name: 'no quarterly realisasi needs no per', files: plan('pemda: Kota Uji', '{}') },
  ],
  invalid: [
    {
      name: 'a quarter after per, a year after per, an unreadable value',
      files: plan('per: 2026-07-15', '{2026: {I: 58.2, II: lumayan, III: 60}, 2027: {I: 62}}'),
      errors: [
        { line: 16, column: 43, message: 'The realisasi of TW II 2026 of `SO1 indikator 1` cannot be read' },
        {
          line: 16,
          column: 52,
          message: "A realisasi for TW III 2026 of `SO1 indikator 1`, but that quarter ends on 2026-09-30, after the data's date `per: 2026-07-15`",
        },
        { line: 16, column: 69, message: 'TW I 2027' },
      ],
    },
    {
      name: 'quarterly realisasi in a file with no per',
      files: plan('pemda: Kota Uji', '{2026: {I: 58.2}}'),
      errors: [{ line: 16, column: 11, message: 'its file has no `per` date' }],
    },
  ],
});
