import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planOf, yaml } from '../helpers/rule-tester.js';

/**
 * A small plan with everything a chart tells apart: a tujuan over a sasaran, Pemda and OPD
 * factors, two OPDs and a mitra, a kegiatan that also supports another OPD's program
 * (crosscutting), budgets and indicators.
 */
export const SMALL = yaml`
  cascade: 1
  pemda: Kota Uji
  periode: 2025-2029
  opd:
    - {id: DISHUB, nama: Dinas Perhubungan, singkatan: DIS HUB}
    - {id: SATPOL, nama: Satuan Polisi Pamong Praja}
    - {id: POLRES, nama: Kepolisian Resor, mitra: true}
  tujuan:
    - id: T1
      nama: Kota yang lancar
      sasaran:
        - id: S1
          nama: Menurunnya kemacetan
          indikator:
            - {nama: Kecepatan rata-rata, satuan: km/jam, target: {2025: 19, 2029: 25}}
          ksf:
            - id: KSF-A
              nama: Angkutan tertib
              sasaran_opd:
                - id: DISHUB.SS1
                  nama: Angkutan umum laik jalan
                  opd: DISHUB
                  indikator:
                    - {nama: "% angkutan laik", satuan: "%", target: "90%"}
                  program:
                    - id: DISHUB.P1
                      nama: Lalu lintas
                      anggaran: Rp 3 M
                      kegiatan:
                        - {id: DISHUB.K1, nama: Uji kendaraan, anggaran: Rp 2 M, indikator: [{nama: Kendaraan diuji, satuan: kendaraan, target: "4.000"}]}
                        - {id: DISHUB.K2, nama: Penertiban trayek, anggaran: Rp 1 M, mendukung: SATPOL.P1}
            - id: KSF-B
              nama: Jalan bebas PKL
              sasaran_opd:
                - id: SATPOL.SS1
                  nama: Ruang jalan tertib
                  opd: SATPOL
                  program:
                    - id: SATPOL.P1
                      nama: Ketertiban umum
                      kegiatan:
                        - {id: SATPOL.K1, nama: Relokasi PKL}
            - id: KSF-C
              nama: Pengawasan
              sasaran_opd:
                - {id: POLRES.SS1, nama: Patroli jalan, opd: POLRES}
`;

export const smallPlan = () => planOf(SMALL);

/** A plan whose every text tries to break out of its format (a file, so the CLI reads it too). */
export const HOSTILE_PATH = fileURLToPath(new URL('./fixtures/hostile.yaml', import.meta.url));
export const hostilePlan = () => planOf(readFileSync(HOSTILE_PATH, 'utf8'));
