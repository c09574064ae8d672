import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { openPlan } from '../../src/model/open.js';
import type { Plan } from '../../src/model/plan.js';
import { tablesToMarkdown } from '../../src/tables/out/markdown.js';
import { tablesToTerminal } from '../../src/tables/out/terminal.js';
import { cellText, cellValue, type Table } from '../../src/tables/table.js';
import { ikuView } from '../../src/tables/views/iku.js';
import { VIEWS } from '../../src/tables/views/index.js';
import { hasStackTrace, ROOT, runCli } from '../helpers/cli.js';
import { planOf, yaml } from '../helpers/rule-tester.js';

const tourism = openPlan(['examples/pariwisata'], ROOT).plan;
const build = (plan: Plan, opts: { opd?: string; tahun?: number; capaianTurun?: 'selisih' | 'rasio' } = {}) =>
  ikuView.build(plan, { opd: opts.opd, tahun: opts.tahun, settings: { ...DEFAULT_SETTINGS, capaianTurun: opts.capaianTurun ?? 'selisih' } });
/** A column of a table by key, as text or as value. */
const col = (t: Table, key: string, as: 'text' | 'value' = 'text') => {
  const i = t.columns.findIndex((c) => c.key === key);
  expect(i, `no column ${key}`).toBeGreaterThanOrEqual(0);
  return t.rows.map((r) => (as === 'text' ? cellText(r[i]) : cellValue(r[i])));
};
const row = (t: Table, indikator: string) => {
  const r = t.rows.find((x) => cellText(x[t.columns.findIndex((c) => c.key === 'indikator')]) === indikator);
  expect(r, `no row ${indikator}`).toBeDefined();
  return Object.fromEntries(t.columns.map((c, i) => [c.key, cellText(r![i])]));
};

