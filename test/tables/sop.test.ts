import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { openPlan } from '../../src/model/open.js';
import { cellText, cellValue, type Table } from '../../src/tables/table.js';
import { VIEWS } from '../../src/tables/views/index.js';
import { planOf, yaml } from '../helpers/rule-tester.js';

const view = VIEWS.find((v) => v.name === 'sop')!;
const tourism = openPlan(['examples/pariwisata']).plan;
const texts = (t: Table) => t.rows.map((r) => r.map(cellText));

describe('cascade table sop', () => {
  it('lists the SOP of each kegiatan with output, duration and pelaksana (seed section 9)', () => {
    const tables = view.build(tourism, { settings: DEFAULT_SETTINGS });
    expect(tables).toHaveLength(1); // one table per kegiatan with an SOP
    const [t] = tables;
    expect(t.title.id).toBe('SOP DISKOPUKM.K1 — Pelatihan pengembangan usaha baru (DIS KOP UKM)');
    expect(texts(t)).toEqual([
      ['Perencanaan pelatihan', '1', 'Penyusunan proposal tempat pelatihan dan magang', '1 proposal', '8 jam', '1', '8 jam', 'Staf A'],
      ['Perencanaan pelatihan', '2', 'Pembuatan surat permintaan narasumber', '1 surat', '30 menit', '1', '30 menit', 'Staf B'],
      ['Perencanaan pelatihan', '3', 'Pembuatan surat undangan peserta', '1 surat', '30 menit', '1', '30 menit', 'Staf C'],
    ]);
    // Hours and jabatan ids for machines, like the skp table.
    expect(t.rows.map((r) => cellValue(r[4]))).toEqual([8, 0.5, 0.5]);
    expect(t.rows.map((r) => cellValue(r[7]))).toEqual(['STAF-A', 'STAF-B', 'STAF-C']);
    expect(cellText(t.footer![0][6])).toBe('9 jam');
    expect(cellValue(t.footer![0][6])).toBe(9);
  });

  it("--jabatan keeps that pelaksana's steps; --opd that OPD's kegiatan; unknown names are the user's mistake", () => {
    const [mine] = view.build(tourism, { jabatan: 'STAF-B', settings: DEFAULT_SETTINGS });
    expect(texts(mine).map((r) => r[2])).toEqual(['Pembuatan surat permintaan narasumber']);
    const [other] = view.build(tourism, { opd: 'DISHUB', settings: DEFAULT_SETTINGS });
    expect(other.rows).toEqual([]);
    expect(other.notes![0].en).toMatch(/^No SOP step matches/);
    expect(() => view.build(tourism, { jabatan: 'STAF-Z', settings: DEFAULT_SETTINGS })).toThrow(UsageError);
    expect(() => view.build(tourism, { opd: 'NOPE', settings: DEFAULT_SETTINGS })).toThrow(UsageError);
  });

  it('numbers the steps per kegiatan across stages, reads frequency and days, shows unreadable values as written', () => {
    const plan = planOf(yaml`
      cascade: 1
      kegiatan:
        - id: K
          nama: Kegiatan
          sop:
            - tahap: Satu
              langkah:
                - {nama: a, durasi: 2 hari, frekuensi: 2 kali per bulan}
            - tahap: Dua
              langkah:
                - {nama: b, durasi: sebentar, output: 3 laporan}
    `);
    const [t] = view.build(plan, { settings: { ...DEFAULT_SETTINGS, hoursPerDay: 8 } });
    expect(texts(t).map((r) => r.slice(0, 7))).toEqual([
      ['Satu', '1', 'a', '', '16 jam', '24', '384 jam'],
      ['Dua', '2', 'b', '3 laporan', 'sebentar', '1', ''],
    ]);
    expect(t.notes!.map((n) => n.en)).toContain('1 value(s) could not be read and are shown as written; run cascade validate.');
  });
});
