// Issue 17 item 3: `table renstra --format xlsx` then `import` gives back the plan (levels, links,
// indicators, targets per year, money per year, OPD) and validate's findings on it, for every
// example and for a generated plan of 10 OPDs.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../bench/generate.js';
import { runInProcess } from '../helpers/in-process.js';
import { tempPlans } from '../helpers/plan-dir.js';
import { canonical, findings, open } from './canonical.js';

const dirs = tempPlans('cascade-import-rt-');

/** Exports the plan's T-C.27 workbook, imports it into a new folder and returns that folder. */
async function roundTrip(paths: string[], header: { pemda?: string; periode: string }): Promise<{ out: string; stderr: string; code: number }> {
  const work = dirs({});
  const xlsx = join(work, 'renstra.xlsx');
  const t = await runInProcess(['table', 'renstra', ...paths, '-o', xlsx]);
  expect(t.code, t.stderr).toBe(0);
  const out = join(work, 'plan');
  const args = ['import', xlsx, '-o', out, '--periode', header.periode, ...(header.pemda ? ['--pemda', header.pemda] : [])];
  const r = await runInProcess(args);
  return { out, stderr: r.stderr, code: r.code };
}

function planFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml') && f !== 'cascade.config.yaml')
    .map((f) => join(dir, f));
}

const EXAMPLES: [string, string[], string][] = [
  ['pariwisata', ['examples/pariwisata'], '2025-2029'],
  ['lalu-lintas', ['examples/lalu-lintas.yaml'], '2025-2029'],
  ['kesehatan', ['examples/kesehatan.yaml'], '2025-2029'],
  ['jabatan-fungsional', ['examples/jabatan-fungsional.yaml'], '2025-2029'],
];

describe('round trip: table renstra → xlsx → import', () => {
  it.each(EXAMPLES)('%s: the same model and the same findings', async (_name, paths) => {
    const original = open(paths);
    const p = original.periode[0]?.value;
    const periode = p ? `${p.mulai}-${p.selesai}` : '2025-2029';
    const r = await roundTrip(paths, { pemda: original.pemda[0]?.value, periode });
    expect(r.code, r.stderr).toBe(0);
    const back = open(planFiles(r.out));
    expect(canonical(back)).toEqual(canonical(original));
    expect(findings(back)).toEqual(findings(original));
  });

  it('a generated plan of 10 OPDs: the same model and the same findings', async () => {
    const src = dirs(Object.fromEntries(generatePlan({ opds: 10, programs: 2, kegiatan: 2, sub: 2, indicators: 2, seed: 17 })));
    const original = open([src]);
    const r = await roundTrip([src], { pemda: original.pemda[0]?.value, periode: '2025-2029' });
    expect(r.code, r.stderr).toBe(0);
    const back = open(planFiles(r.out));
    const a = canonical(original);
    expect(new Set(a.map((n) => n.key.split(' / ')[0])).size).toBe(10);
    expect(a.length).toBeGreaterThan(100);
    expect(canonical(back)).toEqual(a);
    expect(findings(back)).toEqual(findings(original));
  });
});

/** A plan with findings on what a T-C.27 carries: they must come back with it. */
const FLAWED = `cascade: 1
pemda: Kota Uji
periode: 2025-2027
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
  - id: DINAS.SS1
    nama: Sasaran dinas
    opd: DINAS
    mendukung: KSF1
    indikator:
      - {nama: Cakupan layanan, satuan: "%", baseline: 60, target: {2025: 70, 2026: 80, 2027: 120}}
    program:
      - id: DINAS.P1
        nama: Program uji
        kode: 1.02.01
        anggaran: {2025: Rp 300 juta, 2026: Rp 300 juta, 2027: Rp 300 juta}
        indikator:
          - {nama: Jumlah layanan, satuan: unit, target: {2025: 10, 2026: 20, 2027: 30}}
        kegiatan:
          - id: DINAS.K1
            nama: Kegiatan satu
            kode: 1.02.01.2.1
            anggaran: {2025: Rp 100 juta, 2026: Rp 100 juta, 2027: Rp 100 juta}
            indikator:
              - {nama: Jumlah layanan, satuan: unit, target: {2025: 10, 2026: 20, 2027: 30}}
          - id: DINAS.K2
            nama: Kegiatan dua
            kode: 1.02.01.2.02
            anggaran: {2025: Rp 50 juta, 2026: Rp 50 juta, 2027: Rp 50 juta}
`;

describe('round trip of findings', () => {
  it('a plan with errors and warnings on its carried entries gives them back', async () => {
    const src = dirs({ 'plan.yaml': FLAWED });
    const original = open([src]);
    const before = findings(original);
    expect(before.length).toBeGreaterThanOrEqual(4);
    const r = await roundTrip([src], { pemda: 'Kota Uji', periode: '2025-2027' });
    expect(r.code, r.stderr).toBe(0);
    const back = open(planFiles(r.out));
    expect(canonical(back)).toEqual(canonical(original));
    expect(findings(back)).toEqual(before);
  });
});

describe('an RPJMD matrix with the Renstra of its OPDs', () => {
  it('gives the Pemda targets their indicators and targets; the matrix alone leaves its programs out (exit 1, each named)', async () => {
    const work = dirs({});
    for (const view of ['rpjmd', 'renstra']) {
      const t = await runInProcess(['table', view, 'examples/pariwisata', '-o', join(work, `${view}.xlsx`)]);
      expect(t.code, t.stderr).toBe(0);
    }
    const r = await runInProcess(['import', join(work, 'rpjmd.xlsx'), join(work, 'renstra.xlsx'), '-o', join(work, 'both'), '--pemda', 'Kabupaten Contoh']);
    expect(r.code, r.stderr).toBe(0);
    const pemda = (paths: string[]) =>
      open(paths)
        .nodes.filter((n) => n.level === 'sasaran')
        .map((n) => ({ nama: n.nama, indikator: n.indicators.map((i) => i.data.nama) }));
    expect(pemda(planFiles(join(work, 'both')))).toEqual(pemda(['examples/pariwisata']));
    expect(canonical(open(planFiles(join(work, 'both'))))).toEqual(canonical(open(['examples/pariwisata'])));
    const alone = await runInProcess(['import', join(work, 'rpjmd.xlsx'), '-o', join(work, 'alone')]);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toMatch(/RPJMD!D\d+ "Pengembangan destinasi wisata": a program of the RPJMD matrix that no Renstra sheet holds/);
  });
});
