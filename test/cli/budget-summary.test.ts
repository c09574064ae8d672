import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';

// In process: what the command prints and its exit code are the point here, not the process.
const runCli = runInProcess;

const SEED = {
  'DIS KOP UKM': 2_000_000_000,
  'SAT POL PP': 4_000_000_000,
  'DIS PAR': 3_000_000_000,
  'DIS HUB': 1_500_000_000,
  'DIS PU': 2_300_000_000,
  'DIS LH': 900_000_000,
};

describe('cascade budget-summary (the built CLI)', () => {
  it("shows the six OPDs of the tourism example with the seed's amounts and their total", async () => {
    const r = await runCli(['budget-summary', 'examples/pariwisata']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const [opd, amount] of Object.entries(SEED)) {
      const rp = `Rp${amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
      expect(r.stdout).toMatch(new RegExp(`${opd} .*${rp.replace(/\./g, '\\.')}`));
    }
    expect(r.stdout).toMatch(/Total .*Rp13\.700\.000\.000 .*Rp13\.700\.000\.000/);
  });

  it('prints exact integers in JSON', async () => {
    const r = await runCli(['budget-summary', 'examples/pariwisata', '--format', 'json']);
    const [out] = JSON.parse(r.stdout); // always a list of tables
    expect(Object.fromEntries(out.rows.map((row: { opd: string; pagu: number }) => [row.opd, row.pagu]))).toEqual(SEED);
    expect(out.footer[0]).toMatchObject({ pagu: 13_700_000_000, dialokasikan: 13_700_000_000, sisa: 0, item: 13 });
  });

  it('speaks Indonesian, compactly, and per sasaran', async () => {
    const r = await runCli(['budget-summary', 'examples/pariwisata', '--by', 'sasaran', '--compact', '--lang', 'id']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Anggaran per sasaran Pemda');
    expect(r.stdout).toMatch(/S1 .*Meningkatkan industri pariwisata .*Rp13,7 M/);
    expect(r.stdout).toContain('dihitung utuh pada setiap sasaran Pemda');
  });

  it('writes CSV to a file, and never over an input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cascade-budget-'));
    const out = join(dir, 'anggaran.csv');
    const r = await runCli(['budget-summary', 'examples/pariwisata', '--by', 'program', '--format', 'csv', '-o', out]);
    expect(r.code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    // A UTF-8 byte-order mark first, so Excel opens `–` and `é` correctly.
    expect(csv.split('\r\n')[0]).toBe('\uFEFFOPD,Program,Name,Anggaran,Detailed,Share,Items');
    expect(csv).toContain('SAT POL PP,SATPOLPP.P1,Pencegahan kejadian kriminalitas,4000000000,4000000000,29.2,2');
    const over = await runCli(['budget-summary', 'examples/pariwisata', '-o', 'examples/pariwisata/dishub.yaml']);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('Refusing to write over the input file');
  });

  it('escapes text from the plan in Markdown and CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cascade-budget-'));
    writeFileSync(join(dir, 'plan.yaml'), `${['cascade: 1', 'opd:', '  - {id: X, nama: "=HYPERLINK(\\"http://x\\") | *Dinas*", pagu: 1 M}'].join('\n')}\n`);
    const md = await runCli(['budget-summary', dir, '--format', 'md']);
    expect(md.stdout).toContain('=HYPERLINK("http://x")');
    expect(md.stdout).toContain('\\| \\*Dinas\\*');
    const csv = await runCli(['budget-summary', dir, '--format', 'csv']);
    expect(csv.stdout).toContain('"\'=HYPERLINK(""http://x"") | *Dinas*"');
  });

  it('refuses bad options in one line, with exit 2 and no stack trace', async () => {
    for (const [args, text] of [
      [['--by', 'bidang'], '--by takes one of opd, program, kegiatan, sasaran, not "bidang"'],
      [['--tahun', '25'], '--tahun: "25" is not a year'],
      [['--tahun', '2031'], "--tahun 2031 is outside the plan's periode 2025–2029"],
      [['--format', 'pdf'], 'Unknown format "pdf"'],
    ] as const) {
      const r = await runCli(['budget-summary', 'examples/pariwisata', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(text);
      expect(hasStackTrace(r.stderr)).toBe(false);
      expect(r.stdout).toBe('');
    }
    const missing = await runCli(['budget-summary', 'no/such/folder']);
    expect(missing.code).toBe(2);
    expect(hasStackTrace(missing.stderr)).toBe(false);
  });

  it('says for one year what it leaves out', async () => {
    const r = await runCli(['budget-summary', 'examples/pariwisata', '--tahun', '2025']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Budget per OPD, 2025');
    expect(r.stdout).toContain('11 amount(s) are written for the whole period, not per year, and are not in the 2025 figures.');
  });
});
