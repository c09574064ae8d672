import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMaxWarnings, reportFormatOfFile } from '../../src/cli/validate.js';
import { runCli } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';
import { tempPlans } from '../helpers/plan-dir.js';

const planDir = tempPlans('cascade-conv-');

// One error (ref/unknown) and warnings (not cascaded further).
const BROKEN = 'cascade: 1\nsasaran_opd:\n  - {id: SS1, nama: x, mendukung: NOPE, indikator: [{nama: i, satuan: orang, target: 1}]}\n';
const WARN = 'cascade: 1\nsasaran:\n  - {id: S1, nama: x, indikator: [{nama: i, satuan: "%", target: 10}]}\n';
const ESC = /\u001b\[/;

describe('CLI conventions (issue 13, item 8)', () => {
  it('-o picks the report format from the extension, as for tables', async () => {
    expect(['r.sarif', 'r.json', 'r.xml', 'r.md', 'R.MARKDOWN', 'r.txt', 'r.out'].map(reportFormatOfFile)).toEqual([
      'sarif',
      'json',
      'junit',
      'markdown',
      'markdown',
      'stylish',
      undefined,
    ]);
    const dir = planDir({ 'a.yaml': BROKEN });
    for (const [file, check] of [
      ['r.sarif', (t: string) => expect(JSON.parse(t).version).toBe('2.1.0')],
      ['r.json', (t: string) => expect(JSON.parse(t).summary.errors).toBeGreaterThan(0)],
      ['r.xml', (t: string) => expect(t).toMatch(/^<\?xml[\s\S]*<testsuites/)],
      ['r.md', (t: string) => expect(t).toMatch(/^### /)],
    ] as const) {
      const r = await runInProcess(['validate', 'a.yaml', '-o', file], { cwd: dir });
      expect(r.code, `${file}: ${r.stderr}`).toBe(1);
      expect(r.stdout).toBe('');
      check(readFileSync(join(dir, file), 'utf8'));
    }
    // --format still wins over the extension.
    await runInProcess(['validate', 'a.yaml', '-o', 'x.json', '-f', 'stylish'], { cwd: dir });
    expect(readFileSync(join(dir, 'x.json'), 'utf8')).toMatch(/✖ \d+ problems/);
  });

  it('--max-warnings -1 means no limit; other negative or odd values are a usage error', async () => {
    expect(parseMaxWarnings('-1')).toBeUndefined();
    expect(parseMaxWarnings('3')).toBe(3);
    expect(() => parseMaxWarnings('-2')).toThrow(/whole number/);
    const dir = planDir({ 'a.yaml': WARN });
    expect((await runInProcess(['validate', '--max-warnings', '0'], { cwd: dir })).code).toBe(1);
    const r = await runInProcess(['validate', '--max-warnings', '-1'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect((await runInProcess(['validate', '--max-warnings=-1'], { cwd: dir })).code).toBe(0);
  });

  it('--no-color is honoured given to cascade or to the command, and NO_COLOR everywhere', async () => {
    const dir = planDir({ 'a.yaml': WARN });
    const colour = { NO_COLOR: undefined, FORCE_COLOR: '1' };
    expect((await runInProcess(['validate'], { cwd: dir, env: colour })).stdout).toMatch(ESC);
    expect((await runInProcess(['--no-color', 'validate'], { cwd: dir, env: colour })).stdout).not.toMatch(ESC);
    expect((await runInProcess(['validate', '--no-color'], { cwd: dir, env: colour })).stdout).not.toMatch(ESC);
    expect((await runInProcess(['validate'], { cwd: dir, env: { ...colour, NO_COLOR: '1' } })).stdout).not.toMatch(ESC);
    for (const args of [['table', 'cascade'], ['trace', 'S1'], ['budget-summary']]) {
      expect((await runInProcess(args, { cwd: dir, env: colour })).stdout, args.join(' ')).toMatch(ESC);
      expect((await runInProcess(['--no-color', ...args], { cwd: dir, env: colour })).stdout, args.join(' ')).not.toMatch(ESC);
      expect((await runInProcess(args, { cwd: dir, env: { ...colour, NO_COLOR: '1' } })).stdout, args.join(' ')).not.toMatch(ESC);
    }
  });

  it('--stdin with --stdin-filename checks the text piped in as that file, with the rest of its plan', () => {
    const dir = planDir({
      'cascade.config.yaml': 'rules: {}\n',
      'rpjmd.yaml': 'cascade: 1\nsasaran:\n  - {id: S1, nama: x, indikator: [{nama: i, satuan: "%", target: 10}], ksf: [{id: K1, nama: k}]}\n',
      'opd/a.yaml': 'cascade: 1\n',
    });
    const text =
      'cascade: 1\nsasaran_opd:\n  - {id: SS1, nama: x, mendukung: K1, indikator: [{nama: i, satuan: orang, target: 1}]}\n  - {id: SS2, nama: y, mendukung: K2, indikator: [{nama: i, satuan: orang, target: 1}]}\n';
    const r = runCli(['validate', '--stdin', '--stdin-filename', 'opd/a.yaml', '-f', 'json'], { cwd: dir, input: text });
    const out = JSON.parse(r.stdout) as { diagnostics: Array<{ file: string; line: number; rule: string }> };
    const unknown = out.diagnostics.filter((d) => d.rule === 'ref/unknown');
    // K1 is in rpjmd.yaml (read for references); K2 is nowhere; the file on disk is not read.
    expect(unknown.map((d) => `${d.file}:${d.line}`)).toEqual(['opd/a.yaml:4']);
    expect(r.code).toBe(1);
    const alone = runCli(['validate', '--stdin'], { cwd: dir, input: 'cascde: 1\npemda: x\n' });
    expect(alone.stdout).toMatch(/^<stdin>\n {2}1:1 +error +Unknown key `cascde`\. Did you mean `cascade`\?/);
  });

  it('--stdin-filename without --stdin is a usage error', async () => {
    const r = await runInProcess(['validate', '--stdin-filename', 'a.yaml'], { cwd: planDir({ 'a.yaml': WARN }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--stdin-filename goes with --stdin');
  });

  it('--help of each command shows examples, in Indonesian with --lang id; table --help lists the views', async () => {
    const { VIEWS } = await import('../../src/tables/views/index.js');
    for (const cmd of ['validate', 'rules', 'schema', 'init', 'table', 'render', 'workload', 'trace', 'budget-summary']) {
      expect((await runInProcess([cmd, '--help'])).stdout, cmd).toMatch(/\nExamples:\n {2}\$ cascade /);
      expect((await runInProcess(['--lang', 'id', cmd, '--help'])).stdout, cmd).toMatch(/\nContoh:\n {2}\$ cascade /);
    }
    const table = (await runInProcess(['table', '--help'])).stdout;
    for (const v of VIEWS) expect(table).toMatch(new RegExp(`\\n {2}${v.name} +${v.description.en.slice(0, 20).replace(/[()]/g, '.')}`));
  });
});
