import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';
import { tempPlans } from '../helpers/plan-dir.js';

const plans = tempPlans('cascade-rpjmd-');
const dir = mkdtempSync(join(tmpdir(), 'cascade-rpjmd-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sheet(args: string[]): Promise<ExcelJS.Worksheet> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.xlsx`);
  const r = await runInProcess(['table', 'rpjmd', ...args, '-o', file, '--lang', 'id']);
  expect(r.code, r.stderr).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets).toHaveLength(1);
  return wb.worksheets[0];
}

/** Column (1-based) of a header in the two header rows (2 and 3); a group's title is merged over its columns. */
const colOf = (ws: ExcelJS.Worksheet, top: string, under?: string): number => {
  for (let c = 1; c <= ws.columnCount; c++) {
    if (under === undefined && ws.getCell(2, c).value === top) return c;
    if (under !== undefined && ws.getCell(2, c).master.value === top && ws.getCell(3, c).value === under) return c;
  }
  throw new Error(`no column ${top}/${under}`);
};

/** The rows after the two header rows and the numbers row, up to the footer (Jumlah); notes follow it. */
const footerRow = (ws: ExcelJS.Worksheet) => [...Array(ws.rowCount).keys()].map((i) => i + 1).find((r) => ws.getCell(r, 2).value === 'Jumlah')!;
const body = (ws: ExcelJS.Worksheet) => [...Array(footerRow(ws) - 5).keys()].map((i) => i + 5);

