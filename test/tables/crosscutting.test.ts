import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { openPlan } from '../../src/model/open.js';
import { cellText, cellValue, type Table } from '../../src/tables/table.js';
import { VIEWS } from '../../src/tables/views/index.js';
import { smallPlan } from '../render/fixture.js';

const view = VIEWS.find((v) => v.name === 'crosscutting')!;
const traffic = openPlan(['examples/lalu-lintas.yaml']).plan;
const texts = (t: Table) => t.rows.map((r) => r.map(cellText));

describe('cascade table crosscutting', () => {
  it('puts each Pemda target against the OPDs and mitra that serve it (seed section 4)', () => {
    const [summary, detail, links] = view.build(traffic, { settings: DEFAULT_SETTINGS });
    expect(texts(summary)).toEqual([['S-MACET — Menurunnya tingkat kemacetan lalu lintas di jalan raya', 'DISHUB, DIS TRANTIB, DIS PU', 'POLRES', '4']]);
    expect(cellValue(summary.rows[0][3])).toBe(4);
    expect(summary.notes![0].en).toBe('1 of 1 Pemda target(s) are served by more than one OPD or mitra (crosscutting).');
    // Where each comes in, through which factor, with its indicators and its own money toward the target.
    expect(texts(detail).map((r) => [r[1], r[2], r[3], r[5].split(' — ')[0], r[6], r[7], r[9]])).toEqual([
      ['DISHUB', 'OPD', 'KSF-ANGKUTAN', 'DISHUB.SS1', '% angkutan umum yang laik jalan', '90%', 'Rp3.000.000.000'],
      ['DISHUB', 'OPD', 'KSF-ANGKUTAN', 'DISHUB.SS1', '% angkutan umum yang memiliki izin sesuai ketentuan', '95%', ''],
      ['DIS TRANTIB', 'OPD', 'KSF-RUAS', 'DISTRANTIB.SS1', 'Panjang ruas jalan yang bebas dari PKL', '30', ''].map((x, i) => (i === 6 ? 'Rp1.200.000.000' : x)),
      ['DIS TRANTIB', 'OPD', 'KSF-RUAS', 'DISTRANTIB.SS1', 'Frekuensi pembinaan dan penertiban terhadap para pelanggar ketertiban', '240', ''],
      ['DIS TRANTIB', 'OPD', 'KSF-RUAS', 'DISTRANTIB.SS1', '% PKL yang berhasil direlokasi ke area tertib', '75%', ''],
      ['DIS PU', 'OPD', 'KSF-KONDISI', 'DISPU.SS1', '% ruas jalan dalam keadaan baik', '85%', 'Rp5.000.000.000'],
      ['DIS PU', 'OPD', 'KSF-KONDISI', 'DISPU.SS1', '% jembatan dalam keadaan baik', '90%', ''],
      ['POLRES', 'mitra', 'KSF-PATROLI', 'POLRES.SS1', 'Frekuensi patroli yang dilakukan', '720', ''],
    ]);
    expect(texts(links)).toEqual([
      ['DISHUB.K2 — Penertiban izin trayek', 'DISHUB', 'DISTRANTIB.P1 — Peningkatan ketenteraman dan ketertiban umum', 'DIS TRANTIB'],
    ]);
  });

  it("an OPD that comes in only through another OPD's node is marked crosscutting", () => {
    const [, detail] = view.build(smallPlan(), { settings: DEFAULT_SETTINGS });
    // In the small plan DISHUB.K2 also supports SATPOL.P1, but DISHUB already serves S1 itself.
    expect(texts(detail).map((r) => `${r[1]} ${r[3]} ${r[5].split(' — ')[0]}`)).toEqual([
      'DIS HUB KSF-A DISHUB.SS1',
      'Satuan Polisi Pamong Praja KSF-B SATPOL.SS1',
      'Kepolisian Resor KSF-C POLRES.SS1',
    ]);
    const only = view.build(smallPlan(), { opd: 'SATPOL', settings: DEFAULT_SETTINGS });
    expect(texts(only[1]).map((r) => r[5].split(' — ')[0])).toEqual(['SATPOL.SS1']);
    expect(texts(only[2])).toEqual([['DISHUB.K2 — Penertiban trayek', 'DIS HUB', 'SATPOL.P1 — Ketertiban umum', 'Satuan Polisi Pamong Praja']]);
  });

  it("shows a kegiatan that serves a target only through another OPD's program, with its own money", async () => {
    const { planOf, yaml } = await import('../helpers/rule-tester.js');
    const plan = planOf(yaml`
      cascade: 1
      opd: [{id: A, nama: Dinas A}, {id: B, nama: Dinas B}]
      sasaran:
        - id: S
          nama: Sasaran
          ksf:
            - id: F
              nama: Faktor
              sasaran_opd:
                - id: A.SS
                  nama: Sasaran A
                  opd: A
                  program: [{id: A.P, nama: Program A, anggaran: Rp 5 M}]
        - id: S2
          nama: Sasaran lain
          ksf:
            - id: F2
              nama: Faktor lain
              sasaran_opd:
                - id: B.SS
                  nama: Sasaran B
                  opd: B
                  program:
                    - id: B.P
                      nama: Program B
                      kegiatan:
                        # Written under its own program, it also serves A's program: crosscutting.
                        - {id: B.K, nama: Kegiatan B, mendukung: A.P, anggaran: Rp 700 juta, indikator: [{nama: Output B, satuan: kali, target: 4}]}
    `);
    const [summary, detail] = view.build(plan, { settings: DEFAULT_SETTINGS });
    expect(texts(summary)[0].slice(1)).toEqual(['Dinas A, Dinas B', '', '2']);
    const b = texts(detail).find((r) => r[1] === 'Dinas B')!;
    expect([b[3], b[4], b[5], b[6], b[7], b[9]]).toEqual(['A.P (crosscutting)', 'Kegiatan', 'B.K — Kegiatan B', 'Output B', '4', 'Rp700.000.000']);
    expect(cellValue(detail.rows.find((r) => r[1] === 'Dinas A')![9])).toBe(5_000_000_000);
    expect(texts(summary)[1].slice(1)).toEqual(['Dinas B', '', '1']);
  });

  it('--opd names an OPD of the plan', () => {
    expect(() => view.build(traffic, { opd: 'POLRESS', settings: DEFAULT_SETTINGS })).toThrow(UsageError);
  });
});
