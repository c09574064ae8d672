import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocx } from '../helpers/docx.js';
import { runInProcess } from '../helpers/in-process.js';
import { tempPlans } from '../helpers/plan-dir.js';

const plans = tempPlans('cascade-manual-iku-');
const dir = mkdtempSync(join(tmpdir(), 'cascade-manual-iku-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = async (args: string[]) => {
  const r = await runInProcess(args);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('cascade table manual-iku (definisi operasional)', () => {
  it('the tourism example: one row per IKU of table iku, with the keys the plan writes, in XLSX and DOCX', async () => {
    const [manual] = await json(['table', 'manual-iku', 'examples/pariwisata', '-f', 'json', '--lang', 'id']);
    const [iku] = await json(['table', 'iku', 'examples/pariwisata', '-f', 'json', '--lang', 'id']);
    expect(manual.title).toBe('Manual IKU — Kabupaten Contoh, 2025–2029');
    expect(manual.rows.map((r: { indikator: string }) => r.indikator)).toEqual(iku.rows.map((r: { indikator: string }) => r.indikator));
    expect(manual.rows.map((r: { pemilik: string }) => r.pemilik)).toEqual(['Pemda', 'DIS HUB', 'DIS KOP UKM', 'DIS LH', 'DIS PAR', 'DIS PU', 'SAT POL PP']);
    expect(manual.rows[0]).toEqual({
      no: 1,
      pemilik: 'Pemda',
      sasaran: 'Meningkatkan industri pariwisata',
      indikator: 'PDRB sektor pariwisata',
      definisi: 'Kontribusi sektor pariwisata (penyediaan akomodasi dan makan minum) terhadap PDRB atas dasar harga berlaku',
      rumus: 'PDRB sektor pariwisata / PDRB total × 100%',
      satuan: '%',
      sumber_data: 'BPS',
      penanggung_jawab: 'Bupati Contoh',
      periode_pelaporan: 'Tahunan',
    });
    // The kepala OPD who answers for the sasaran (jabatan sasaran); quarterly data make it quarterly.
    const kop = manual.rows.find((r: { pemilik: string }) => r.pemilik === 'DIS KOP UKM');
    expect(kop).toMatchObject({ penanggung_jawab: 'Kepala Dinas Koperasi dan UKM', satuan: '%', rumus: 'jumlah UMKM sehat / jumlah UMKM binaan × 100%' });

    const xlsx = join(dir, 'm.xlsx');
    expect((await runInProcess(['table', 'manual-iku', 'examples/pariwisata', '-o', xlsx, '--lang', 'id'])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.worksheets[0];
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((c) => ws.getCell(2, c).value)).toEqual([
      'No',
      'Pemilik',
      'Sasaran',
      'Indikator kinerja utama',
      'Definisi operasional',
      'Rumus',
      'Satuan',
      'Sumber data',
      'Penanggung jawab',
      'Periode pelaporan',
    ]);
    expect(ws.getCell(4, 8).value).toBe('BPS');
    const docx = join(dir, 'm.docx');
    expect((await runInProcess(['table', 'manual-iku', 'examples/pariwisata', '-o', docx, '--lang', 'id'])).code).toBe(0);
    const doc = await readDocx(readFileSync(docx));
    expect(doc.tables[0].rows.find((r) => r.cells[3].text === 'PDRB sektor pariwisata')!.cells[5].text).toBe('PDRB sektor pariwisata / PDRB total × 100%');
  });

  it('one OPD; empty where the plan writes nothing, said in a note; English headers', async () => {
    const plan = plans({
      'p.yaml': `cascade: 1
pemda: Kota Uji
opd:
  - {id: DINAS, nama: Dinas Uji}
  - {id: POLRES, nama: Polres, mitra: true}
sasaran:
  - id: S1
    nama: Sasaran kota
    indikator:
      - {nama: Indeks kota, satuan: indeks, definisi: Arti, rumus: a / b, target: 80}
    ksf:
      - {id: F1, nama: Faktor}
sasaran_opd:
  - id: SO1
    nama: Sasaran dinas
    opd: DINAS
    mendukung: F1
    indikator:
      - {nama: Cakupan, satuan: '%', target: 90}
  - id: SO2
    nama: Sasaran polres
    opd: POLRES
    mendukung: F1
    indikator:
      - {nama: Patroli, satuan: kali, target: 12}
`,
    });
    const [one] = await json(['table', 'manual-iku', plan, '--opd', 'DINAS', '-f', 'json', '--lang', 'en']);
    expect(one.title).toBe('IKU manual — Dinas Uji');
    expect(one.rows).toEqual([
      {
        no: 1,
        pemilik: 'Dinas Uji',
        sasaran: 'Sasaran dinas',
        indikator: 'Cakupan',
        definisi: null,
        rumus: null,
        satuan: '%',
        sumber_data: null,
        penanggung_jawab: 'Kepala Dinas Uji',
        periode_pelaporan: 'Tahunan',
      },
    ]);
    expect(one.notes).toContain('1 IKU lack a definisi or rumus: cascade validate names them (indikator/manual).');
    const [all] = await json(['table', 'manual-iku', plan, '-f', 'json']);
    expect(all.rows.map((r: { indikator: string }) => r.indikator)).toEqual(['Indeks kota', 'Cakupan']); // the partner's is no IKU
    expect(all.rows[0].penanggung_jawab).toBe('Wali Kota Uji');
    const v = await runInProcess(['validate', plan, '-f', 'json']);
    expect(JSON.parse(v.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'indikator/manual')).toHaveLength(1);
  });
});