const json = async (args: string[]) => {
  const r = await runInProcess(args);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('cascade table rpjmd (indikasi rencana program prioritas dan kebutuhan pendanaan)', () => {
  it('the tourism example: the Pemda target with its indicator and Rp as budget-summary counts it, six programs with their OPDs, the total as budget-summary', async () => {
    const ws = await sheet(['examples/pariwisata']);
    const bySasaran = (await json(['budget-summary', 'examples/pariwisata', '--by', 'sasaran', '-f', 'json']))[0];
    const summary = (await json(['budget-summary', 'examples/pariwisata', '-f', 'json']))[0];
    const iku = (await json(['table', 'iku', 'examples/pariwisata', '-f', 'json']))[0].rows.filter((r: { level: string }) => r.level === 'sasaran');
    expect(ws.getCell('A1').value).toBe('RPJMD — indikasi rencana program prioritas dan kebutuhan pendanaan — Kabupaten Contoh, 2025–2029');
    expect([1, 2, 3, 4, 5, 6].map((c) => ws.getCell(2, c).value)).toEqual([
      'Tujuan',
      'Sasaran',
      'Kode',
      'Program pembangunan daerah',
      'Indikator kinerja',
      'Kondisi awal',
    ]);
    expect(ws.getCell(2, ws.columnCount).value).toBe('Perangkat Daerah penanggung jawab');
    expect(ws.getCell(4, ws.columnCount).value).toBe(ws.columnCount);
    const rpEnd = colOf(ws, 'Kondisi akhir 2029', 'Rp');
    const tEnd = colOf(ws, 'Kondisi akhir 2029', 'Target');
    // The Pemda target: its indicator, baseline and end target as `table iku` gives them, its money as budget-summary --by sasaran.
    expect(ws.getCell(5, 2).value).toBe(bySasaran.rows[0].nama);
    expect(ws.getCell(5, 5).value).toBe(iku[0].indikator);
    expect(ws.getCell(5, 6).value).toBe(6.5);
    expect(ws.getCell(5, tEnd).value).toBe(iku[0].target);
    expect(ws.getCell(5, rpEnd).value).toBe(bySasaran.rows[0].anggaran);
    expect(ws.getCell(5, rpEnd).numFmt).toBe('"Rp"#,##0');
    // Its programs: one row each here, with the OPD that carries it; their Rp add up to the target's.
    const programs = body(ws).filter((r) => ws.getCell(r, 4).value);
    expect(programs.map((r) => ws.getCell(r, ws.columnCount).value).sort()).toEqual(['DIS HUB', 'DIS KOP UKM', 'DIS LH', 'DIS PAR', 'DIS PU', 'SAT POL PP']);
    const footer = footerRow(ws);
    expect(programs.reduce((a, r) => a + Number(ws.getCell(r, rpEnd).value), 0)).toBe(summary.footer[0].dialokasikan);
    expect(ws.getCell(footer, rpEnd).value).toBe(summary.footer[0].dialokasikan);
    expect(ws.pageSetup.orientation).toBe('landscape');
  });

  it('money per year, a program two OPDs carry under one kode, a crosscutting program, a program under no Pemda target; English headers', async () => {
    const plan = plans({
      'p.yaml': `cascade: 1
pemda: Kota Uji
periode: 2025-2026
opd:
  - {id: DINAS-A, nama: Dinas A}
  - {id: DINAS-B, nama: Dinas B}
tujuan:
  - id: T1
    nama: Kota yang sehat
    sasaran:
      - id: S1
        nama: Meningkatnya derajat kesehatan
        indikator:
          - {nama: Angka harapan hidup, satuan: tahun, baseline: {tahun: 2024, nilai: 70}, target: {2025: 70.5, 2026: 71}}
        ksf:
          - {id: F1, nama: Layanan}
      - id: S2
        nama: Lingkungan bersih
        indikator:
          - {nama: Indeks lingkungan, satuan: indeks, target: 80}
        ksf:
          - {id: F2, nama: Sampah}
sasaran_opd:
  - id: SA
    nama: Sasaran A
    opd: DINAS-A
    mendukung: F1
    program:
      - id: PA
        kode: 1.02.02
        nama: Program pemenuhan upaya kesehatan
        indikator:
          - {nama: Cakupan layanan, satuan: '%', target: {2025: 80, 2026: 90}}
        anggaran: {2025: Rp 100 juta, 2026: Rp 200 juta}
      - id: PX
        kode: 1.02.03
        nama: Program lintas
        mendukung: F2
        anggaran: {2025: Rp 10 juta, 2026: Rp 20 juta}
  - id: SB
    nama: Sasaran B
    opd: DINAS-B
    mendukung: F1
    program:
      - id: PB
        kode: 1.02.02
        nama: Program pemenuhan upaya kesehatan
        anggaran: {2025: Rp 50 juta, 2026: Rp 50 juta}
program:
  - id: PLONE
    nama: Program tanpa induk
    opd: DINAS-B
    anggaran: {2025: Rp 1 juta, 2026: Rp 2 juta}
`,
    });
    const ws = await sheet([plan]);
    const rp25 = colOf(ws, '2025', 'Rp');
    const rp26 = colOf(ws, '2026', 'Rp');
    const end = colOf(ws, 'Kondisi akhir 2026', 'Rp');
    const t25 = colOf(ws, '2025', 'Target');
    const opd = ws.columnCount;
    expect(ws.getCell(5, 1).value).toBe('Kota yang sehat');
    expect(ws.getCell(5, t25).value).toBe(70.5);
    const rowOf = (program: string) => body(ws).filter((r) => ws.getCell(r, 4).value === program);
    // One kode, two OPDs: one row with both, money summed year by year.
    const [shared] = rowOf('Program pemenuhan upaya kesehatan');
    expect(ws.getCell(shared, 3).value).toBe('1.02.02');
    expect(ws.getCell(shared, opd).value).toBe('Dinas A, Dinas B');
    expect([rp25, rp26, end].map((c) => ws.getCell(shared, c).value)).toEqual([150_000_000, 250_000_000, 400_000_000]);
    expect(ws.getCell(shared, t25).value).toBe(80);
    // The crosscutting program sits under both targets with its whole money.
    expect(rowOf('Program lintas')).toHaveLength(2);
    for (const r of rowOf('Program lintas')) expect(ws.getCell(r, end).value).toBe(30_000_000);
    // The lone program is listed under "(tanpa sasaran Pemda)".
    const [lone] = rowOf('Program tanpa induk');
    expect(ws.getCell(lone - 1, 2).value).toBe('(tanpa sasaran Pemda)');
    // The total counts every rupiah once.
    expect([rp25, rp26, end].map((c) => ws.getCell(footerRow(ws), c).value)).toEqual([161_000_000, 272_000_000, 433_000_000]);
    const summary = (await json(['budget-summary', plan, '-f', 'json']))[0];
    expect(ws.getCell(footerRow(ws), end).value).toBe(summary.footer[0].dialokasikan);

    const en = (await json(['table', 'rpjmd', plan, '-f', 'json', '--lang', 'en', '--opd', 'DINAS-B']))[0];
    expect(en.title).toBe('RPJMD — priority programs and funding needs — Kota Uji, Dinas B, 2025–2026');
    expect(en.rows.map((r: { program: string | null }) => r.program).filter(Boolean)).toEqual(['Program pemenuhan upaya kesehatan', 'Program tanpa induk']);
    expect(en.footer[0].rp_akhir).toBe(103_000_000);
    const md = await runInProcess(['table', 'rpjmd', plan, '-f', 'md', '--lang', 'en']);
    expect(md.stdout).toContain('| Goal | Pemda target | Code | Program | Indicator | Baseline |');
  });

  it('refuses an OPD that is not in the plan, exit 2', async () => {
    const r = await runInProcess(['table', 'rpjmd', 'examples/pariwisata', '--opd', 'DISPAAR']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('DISPAR');
  });
});
