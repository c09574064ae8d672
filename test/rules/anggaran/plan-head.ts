import { yaml } from '../../helpers/rule-tester.js';

/**
 * A plan down to one sasaran strategis OPD (`SS1` of `DINAS`, whose pagu is 1 M), 17 lines
 * long: what the anggaran tests add starts at line 18.
 */
export const head = yaml`
  cascade: 1
  periode: 2025-2029
  opd:
    - {id: DINAS, nama: Dinas, pagu: 1 M}
    - {id: POLRES, nama: Kepolisian Resor, mitra: true}
  sasaran:
    - id: S1
      nama: Sasaran
      indikator: [{nama: Indeks, satuan: indeks, target: 8}]
      ksf:
        - id: K1
          nama: Faktor
          sasaran_opd:
            - id: SS1
              nama: Sasaran OPD
              opd: DINAS
              indikator: [{nama: Indeks, satuan: indeks, target: 8}]
`;