describe('cascade table iku', () => {
  it('is registered as a view of `cascade table`', () => expect(VIEWS).toContain(ikuView));

  it('shows the seed tourism targets as the seed writes them, with exact values', () => {
    const [summary] = build(tourism);
    expect(summary.title.en).toBe('IKU — Kabupaten Contoh, 2025–2029');
    const targets = col(summary, 'target');
    for (const t of ['70%', '6 juta', '8', '90%', '80']) expect(targets).toContain(t);
    expect(row(summary, 'Jumlah kunjungan wisatawan')).toMatchObject({
      level: 'IKU OPD',
      pemilik: 'DISPAR',
      satuan: 'kunjungan',
      baseline: '4 juta',
      target: '6 juta',
    });
    expect(row(summary, 'PDRB sektor pariwisata')).toMatchObject({ level: 'IKU Pemda', pemilik: 'Pemda' });
    const values = col(summary, 'target', 'value');
    expect(values).toContain(6_000_000);
    expect(col(summary, 'level', 'value')).toContain('sasaran_opd');
  });

  it('shows decimals as written, bounds with their sign, and no data as written', () => {
    const plan = planOf(yaml`
      cascade: 1
      periode: 2025-2029
      sasaran:
        - id: S1
          nama: Meningkatnya kualitas SDM
          indikator:
            - {nama: Indeks pembangunan manusia, satuan: indeks, baseline: {tahun: 2024, nilai: 71.90}, target: {2025: "72,30", 2029: "74,10"}, realisasi: {2025: "72,40"}}
            - {nama: Prevalensi stunting, satuan: "%", baseline: {tahun: 2024, nilai: N/A}, target: {2025: "≤ 20", 2029: "≤ 14,2"}, realisasi: {2025: "-"}}
    `);
    const [summary, years, real] = build(plan);
    expect(row(summary, 'Indeks pembangunan manusia')).toMatchObject({ baseline: '71,90', target: '74,10' });
    expect(row(summary, 'Prevalensi stunting')).toMatchObject({ arah: 'turun', baseline: 'N/A', target: '≤ 14,2%' });
    expect(row(years, 'Indeks pembangunan manusia')).toMatchObject({ target_2025: '72,30' });
    expect(row(real, 'Indeks pembangunan manusia')).toMatchObject({ realisasi: '72,40' });
    expect(row(real, 'Prevalensi stunting')).toMatchObject({ realisasi: '-', capaian: '' });
    expect((summary.notes ?? []).map((n) => n.en).join(' ')).not.toContain('could not be read');
  });

  it('flags a capaian below 0% or above 150%', () => {
    const plan = planOf(yaml`
      cascade: 1
      periode: 2025-2029
      sasaran:
        - id: S1
          nama: s
          indikator:
            - {nama: Naik jauh, satuan: unit, target: {2025: 10}, realisasi: {2025: 16}}
            - {nama: Turun jauh, satuan: "%", arah: turun, target: {2025: 5}, realisasi: {2025: 11}}
            - {nama: Biasa, satuan: unit, target: {2025: 10}, realisasi: {2025: 15}}
    `);
    const real = build(plan).find((t) => t.title.en === 'Realisasi and capaian')!;
    expect(row(real, 'Naik jauh').capaian).toBe('160% (!)');
    expect(row(real, 'Turun jauh').capaian).toBe('-20% (!)');
    expect(row(real, 'Biasa').capaian).toBe('150%');
    expect(real.notes!.map((n) => n.en)).toContain('(!) 2 capaian below 0% or above 150%: check the target, the realisasi and the arah.');
  });

  it('lists only IKU: the Pemda first, then each OPD; program and kegiatan indicators and partners are left out', () => {
    const [summary] = build(tourism);
    const owners = col(summary, 'pemilik');
    expect(owners[0]).toBe('Pemda');
    expect([...new Set(owners)]).toEqual(['Pemda', 'DISHUB', 'DISKOPUKM', 'DISLH', 'DISPAR', 'DISPU', 'SATPOLPP']);
    expect(col(summary, 'indikator')).not.toContain('Jumlah peserta pelatihan usaha baru');
    expect(col(summary, 'indikator')).not.toContain('Angka kriminalitas'); // a program's indicator
    expect(new Set(col(summary, 'level'))).toEqual(new Set(['IKU Pemda', 'IKU OPD']));
    const traffic = openPlan(['examples/lalu-lintas.yaml'], ROOT).plan;
    const mitra = traffic.opds.filter((o) => o.mitra).map((o) => o.id);
    expect(mitra.length).toBeGreaterThan(0);
    for (const m of mitra) expect(col(build(traffic)[0], 'pemilik')).not.toContain(m);
  });

  it('gives each year of a yearly target its own column, keyed so JSON keeps the order', () => {
    const [, years] = build(tourism);
    expect(years.columns.map((c) => c.key)).toEqual(['pemilik', 'indikator', 'target_2025', 'target_2026', 'target_2027', 'target_2028', 'target_2029']);
    expect(row(years, '% UMKM yang sehat')).toMatchObject({ target_2025: '58%', target_2029: '70%' });
    expect(col(years, 'indikator')).not.toContain('Jumlah kunjungan wisatawan'); // one end-of-period target
  });

  it('computes capaian where realisasi is given, with both formulas for turun', () => {
    const crime = planOf(
      readFileSync(`${ROOT}/examples/pariwisata/satpolpp.yaml`, 'utf8').replace(
        / {4}indikator:\n {6}- nama: "% potensi kriminalitas yang dapat dicegah"\n(?: {8}.*\n)*? {8}target: "90%"/,
        '    indikator:\n      - {nama: Angka kriminalitas, satuan: "%", arah: turun, target: {2025: "7,5%"}, realisasi: {2025: "7,2%"}}',
      ),
    );
    const withCrime = { ...tourism, nodes: [...tourism.nodes, ...crime.nodes.filter((n) => n.level === 'sasaran_opd')] };
    const real = (mode: 'selisih' | 'rasio') => build(withCrime, { capaianTurun: mode }).find((t) => t.title.en === 'Realisasi and capaian')!;
    const selisih = real('selisih');
    expect(row(selisih, '% UMKM yang sehat')).toMatchObject({ tahun: '2025', target: '58%', realisasi: '57%', capaian: '98,28%' });
    expect(col(selisih, 'capaian', 'value')[0]).toBeCloseTo((57 / 58) * 100, 10);
    expect(row(selisih, 'Angka kriminalitas')).toMatchObject({ target: '7,5%', realisasi: '7,2%', capaian: '104%' });
    expect(selisih.notes!.map((n) => n.en).join(' ')).toContain('(2 − realisasi ÷ target) × 100 (setting capaianTurun: selisih)');
    const rasio = real('rasio');
    expect(row(rasio, 'Angka kriminalitas').capaian).toBe('104,17%');
    expect(rasio.notes!.map((n) => n.id).join(' ')).toContain('target ÷ realisasi × 100 (pengaturan capaianTurun: rasio)');
  });

  it('--opd keeps one OPD; an OPD that does not exist is a usage error with a suggestion', () => {
    const [summary] = build(tourism, { opd: 'DISPAR' });
    expect(summary.title.en).toBe('IKU — Dinas Pariwisata (DISPAR), 2025–2029');
    expect(new Set(col(summary, 'pemilik'))).toEqual(new Set(['DISPAR']));
    expect(() => build(tourism, { opd: 'DISPR' })).toThrow(UsageError);
    expect(() => build(tourism, { opd: 'DISPR' })).toThrow(/Did you mean DISPAR\?/);
  });

  it("--tahun shows that year's target; a single target counts for the last year only", () => {
    const tables = build(tourism, { tahun: 2026 });
    const [summary] = tables;
    expect(summary.columns.find((c) => c.key === 'target')!.header).toEqual({ en: 'Target 2026', id: 'Target 2026' });
    expect(row(summary, '% UMKM yang sehat').target).toBe('61%');
    expect(row(summary, 'Jumlah kunjungan wisatawan').target).toBe('');
    expect(tables.map((t) => t.title.en)).toEqual(['IKU — Kabupaten Contoh, 2025–2029']);
  });

  it('shows an unreadable value as written, never as a number, and says so', () => {
    const plan = planOf(yaml`
      cascade: 1
      sasaran:
        - id: S1
          nama: s
          indikator:
            - {nama: "a | *b* <i>", satuan: unit, baseline: banyak, target: {2025: 5, 2026: tujuh}, realisasi: {2025: 4}}
    `);
    const [summary, years, real] = build(plan);
    expect(summary.title.en).toBe('IKU');
    expect(row(summary, 'a | *b* <i>')).toMatchObject({ baseline: 'banyak', target: 'tujuh' });
    expect(col(summary, 'baseline', 'value')).toEqual(['banyak']);
    expect(summary.notes!.map((n) => n.en)).toContain('2 value(s) could not be read and are shown as written; run cascade validate.');
    expect(years.columns.map((c) => c.key)).toEqual(['pemilik', 'indikator', 'target_2025', 'target_2026']);
    expect(row(real, 'a | *b* <i>')).toMatchObject({ target: '5', realisasi: '4', capaian: '80%' });
    // Plan text is escaped by the writers: no table break, no markup.
    const md = tablesToMarkdown([summary], { lang: 'en', color: false, width: 100 });
    expect(md).toContain('a \\| \\*b\\* \\<i\\>');
  });
});

