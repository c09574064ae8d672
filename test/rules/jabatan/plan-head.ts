import { yaml } from '../../helpers/rule-tester.js';

/**
 * A small cascade the position tests build on: S1 → K1 → SS1 (DINAS) → P1 (KG1, KG2) and
 * P2 (KG3). It is 24 lines long, so what a test appends starts at line 25.
 */
export const head = yaml`
  cascade: 1
  opd:
    - {id: DINAS, nama: Dinas}
    - {id: BADAN, nama: Badan}
  sasaran:
    - id: S1
      nama: Sasaran
      ksf:
        - id: K1
          nama: Faktor
          sasaran_opd:
            - id: SS1
              nama: Sasaran OPD
              opd: DINAS
              program:
                - id: P1
                  nama: Program satu
                  kegiatan:
                    - {id: KG1, nama: Kegiatan satu}
                    - {id: KG2, nama: Kegiatan dua}
                - id: P2
                  nama: Program dua
                  kegiatan:
                    - {id: KG3, nama: Kegiatan tiga}
`;
