import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { kategoriOf } from '../../src/model/kategori-capaian.js';
import { runInProcess } from '../helpers/in-process.js';
import { tempPlans } from '../helpers/plan-dir.js';

const plans = tempPlans('cascade-lkjip-');
const dir = mkdtempSync(join(tmpdir(), 'cascade-lkjip-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Row = Record<string, string | number | null>;
async function json(args: string[], cwd?: string): Promise<Array<{ title: string; rows: Row[]; notes: string[] }>> {
  const r = await runInProcess(['table', 'lkjip', ...args, '-f', 'json'], cwd ? { cwd } : {});
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

/** One OPD with four IKU over 2025–2027, realisasi for 2025 and 2026: naik, turun, a range, a bound. */
const PLAN = `cascade: 1
pemda: Kota Uji
periode: 2025-2027
opd: [{id: DINAS, nama: Dinas Uji}]
sasaran:
  - id: S1
    nama: Sasaran kota
    indikator: [{nama: Indeks kota, satuan: indeks, target: {2025: 70, 2026: 72, 2027: 75}, realisasi: {2025: 71, 2026: 72}}]
    ksf: [{id: K1, nama: Faktor uji}]
sasaran_opd:
  - id: SO1
    nama: Sasaran dinas
    opd: DINAS
    mendukung: K1
    program: [{id: P1, nama: Program uji, indikator: [{nama: Cakupan, satuan: '%', target: 90}]}]
    indikator:
      - {nama: Cakupan layanan, satuan: '%', target: {2025: 80, 2026: 85, 2027: 90}, realisasi: {2025: 60, 2026: 77}}
      - {nama: Angka kemiskinan, satuan: '%', arah: turun, target: {2025: 10, 2026: 9, 2027: 8}, realisasi: {2025: 10.5, 2026: 12}}
      - {nama: Waktu layanan, satuan: hari, target: {2025: "≤ 5", 2026: "≤ 4", 2027: "≤ 3"}, realisasi: {2025: 5, 2026: 6}}
`;

describe('cascade table lkjip', () => {
  it('the bands of Permendagri 86/2017 by default: ≥ 91, 76–90, 66–75, 51–65, ≤ 50', () => {
    const b = DEFAULT_SETTINGS.kategoriCapaian;
    expect([100, 91, 90.99, 76, 75.5, 66, 65, 51, 50.99, 0].map((c) => kategoriOf(c, b))).toEqual([
      'sangat tinggi',
      'sangat tinggi',
      'tinggi',
      'tinggi',
      'sedang',
      'sedang',
      'rendah',
      'rendah',
      'sangat rendah',
      'sangat rendah',
    ]);
  });

  it('the latest year with a realisasi: capaian by arah with its category, earlier realisasi, progress to the end target; targets equal table iku', async () => {
    const plan = plans({ 'p.yaml': PLAN });
    expect((await runInProcess(['validate', plan])).code).toBe(0);
    const [t] = await json([plan, '--lang', 'id']);
    expect(t.title).toBe('LKjIP — capaian kinerja tahun 2026 — Kota Uji');
    const by = (name: string) => t.rows.find((r) => r.indikator === name)!;
    expect(by('Indeks kota')).toMatchObject({
      pemilik: 'Pemda',
      target: 72,
      realisasi: 72,
      capaian: 100,
      kategori: 'sangat tinggi',
      realisasi_2025: 71,
      target_akhir: 75,
    });
    expect(by('Indeks kota').progres).toBeCloseTo(96, 9);
    const cakupan = by('Cakupan layanan');
    expect(cakupan.capaian).toBeCloseTo((77 / 85) * 100, 9);
    expect(cakupan).toMatchObject({ kategori: 'tinggi', realisasi_2025: 60 });
    // turun: (2 − 12 ÷ 9) × 100 = 66,7 → sedang.
    expect(by('Angka kemiskinan').capaian).toBeCloseTo((2 - 12 / 9) * 100, 9);
    expect(by('Angka kemiskinan').kategori).toBe('sedang');
    // A bound counts by its value; with every target an upper bound the arah is turun: (2 − 6 ÷ 4) × 100 = 50.
    expect(by('Waktu layanan').capaian).toBeCloseTo((2 - 6 / 4) * 100, 9);
    expect(by('Waktu layanan').kategori).toBe('sangat rendah');
    const iku = JSON.parse((await runInProcess(['table', 'iku', plan, '--tahun', '2026', '-f', 'json'])).stdout)[0];
    for (const r of iku.rows) expect(by(r.indikator).target).toEqual(r.target);
  });

  it('bands from cascade.config.yaml move the categories; bands out of order are a finding at their key, exit 2', async () => {
    const plan = plans({
      'p.yaml': PLAN,
      'cascade.config.yaml': 'settings:\n  kategoriCapaian: {sangatTinggi: 100, tinggi: 90, sedang: 80, rendah: 60}\n',
    });
    const [t] = await json(['p.yaml', '--tahun', '2026'], plan);
    // 66,7% is sedang by the regulation's bands, rendah by these; 90,6% stays tinggi.
    expect(t.rows.find((r) => r.indikator === 'Cakupan layanan')!.kategori).toBe('tinggi');
    expect(t.rows.find((r) => r.indikator === 'Angka kemiskinan')!.kategori).toBe('rendah');
    expect(t.rows.find((r) => r.indikator === 'Indeks kota')!.kategori).toBe('sangat tinggi');
    expect(t.notes[0]).toContain('sangat tinggi ≥ 100%');

    const bad = plans({ 'p.yaml': PLAN, 'cascade.config.yaml': 'settings:\n  kategoriCapaian: {sangatTinggi: 91, tinggi: 76, sedang: 80, rendah: 51}\n' });
    const r = await runInProcess(['table', 'lkjip', 'p.yaml'], { cwd: bad });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cascade\.config\.yaml:2:\d+/);
    expect(r.stderr).toContain('`sedang` (80) must be below `tinggi` (76)');
  });

  it('--tahun 2025 in xlsx, read back: the year over Target/Realisasi/Capaian/Kategori, the capaian a number formatted as %', async () => {
    const plan = plans({ 'p.yaml': PLAN });
    const file = join(dir, 'lkjip.xlsx');
    const r = await runInProcess(['table', 'lkjip', plan, '--tahun', '2025', '--opd', 'DINAS', '--lang', 'id', '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('LKjIP — capaian kinerja tahun 2025 — Dinas Uji (DINAS)');
    const col = (top: string, under: string) => {
      for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(2, c).master.value === top && ws.getCell(3, c).value === under) return c;
      throw new Error(`no column ${top}/${under}`);
    };
    const row = [...Array(ws.rowCount).keys()].map((i) => i + 1).find((i) => ws.getCell(i, 3).value === 'Cakupan layanan')!;
    expect(ws.getCell(row, col('2025', 'Capaian')).value).toBe(75);
    expect(ws.getCell(row, col('2025', 'Kategori')).value).toBe('sedang');
    expect(ws.getCell(row, col('Akhir periode 2027', 'Target')).value).toBe(90);
    expect(ws.getCell(row, col('2025', 'Capaian')).numFmt).toContain('%');
  });

  it('a plan with no realisasi asks for --tahun, exit 2', async () => {
    const r = await runInProcess(['table', 'lkjip', 'examples/kesehatan.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--tahun');
  });
});