describe('cascade table iku (CLI)', () => {
  it('prints the tourism IKU within 100 columns', () => {
    const r = runCli(['table', 'iku', 'examples/pariwisata']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const t of ['70%', '6 juta', '90%', 'IKU Pemda', 'IKU OPD', 'Realisasi and capaian', '98,28%']) expect(r.stdout).toContain(t);
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    // Short columns keep their words; only the indicator names wrap.
    expect(r.stdout).not.toContain('…');
  });

  it('writes JSON with exact numbers and CSV with plain ones, in Bahasa Indonesia on request', () => {
    const json = JSON.parse(runCli(['table', 'iku', 'examples/pariwisata', '--opd', 'DISPAR', '--format', 'json']).stdout);
    const summary = Array.isArray(json) ? json[0] : json;
    expect(summary.rows.map((r: { target: unknown }) => r.target)).toEqual([6_000_000]);
    const csv = runCli(['--lang', 'id', 'table', 'iku', 'examples/pariwisata', '--opd', 'DISPAR', '--format', 'csv', '--no-bom']).stdout;
    expect(csv.split('\r\n')[0]).toBe('Level,Pemilik,Indikator,Satuan,Arah,Baseline,Target 2029');
    expect(csv).toContain('sasaran_opd,DISPAR,Jumlah kunjungan wisatawan,kunjungan,naik,4000000,6000000');
  });

  it('refuses an unknown OPD in one line, exit 2', () => {
    const r = runCli(['table', 'iku', 'examples/pariwisata', '--opd', 'DISPR']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No OPD "DISPR" in the plan. Did you mean DISPAR?');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('stays readable when the terminal writer narrows it', () => {
    const text = tablesToTerminal(build(tourism), { lang: 'id', color: false, width: 100 });
    expect(text).toContain('Realisasi dan capaian');
    expect(text).toContain('Target per tahun');
  });
});
