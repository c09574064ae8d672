import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { openPlan } from '../../src/model/open.js';
import { opdName } from '../../src/model/plan.js';
import { runInProcess } from '../helpers/in-process.js';
import { tempPlans } from '../helpers/plan-dir.js';

const plans = tempPlans('cascade-renstra-');
const dir = mkdtempSync(join(tmpdir(), 'cascade-renstra-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sheets(args: string[]): Promise<ExcelJS.Worksheet[]> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
  const r = await runInProcess(['table', 'renstra', ...args, '-o', file, '--lang', 'id']);
  expect(r.code, r.stderr).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets;
}

/** Column number (1-based) of a header text in the two header rows (2 and 3). */
const colOf = (ws: ExcelJS.Worksheet, top: string, under?: string): number => {
  for (let c = 1; c <= ws.columnCount; c++) {
    if (ws.getCell(2, c).value === top && (under === undefined || ws.getCell(3, c).value === under)) return c;
    if (under !== undefined && ws.getCell(2, c).master.value === top && ws.getCell(3, c).value === under) return c;
  }
  throw new Error(`no column ${top}/${under}`);
};

const money = (ws: ExcelJS.Worksheet, col: number, level?: string) => {
  let sum = 0;
  for (let r = 5; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, col).value;
    if (typeof v === 'number' && (level === undefined || ws.getCell(r, colOf(ws, 'Kode')).value === level)) sum += v;
  }
  return sum;
};

