import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { openPlan } from '../../src/model/open.js';
import { cellText, cellValue, type Table } from '../../src/tables/table.js';
import { VIEWS } from '../../src/tables/views/index.js';
import { planOf, yaml } from '../helpers/rule-tester.js';

const view = VIEWS.find((v) => v.name === 'cascade')!;
const tourism = openPlan(['examples/pariwisata']).plan;
const col = (t: Table, key: string) => t.columns.findIndex((c) => c.key === key);
const rowsOf = (t: Table, id: string) => t.rows.filter((r) => r[0] === id);

describe('cascade table cascade (the Renstra matrix)', () => {
  it('lists the cascade in tree order, one row per indicator, down to kegiatan', () => {
    const [t] = view.build(tourism, { settings: DEFAULT_SETTINGS });
    const ids = [...new Set(t.rows.map((r) => r[0]))];
    expect(ids.slice(0, 7)).toEqual(['S1', 'KSF-IKM', 'DISKOPUKM.SS1', 'DISKOPUKM.P1', 'DISKOPUKM.K1', 'DISKOPUKM.K2', 'KSF-AMAN']);
    expect(ids).toHaveLength(32);
    const p1 = rowsOf(t, 'DISKOPUKM.P1')[0].map(cellText);
    expect(p1).toEqual([
      'DISKOPUKM.P1',
      '2.17.07',
      'Program',
      'Penciptaan iklim usaha yang kondusif',
      'Jumlah UMKM baru',
      '2.000',
      'unit',
      'Rp2.000.000.000',
      'DIS KOP UKM',
    ]);
    expect(cellValue(rowsOf(t, 'DISKOPUKM.P1')[0][col(t, 'target')])).toBe(2000);
    expect(cellValue(rowsOf(t, 'DISKOPUKM.P1')[0][col(t, 'anggaran')])).toBe(2_000_000_000);
    expect(cellText(rowsOf(t, 'DISPAR.SS1')[0][col(t, 'target')])).toBe('6 juta');
    expect(cellValue(rowsOf(t, 'DISPAR.SS1')[0][col(t, 'target')])).toBe(6_000_000);
    expect(cellText(rowsOf(t, 'S1')[0][col(t, 'target')])).toBe('10%');
    // A factor has no indicator: one row, empty cells.
    expect(rowsOf(t, 'KSF-IKM')[0].slice(4).map(cellText)).toEqual(['', '', '', '', '']);
  });

  it("writes a node's anggaran once, and totals each rupiah once (kegiatan, not their program too)", () => {
    const [t] = view.build(tourism, { settings: DEFAULT_SETTINGS });
    const k1 = rowsOf(t, 'DISKOPUKM.K1');
    expect(k1).toHaveLength(2);
    expect(k1.map((r) => cellValue(r[col(t, 'anggaran')]))).toEqual([1_200_000_000, null]);
    expect(cellValue(t.footer![0][col(t, 'anggaran')])).toBe(13_700_000_000);
    expect(cellText(t.footer![0][col(t, 'anggaran')])).toBe('Rp13.700.000.000');
  });

  it("--opd keeps that OPD under the Pemda target it serves; an unknown OPD is the user's mistake", () => {
    const [t] = view.build(tourism, { opd: 'DISHUB', settings: DEFAULT_SETTINGS });
    expect([...new Set(t.rows.map((r) => r[0]))]).toEqual(['S1', 'KSF-TRANS', 'DISHUB.SS1', 'DISHUB.P1', 'DISHUB.K1', 'DISHUB.K2']);
    expect(cellValue(t.footer![0][col(t, 'anggaran')])).toBe(1_500_000_000);
    expect(t.title.id).toBe('Matriks Renstra — Kabupaten Contoh — DISHUB — 2025–2029');
    expect(() => view.build(tourism, { opd: 'DISHUBB', settings: DEFAULT_SETTINGS })).toThrow(UsageError);
  });

  it("--tahun shows that year's target and anggaran, and says which amounts have no year", () => {
    const plan = planOf(yaml`
      cascade: 1
      periode: 2025-2026
      opd: [{id: O, nama: Dinas}]
      sasaran_opd:
        - id: SS
          nama: Sasaran
          opd: O
          indikator: [{nama: a, satuan: "%", target: {2025: 60, 2026: 70}}]
          program:
            - id: P
              nama: Program
              anggaran: {2025: Rp 1 M, 2026: Rp 2 M}
              kegiatan:
                - {id: K1, nama: Satu, anggaran: {2025: Rp 400 juta, 2026: Rp 2 M}}
                - {id: K2, nama: Dua, anggaran: Rp 600 juta}
    `);
    const [t] = view.build(plan, { tahun: 2025, settings: DEFAULT_SETTINGS });
    expect(t.columns[col(t, 'target')].header.id).toBe('Target 2025');
    expect(cellText(rowsOf(t, 'SS')[0][col(t, 'target')])).toBe('60%');
    expect(cellValue(rowsOf(t, 'P')[0][col(t, 'anggaran')])).toBe(1_000_000_000);
    expect(cellValue(rowsOf(t, 'K2')[0][col(t, 'anggaran')])).toBeNull();
    expect(t.notes!.map((n) => n.en).join(' ')).toContain('No amount for 2025 where the anggaran is written for the whole period only (1 node(s))');
  });

  it('shows an anggaran that cannot be read as written, leaves it out of the total and says so', () => {
    const [t] = view.build(
      planOf(yaml`
      cascade: 1
      program:
        - {id: P1, nama: a, anggaran: banyak sekali}
        - {id: P2, nama: b, anggaran: Rp 2 M}
    `),
      { settings: DEFAULT_SETTINGS },
    );
    expect(cellText(rowsOf(t, 'P1')[0][col(t, 'anggaran')])).toBe('banyak sekali');
    expect(cellValue(t.footer![0][col(t, 'anggaran')])).toBe(2_000_000_000);
    expect(t.notes!.map((n) => n.en)).toContain('1 anggaran could not be read: shown as written and left out of the total; run cascade validate.');
    const [none] = view.build(planOf('cascade: 1\nsasaran: [{id: S, nama: s}]\n'), { settings: DEFAULT_SETTINGS });
    expect(none.footer).toBeUndefined(); // no money, no Rp0 total
  });

  it('keeps plan text as it is: escaping is for the writers', () => {
    const [t] = view.build(
      planOf(yaml`
      cascade: 1
      sasaran: [{id: S1, nama: "<b>=1+1</b>"}]
    `),
      { settings: DEFAULT_SETTINGS },
    );
    expect(cellText(t.rows[0][3])).toBe('<b>=1+1</b>');
  });
});
