import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphviz } from '../../src/render/layout.js';
import { BIN, hasStackTrace, ROOT } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';
import { HOSTILE_PATH } from '../render/fixture.js';

// examples/spreadsheets/ holds workbooks for `cascade import`, not a plan.
const examples = readdirSync(join(ROOT, 'examples')).filter(
  (n) => n.endsWith('.yaml') || (n !== 'spreadsheets' && statSync(join(ROOT, 'examples', n)).isDirectory()),
);
const PNG_MAGIC = '89504e470d0a1a0a';

/** Runs the CLI and keeps stdout as bytes, for PNG. */
function runBinary(args: string[]): { code: number; stdout: Buffer; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { PATH: process.env.PATH, LANG: 'C' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr.toString() };
}

// In process: the WASM layout is loaded once for the file, not once per command (PNG bytes keep the bin).
const runCli = runInProcess;

describe('cascade render', () => {
  let gv: Awaited<ReturnType<typeof graphviz>>;
  beforeAll(async () => {
    gv = await graphviz();
  });
  /** Graphviz reads the DOT (it throws on a syntax error) and lays it out. */
  const graphvizJson = (dot: string) => gv.layout(dot, 'json');

  for (const name of examples) {
    it(`draws ${name} in all four formats`, async () => {
      const path = join('examples', name);
      const dot = await runCli(['render', path, '-f', 'dot']);
      expect(dot.code).toBe(0);
      expect(() => JSON.parse(graphvizJson(dot.stdout))).not.toThrow();
      const svg = await runCli(['render', path]);
      expect(svg.code).toBe(0);
      expect(XMLValidator.validate(svg.stdout)).toBe(true);
      const mermaid = await runCli(['render', path, '--format', 'mermaid']);
      expect(mermaid.code).toBe(0);
      expect(mermaid.stdout.split('\n')[1]).toBe('flowchart TB');
      const png = runBinary(['render', path, '-f', 'png']);
      expect(png.code).toBe(0);
      expect(png.stdout.subarray(0, 8).toString('hex')).toBe(PNG_MAGIC);
    });
  }

  it('writes the file -o names, in the format of its extension, and the same bytes each time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cascade-render-'));
    for (const file of ['a.png', 'b.png']) expect((await runCli(['render', 'examples/pariwisata', '-o', join(dir, file)])).code).toBe(0);
    const a = readFileSync(join(dir, 'a.png'));
    expect(a.subarray(0, 8).toString('hex')).toBe(PNG_MAGIC);
    expect(Buffer.compare(a, readFileSync(join(dir, 'b.png')))).toBe(0);
    expect((await runCli(['render', 'examples/pariwisata', '-o', join(dir, 'c.mmd')])).code).toBe(0);
    expect(readFileSync(join(dir, 'c.mmd'), 'utf8')).toMatch(/^%% .*\nflowchart TB\n/);
    expect(readdirSync(dir).sort()).toEqual(['a.png', 'b.png', 'c.mmd']); // no temporary file left behind
  });

  it('keeps markup in a name as text in every format', async () => {
    const svg = (await runCli(['render', HOSTILE_PATH])).stdout;
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<script|<img/);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const dot = (await runCli(['render', HOSTILE_PATH, '-f', 'dot'])).stdout;
    expect(dot).not.toMatch(/<script|<img/);
    const mermaid = (await runCli(['render', HOSTILE_PATH, '-f', 'mermaid'])).stdout;
    expect(mermaid).not.toMatch(/<script|<img/);
  });

  it('filters: a subtree, a depth, an OPD, some levels, left to right', async () => {
    const ids = async (args: string[]) =>
      [...(await runCli(['render', 'examples/lalu-lintas.yaml', '-f', 'dot', ...args])).stdout.matchAll(/^ {2}"([^"~]+)" \[$/gm)].map((m) => m[1]);
    expect(await ids(['--root', 'DISTRANTIB.P1'])).toEqual(['DISTRANTIB.P1', 'DISTRANTIB.K1', 'DISTRANTIB.K2', 'DISHUB.K2']);
    expect(await ids(['--depth', '1'])).toEqual(['S-MACET', 'KSF-ANGKUTAN', 'KSF-RUAS', 'KSF-KONDISI', 'KSF-PATROLI']);
    expect(await ids(['--opd', 'POLRES'])).toEqual(['S-MACET', 'KSF-PATROLI', 'POLRES.SS1']);
    expect(await ids(['--levels', 'sasaran,sasaran_opd'])).toEqual(['S-MACET', 'DISHUB.SS1', 'DISTRANTIB.SS1', 'DISPU.SS1', 'POLRES.SS1']);
    expect((await runCli(['render', 'examples/lalu-lintas.yaml', '-f', 'dot', '--direction', 'lr'])).stdout).toContain('rankdir = "LR"');
  });

  it('tells a user mistake in one line, exit 2, no stack trace', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--root', 'NOPE'], /--root: "NOPE" is not in the plan/],
      [['--opd', 'DISHUBB'], /Did you mean DISHUB\?/],
      [['--levels', 'sasaran,kegiatn'], /Did you mean kegiatan\?/],
      [['--depth', '-1'], /--depth takes a whole number/],
      [['--direction', 'up'], /--direction takes TB or LR/],
      [['-f', 'jpg'], /Unknown format "jpg"/],
      [['-f', 'dot', '-o', 'examples/lalu-lintas.yaml'], /Refusing to write over the input file/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(['render', 'examples/lalu-lintas.yaml', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
    expect((await runCli(['render', 'examples/lalu-lintas.yaml', '--root', 'NOPE'], { env: { LANG: 'id_ID.UTF-8' } })).stderr).toMatch(
      /tidak ada dalam rencana/,
    );
  });
});