describe('cascade table renstra (T-C.27)', () => {
  it("the tourism example: one sheet per OPD, the six OPDs' money at the end of the period sums to budget-summary", async () => {
    const summary = JSON.parse((await runInProcess(['budget-summary', 'examples/pariwisata', '-f', 'json'])).stdout)[0];
    const ws = await sheets(['examples/pariwisata']);
    const plan = openPlan(['examples/pariwisata']).plan;
    expect(ws).toHaveLength(6);
    let total = 0;
    for (const [k, s] of ws.entries()) {
      const row = summary.rows[k];
      expect(s.getCell('A1').value).toContain(row.opd);
      // Programs carry the OPD's money (rolled up where a program has none of its own): the rows below are its detail.
      const rp = colOf(s, 'Kondisi akhir 2029', 'Rp');
      const programs = [...Array(s.rowCount - 4).keys()].map((i) => i + 5).filter((r) => s.getCell(r, 4).value && s.getCell(r, rp).value !== null);
      expect(programs.length).toBeGreaterThan(0);
      const firstProgramRow = programs[0];
      expect(typeof s.getCell(firstProgramRow, rp).value).toBe('number');
      expect(s.getCell(firstProgramRow, rp).numFmt).toBe('"Rp"#,##0');
      const programNames = new Set(plan.nodes.filter((n) => n.level === 'program' && !!n.opd && opdName(n.opd) === row.opd).map((n) => n.nama));
      const sum = [...Array(s.rowCount - 4).keys()]
        .map((i) => i + 5)
        .filter((r) => programNames.has(String(s.getCell(r, 4).value).replace(/^Program: /, '')))
        .reduce((a, r) => a + Number(s.getCell(r, rp).value ?? 0), 0);
      expect(sum, row.opd).toBe(row.dialokasikan);
      total += sum;
    }
    expect(total).toBe(summary.footer[0].dialokasikan);
    const dispar = ws[3];
    expect(dispar.getCell('A1').value).toBe('Renstra T-C.27 — rencana program, kegiatan dan pendanaan — DIS PAR 2025–2029');
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => dispar.getCell(2, c).value)).toEqual([
      'Tujuan',
      'Sasaran',
      'Kode',
      'Program / kegiatan / sub kegiatan',
      'Indikator',
      'Satuan',
      'Kondisi awal',
    ]);
    expect(dispar.getCell(2, 8).value).toBe('2025');
    expect([8, 9].map((c) => dispar.getCell(3, c).value)).toEqual(['Target', 'Rp']);
    expect(dispar.getCell(4, 1).value).toBe(1);
    // The sasaran row: its Pemda goal, its indicator with baseline and end target; then the program with its money.
    expect(dispar.getCell(5, 2).value).toBe('Meningkatnya daya saing pariwisata');
    expect(dispar.getCell(5, 6).value).toBe('kunjungan');
    expect(dispar.getCell(5, 7).value).toBe(4_000_000);
    expect(dispar.getCell(5, colOf(dispar, 'Kondisi akhir 2029', 'Target')).value).toBe(6_000_000);
    // Without a kode, the name says its level: the one column reads (and imports) unambiguously.
    expect(dispar.getCell(6, 4).value).toBe('Program: Pengembangan destinasi wisata');
    expect(dispar.getCell(7, 4).value).toBe('Kegiatan: Penyelenggaraan travel dialog');
    expect(dispar.getCell(6, colOf(dispar, 'Kondisi akhir 2029', 'Rp')).value).toBe(3_000_000_000);
    expect(dispar.getCell(6, dispar.columnCount - 1).value).toBe('DIS PAR');
    expect(dispar.pageSetup.orientation).toBe('landscape');
    expect(dispar.pageSetup.printTitlesRow).toBe('2:4');
  });

  it("per-year money: a program without its own anggaran sums its kegiatan year by year; each year's Rp adds up to the plan", async () => {
    const plan = plans({
      'p.yaml': `cascade: 1
pemda: Kota Uji
periode: 2025-2026
opd:
  - {id: DINAS, nama: Dinas Uji}
sasaran:
  - id: S1
    nama: Sasaran kota
    indikator:
      - {nama: Indeks kota, satuan: indeks, target: 80}
    ksf:
      - {id: KSF1, nama: Faktor uji}
sasaran_opd:
  - id: SO1
    nama: Sasaran dinas
    opd: DINAS
    mendukung: KSF1
    indikator:
      - {nama: Indeks layanan, satuan: indeks, baseline: {tahun: 2024, nilai: 60}, target: {2025: 65, 2026: 70}}
    program:
      - id: P1
        kode: 1.02.01
        nama: Program uji
        lokasi: Kecamatan Utara
        indikator:
          - {nama: Cakupan layanan, satuan: '%', target: {2025: 80, 2026: 90}}
        kegiatan:
          - id: K1
            nama: Kegiatan satu
            anggaran: {2025: Rp 100 juta, 2026: Rp 150 juta}
          - id: K2
            nama: Kegiatan dua
            anggaran: {2025: Rp 50 juta, 2026: Rp 25 juta}
`,
    });
    const [ws] = await sheets([plan, '--opd', 'DINAS']);
    const rp25 = colOf(ws, '2025', 'Rp');
    const rp26 = colOf(ws, '2026', 'Rp');
    const end = colOf(ws, 'Kondisi akhir 2026', 'Rp');
    expect(ws.getCell(5, 1).value).toBe('Sasaran kota');
    expect(ws.getCell(5, colOf(ws, '2026', 'Target')).value).toBe(70);
    expect(ws.getCell(6, 3).value).toBe('1.02.01');
    expect([rp25, rp26, end].map((c) => ws.getCell(6, c).value)).toEqual([150_000_000, 175_000_000, 325_000_000]);
    expect(ws.getCell(6, colOf(ws, '2025', 'Target')).value).toBe(80);
    expect(ws.getCell(6, ws.columnCount).value).toBe('Kecamatan Utara');
    expect([rp25, rp26].map((c) => ws.getCell(7, c).value)).toEqual([100_000_000, 150_000_000]);
    expect([rp25, rp26].map((c) => ws.getCell(8, c).value)).toEqual([50_000_000, 25_000_000]);
    expect(ws.getCell(8, ws.columnCount - 1).value).toBe('Dinas Uji');
    expect(money(ws, rp25) - 150_000_000).toBe(150_000_000);
  });

  it('refuses an OPD that is not in the plan, in one line, exit 2', async () => {
    const r = await runInProcess(['table', 'renstra', 'examples/pariwisata', '--opd', 'DISPAAR']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('DISPAR');
  });
});
