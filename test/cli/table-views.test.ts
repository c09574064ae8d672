import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BIN, hasStackTrace, ROOT } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';

// In process: what the command prints and its exit code are the point here, not the process.
const runCli = runInProcess;

const VIEWS = ['cascade', 'crosscutting', 'sop'];
const EXAMPLES = ['examples/pariwisata', 'examples/lalu-lintas.yaml', 'examples/kesehatan.yaml'];

describe('cascade table cascade | crosscutting | sop', () => {
  it('prints every view of every example in every text format', async () => {
    for (const view of VIEWS) {
      for (const example of EXAMPLES) {
        for (const format of ['table', 'md', 'csv', 'json']) {
          const r = await runCli(['table', view, example, '-f', format]);
          expect(r.code, `${view} ${example} ${format}: ${r.stderr}`).toBe(0);
          expect(r.stdout.length).toBeGreaterThan(0);
          if (format === 'json') expect(Array.isArray(JSON.parse(r.stdout)), 'one shape: a list of tables').toBe(true);
        }
      }
    }
  }, 60_000);

  it('writes an XLSX that Excel readers open, to a file or down a pipe', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cascade-xlsx-'));
    const file = join(dir, 'renstra.xlsx');
    expect((await runCli(['table', 'cascade', 'examples/pariwisata', '-f', 'xlsx', '-o', file])).code).toBe(0);
    const piped = spawnSync(process.execPath, [BIN, 'table', 'cascade', 'examples/pariwisata', '-f', 'xlsx'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, LANG: 'C' },
    });
    expect(piped.status).toBe(0);
    expect(Buffer.compare(piped.stdout, readFileSync(file))).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    const total = ws.getRow(ws.rowCount - 3).getCell(8);
    expect(total.value).toBe(13_700_000_000);
    expect(total.type).toBe(ExcelJS.ValueType.Number);
  });

  it('takes the format from the -o extension when --format is not given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cascade-ext-'));
    expect((await runCli(['table', 'cascade', 'examples/pariwisata', '-o', join(dir, 'renstra.xlsx')])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'renstra.xlsx'));
    expect(wb.worksheets.length).toBeGreaterThan(0);
    expect((await runCli(['budget-summary', 'examples/pariwisata', '-o', join(dir, 'anggaran.csv')])).code).toBe(0);
    expect(readFileSync(join(dir, 'anggaran.csv'), 'utf8')).toMatch(/^\uFEFF?[^┌]*,/);
    expect((await runCli(['workload', 'examples/pariwisata', '-o', join(dir, 'beban.json')])).code).toBe(0);
    expect(() => JSON.parse(readFileSync(join(dir, 'beban.json'), 'utf8'))).not.toThrow();
    expect((await runCli(['table', 'iku', 'examples/pariwisata', '-o', join(dir, 'iku.txt')])).code).toBe(0);
    expect(readFileSync(join(dir, 'iku.txt'), 'utf8')).toContain('┌');
  });

  it('refuses what names nothing, in one line, exit 2', async () => {
    for (const args of [
      ['cascade', '--opd', 'DISHUBB'],
      ['crosscutting', '--opd', 'NOPE'],
      ['sop', '--jabatan', 'STAF-Z'],
    ]) {
      const r = await runCli(['table', ...args, 'examples/pariwisata']);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });
});
