// Issue 17 items 1, 2 and 4: workbooks in the layouts of published Renstra tables (and a CSV
// export) import with nothing left out and validate clean; a damaged cell exits 1 naming it; the
// same sheet gives the same files again; nothing is ever overwritten.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';
import { tempPlans } from '../helpers/plan-dir.js';
import { tc27Kabupaten, writeFixtures } from '../fixtures/import/build.js';

const dirs = tempPlans('cascade-import-');

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort())
    if (f.endsWith('.yaml') && !f.startsWith('schemas')) out[f] = readFileSync(join(dir, f), 'utf8');
  return out;
}

describe('cascade import: the real-shaped layouts', async () => {
  const work = dirs({});
  const files = await writeFixtures(work);
  it.each(files.map((f) => [f.split('/').pop()!, f]))('%s imports with nothing left out and validates with no error', async (name, file) => {
    const out = join(work, `out-${name}`);
    // A CSV export has no title above the table: the Pemda is given.
    const r = await runInProcess(['import', file, '-o', out, ...(file.endsWith('.csv') ? ['--pemda', 'Kabupaten Sukamaju'] : [])]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('rpjmd.yaml');
    const plan = tree(out);
    expect(Object.keys(plan).filter((f) => f.startsWith('opd/')).length).toBeGreaterThan(0);
    // Pemda and periode come from the title above the table.
    expect(plan['rpjmd.yaml']).toContain('pemda: Kabupaten Sukamaju');
    expect(plan['rpjmd.yaml']).toContain('periode: 2025-2029');
    const v = await runInProcess(['validate', out, '-f', 'json']);
    const report = JSON.parse(v.stdout);
    expect(report.diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    expect(report.summary.nodes).toBeGreaterThanOrEqual(7);
    // The money and the levels survive: the sub kegiatan add up to their kegiatan, and those to their program.
    const b = await runInProcess(['budget-summary', out, '-f', 'json']);
    expect(b.code, b.stderr).toBe(0);
  });

  it('reads every layout to the same money: Rp 1.234.500.000 as a number, as text, in millions, as "1,2345 M"', async () => {
    const totals = new Map<string, number>();
    for (const f of files) {
      const name = f.split('/').pop()!;
      const b = JSON.parse((await runInProcess(['budget-summary', join(work, `out-${name}`), '-f', 'json'])).stdout)[0];
      for (const row of b.rows) totals.set(`${name} ${row.nama}`, row.dialokasikan);
    }
    // Dinas Pendidikan's money is in three of the files: each reads it to the same rupiah.
    const disdik = [...totals].filter(([k]) => /Pendidikan|DISDIK/.test(k)).map(([, v]) => v);
    expect(disdik.length).toBeGreaterThanOrEqual(3);
    expect(new Set(disdik).size).toBe(1);
    expect(disdik[0]).toBe(5_700_000_000);
  });
});

describe('cascade import: nothing guessed silently', () => {
  it('a workbook with damaged cells exits 1, naming each cell on stderr and in a comment where it belongs', async () => {
    const work = dirs({});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await tc27Kabupaten()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    // Row 10 is the program's first sub kegiatan: an amount no reader can take, and a kode that fits nowhere.
    const row = [...Array(ws.rowCount).keys()].map((i) => i + 1).find((r) => ws.getCell(r, 3).value === '1.02.02.2.01.0002')!;
    ws.getCell(row, 10).value = 'Rp 4,75,0 M';
    ws.getCell(row + 1, 3).value = '1.02.03.2.01.0020';
    const file = join(work, 'rusak.xlsx');
    writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const r = await runInProcess(['import', file, '-o', join(work, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`T-C.27!J${row} "Rp 4,75,0 M": an amount that cannot be read`);
    expect(r.stderr).toContain(`T-C.27!C${row + 1} "1.02.03.2.01.0020"`);
    expect(r.stderr).toMatch(/fits under no kegiatan/);
    expect(r.stderr).toMatch(/2 cell\(s\) could not be placed or read/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    const yaml = tree(join(work, 'out'))['opd/diskes.yaml'];
    // Each comment sits right above the entry the cell belongs to.
    expect(yaml).toMatch(new RegExp(`# cascade-import: T-C.27!J${row} "Rp 4,75,0 M".*\\n\\s*- id: DISKES.1.02.02.2.01.0002`));
    expect(yaml).toMatch(/# cascade-import: T-C.27!C\d+ "1.02.03.2.01.0020".*\n\s*- id: DISKES.1.02.03.2.01.0020/);
  });

  it('a value under a header it does not know is listed, not dropped', async () => {
    const csv = 'Sasaran;Program;Indikator;Satuan;Target 2025;Rp 2025;Sumber Dana\nSasaran A;1.02.02 Program X;Cakupan;%;80;Rp 1 M;APBD\n';
    const work = dirs({ 'x.csv': csv });
    const r = await runInProcess(['import', 'x.csv', '-o', 'out', '--opd', 'DINKES'], { cwd: work });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('CSV!G2 "APBD": the column "Sumber Dana" is not one cascade import knows');
    expect(readFileSync(join(work, 'out/opd/dinkes.yaml'), 'utf8')).toContain('id: DINKES.1.02.02');
  });
});

describe('cascade import: ids, overwriting, bad input', () => {
  it('gives the same files when the same sheet is imported again', async () => {
    const work = dirs({});
    const [file] = await writeFixtures(work);
    await runInProcess(['import', file, '-o', join(work, 'a')]);
    await runInProcess(['import', file, '-o', join(work, 'b')]);
    expect(tree(join(work, 'b'))).toEqual(tree(join(work, 'a')));
  });

  it('never overwrites: an existing plan file stops it before anything is written (exit 2)', async () => {
    const work = dirs({ 'out/rpjmd.yaml': 'cascade: 1\n' });
    const files = await writeFixtures(work);
    const r = await runInProcess(['import', files[0], '-o', join(work, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Nothing was written: .*rpjmd\.yaml/);
    expect(readFileSync(join(work, 'out/rpjmd.yaml'), 'utf8')).toBe('cascade: 1\n');
    expect(existsSync(join(work, 'out/opd'))).toBe(false);
  });

  it('cannot run on a missing file, another format or a sheet without a table: exit 2, one line', async () => {
    const work = dirs({ 'notes.csv': 'a;b\n1;2\n', 'plan.ods': 'x' });
    for (const [args, re] of [
      [['import', 'nope.xlsx'], /No such file/],
      [['import', 'plan.ods'], /reads \.xlsx workbooks and \.csv exports/],
      [['import', 'notes.csv'], /No table found in notes\.csv/],
      [['import', 'notes.csv', '--periode', '2029-2025'], /--periode takes years/],
      [['import', 'notes.csv', '--opd', 'Dinas Kesehatan'], /--opd takes an id/],
    ] as const) {
      const r = await runInProcess([...args], { cwd: work });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(re);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
