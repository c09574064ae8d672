import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';
import { tempPlans } from '../helpers/plan-dir.js';

const plans = tempPlans('cascade-ra-');
const dir = mkdtempSync(join(tmpdir(), 'cascade-ra-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Row = Record<string, string | number | null>;
async function json(args: string[]): Promise<Array<{ title: string; rows: Row[]; notes: string[] }>> {
  const r = await runInProcess(['table', 'rencana-aksi', ...args, '-f', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('cascade table rencana-aksi', () => {
  it('the tourism example, the year of its data (per 2026-07-15): quarterly targets and realisasi up to TW II, capaian by arah, the annual target equal to table iku', async () => {
    const [kop] = await json(['examples/pariwisata', '--opd', 'DISKOPUKM', '--lang', 'id']);
    expect(kop.title).toBe('Rencana Aksi — DIS KOP UKM tahun 2026');
    const sehat = kop.rows.find((r) => r.indikator === '% UMKM yang sehat')!;
    expect(sehat).toMatchObject({
      tingkat: 'sasaran_opd',
      cara: 'kumulatif',
      target: 61,
      target_twi: 58.5,
      target_twii: 59,
      target_twiii: 60,
      target_twiv: 61,
      realisasi_twi: 58.6,
      realisasi_twii: 59.3,
      realisasi_twiii: null,
      realisasi_twiv: null,
      sd_tw: 'TW II',
    });
    expect(sehat.capaian).toBeCloseTo((59.3 / 59) * 100, 9);
    const iku = JSON.parse((await runInProcess(['table', 'iku', 'examples/pariwisata', '--opd', 'DISKOPUKM', '--tahun', '2026', '-f', 'json'])).stdout);
    expect(iku[0].rows.find((r: Row) => r.indikator === '% UMKM yang sehat').target).toBe(sehat.target);
    expect(kop.notes).toContain('Realisasi per 2026-07-15.');
    // Rows without quarterly data are the form to fill in: every indicator of the OPD is listed.
    expect(kop.rows.map((r) => r.indikator)).toContain('Jumlah koperasi yang menerima bantuan');

    // arah turun: realisasi 7,4 against a TW II target of 7,3 is (2 − 7,4 ÷ 7,3) × 100.
    const [pol] = await json(['examples/pariwisata', '--opd', 'SATPOLPP']);
    const krim = pol.rows.find((r) => r.indikator === 'Angka kriminalitas')!;
    expect(krim.capaian).toBeCloseTo((2 - 7.4 / 7.3) * 100, 9);
  });

  it('--tahun 2025: the whole year measured, capaian of TW IV; xlsx read back with the merged quarter headers', async () => {
    const [kop] = await json(['examples/pariwisata', '--opd', 'DISKOPUKM', '--tahun', '2025']);
    const sehat = kop.rows.find((r) => r.indikator === '% UMKM yang sehat')!;
    expect(sehat).toMatchObject({ target: 58, target_twiv: 58, realisasi_twiv: 57, sd_tw: 'TW IV' });
    expect(sehat.capaian).toBeCloseTo((57 / 58) * 100, 9);

    const file = join(dir, 'ra.xlsx');
    const r = await runInProcess(['table', 'rencana-aksi', 'examples/pariwisata', '--opd', 'DISKOPUKM', '--tahun', '2025', '--lang', 'id', '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('Rencana Aksi — DIS KOP UKM tahun 2025');
    const col = (top: string, under: string) => {
      for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(2, c).master.value === top && ws.getCell(3, c).value === under) return c;
      throw new Error(`no column ${top}/${under}`);
    };
    const row = [...Array(ws.rowCount).keys()].map((i) => i + 1).find((i) => ws.getCell(i, 3).value === '% UMKM yang sehat')!;
    expect([col('Target', 'TW I'), col('Target', 'TW IV'), col('Realisasi', 'TW I'), col('Realisasi', 'TW IV')].map((c) => ws.getCell(row, c).value)).toEqual([
      56, 58, 55.8, 57,
    ]);
    expect(ws.pageSetup.orientation).toBe('landscape');
  });

  it('a jumlah indicator: capaian of the sums so far; a plan without quarterly data is valid and its table says the quarters are to be filled in', async () => {
    const head = `cascade: 1
periode: 2025-2026
opd: [{id: DINAS, nama: Dinas Uji}]
sasaran:
  - id: S1
    nama: Sasaran kota
    indikator: [{nama: Indeks kota, satuan: indeks, target: 80}]
    ksf: [{id: K1, nama: Faktor uji}]
sasaran_opd:
  - id: SO1
    nama: Sasaran dinas
    opd: DINAS
    mendukung: K1
    program: [{id: P1, nama: Program uji, indikator: [{nama: Cakupan, satuan: '%', target: 90}]}]
    indikator:
`;
    const quarterly = plans({
      'p.yaml': `${head}      - nama: UMKM dilatih
        satuan: UMKM
        target: {2025: 400, 2026: 400}
        triwulan:
          cara: jumlah
          target: {2025: {I: 50, II: 100, III: 150, IV: 100}}
          realisasi: {2025: {I: 60, II: 90}}
per: 2025-07-01
`,
    });
    expect((await runInProcess(['validate', quarterly])).code).toBe(0);
    const [t] = await json([quarterly]);
    expect(t.rows[0]).toMatchObject({ target: 400, realisasi_twii: 90, sd_tw: 'TW II', capaian: 100 });

    const plain = plans({ 'p.yaml': `${head}      - {nama: Indeks layanan, satuan: indeks, target: {2025: 70, 2026: 75}}\n` });
    expect((await runInProcess(['validate', plain])).code).toBe(0);
    const [e] = await json([plain, '--tahun', '2026', '--lang', 'en']);
    expect(e.rows[0]).toMatchObject({ target: 75, target_twi: null, realisasi_twi: null, capaian: null });
    expect(e.notes.join(' ')).toContain('No quarterly data for 2026 yet');
  });

  it('a plan without per and outside its period asks for --tahun, exit 2', async () => {
    const old = plans({ 'p.yaml': 'cascade: 1\nperiode: 2001-2002\nopd: [{id: D, nama: Dinas}]\n' });
    const r = await runInProcess(['table', 'rencana-aksi', old]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--tahun');
  });
});
