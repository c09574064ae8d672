import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { hasStackTrace } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';

// In process: what the command prints and its exit code are the point here, not the process.
const runCli = runInProcess;

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cascade-ci-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

// S1 lacks indicators (error, line 3) and is not cascaded (warning, line 3); S2 is only not cascaded (line 5).
const PLAN = `cascade: 1
sasaran:
  - id: S1
    nama: Satu
  - id: S2
    nama: Dua
    indikator: [{nama: i, satuan: "%", target: 5}]
# cascade-disable cascade/acuan -- a plan cut down to what these tests are about
`;

type Finding = { file: string; line: number; rule: string; severity: string };
const findings = (stdout: string) => (JSON.parse(stdout).diagnostics as Finding[]).map((d) => `${d.file}:${d.line} ${d.rule} ${d.severity}`);
const BASE = ['plan.yaml:3 cascade/not-cascaded warning', 'plan.yaml:3 indikator/missing error', 'plan.yaml:5 cascade/not-cascaded warning'];

describe('validate in CI and with a configuration', () => {
  it('reports the plan as it is without a configuration', async () => {
    expect(findings((await runCli(['validate', '-f', 'json'], { cwd: repo({ 'plan.yaml': PLAN }) })).stdout)).toEqual(BASE);
  });

  it('a config that turns a rule off removes exactly its findings; one that raises it changes only its severity', async () => {
    const off = repo({ 'plan.yaml': PLAN, 'cascade.config.yaml': 'rules:\n  cascade/not-cascaded: off\n' });
    expect(findings((await runCli(['validate', '-f', 'json'], { cwd: off })).stdout)).toEqual(['plan.yaml:3 indikator/missing error']);
    const raised = repo({ 'plan.yaml': PLAN, 'cascade.config.yaml': 'overrides:\n  - files: plan.yaml\n    rules: {cascade/not-cascaded: error}\n' });
    expect(findings((await runCli(['validate', '-f', 'json'], { cwd: raised })).stdout)).toEqual(
      BASE.map((f) => f.replace('cascaded warning', 'cascaded error')),
    );
  });

  it('finds the config above the working folder, or takes --config, or none with --no-config', async () => {
    const dir = repo({
      'sub/plan.yaml': PLAN,
      'cascade.config.yaml': 'rules: {indikator/missing: off}\n',
      'other.yaml': 'rules: {cascade/not-cascaded: off}\n',
    });
    const sub = join(dir, 'sub');
    expect(findings((await runCli(['validate', '-f', 'json'], { cwd: sub })).stdout)).toEqual(BASE.filter((f) => !f.includes('indikator')));
    expect(findings((await runCli(['--config', '../other.yaml', 'validate', '-f', 'json'], { cwd: sub })).stdout)).toEqual([
      'plan.yaml:3 indikator/missing error',
    ]);
    expect(findings((await runCli(['validate', '--no-config', '-f', 'json'], { cwd: sub })).stdout)).toEqual(BASE);
    const missing = await runCli(['validate', '--config', 'nope.yaml'], { cwd: sub });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('cascade: Cannot read the configuration file nope.yaml.\n');
  });

  it('a broken config is reported at its lines, in the format asked for, with exit 2', async () => {
    const dir = repo({ 'plan.yaml': PLAN, 'cascade.config.yaml': 'rules:\n  cascade/not-cascade: off\nsetings: {}\n' });
    const r = await runCli(['validate', '-f', 'github'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      '::error file=cascade.config.yaml,line=2,col=3,endLine=2,endColumn=22,title=config/unknown-rule::There is no rule `cascade/not-cascade`. Did you mean `cascade/not-cascaded`?',
    );
    expect(r.stdout).toContain('::error file=cascade.config.yaml,line=3,col=1,');
    expect(r.stderr).toBe('cascade: the configuration cannot be used; nothing was checked.\n');
    const table = await runCli(['workload'], { cwd: dir });
    expect(table.code).toBe(2);
    expect(table.stderr).toContain('  cascade.config.yaml:2:3  There is no rule');
    expect(hasStackTrace(table.stderr)).toBe(false);
  });

  it('a suppression comment removes exactly that finding; an unused one is reported at the comment', async () => {
    const suppressed = PLAN.replace('  - id: S1', '  # cascade-disable-next-line indikator/missing -- indikator menyusul\n  - id: S1').replace(
      '  - id: S2',
      '  # cascade-disable-next-line kode/shape\n  - id: S2',
    );
    const r = await runCli(['validate', '-f', 'json'], { cwd: repo({ 'plan.yaml': suppressed }) });
    expect(findings(r.stdout)).toEqual([
      'plan.yaml:4 cascade/not-cascaded warning',
      'plan.yaml:6 suppression/unused warning',
      'plan.yaml:7 cascade/not-cascaded warning',
    ]);
    expect(r.code).toBe(0);
  });

  it('--quiet shows errors only; --max-warnings fails the run when there are more warnings', async () => {
    const dir = repo({ 'plan.yaml': PLAN });
    expect(findings((await runCli(['validate', '-q', '-f', 'json'], { cwd: dir })).stdout)).toEqual(['plan.yaml:3 indikator/missing error']);
    const warningsOnly = repo({ 'plan.yaml': PLAN.replace('    nama: Satu\n', '    nama: Satu\n    indikator: [{nama: j, satuan: "%", target: 5}]\n') });
    expect((await runCli(['validate'], { cwd: warningsOnly })).code).toBe(0);
    expect((await runCli(['validate', '--max-warnings', '2'], { cwd: warningsOnly })).code).toBe(0);
    const over = await runCli(['validate', '--max-warnings', '1'], { cwd: warningsOnly });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('cascade: 2 warnings, more than --max-warnings 1 allows.\n');
    // quiet hides the warnings but says so, rather than "No problems" before a failing exit
    const quiet = await runCli(['validate', '-q', '--max-warnings', '0'], { cwd: warningsOnly });
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toMatch(/^✔ No errors \(2 warnings or info hidden by --quiet; 1 file, \d+ nodes\)\.$/m);
    expect(quiet.stdout).not.toContain('No problems');
    const bad = await runCli(['validate', '--max-warnings', 'many'], { cwd: warningsOnly });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-warnings takes a whole number');
  });

  it('speaks GitHub workflow commands in GitHub Actions unless another format is asked for', async () => {
    const dir = repo({ 'plan.yaml': PLAN });
    const gh = await runCli(['validate'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(gh.stdout.split('\n')[1]).toBe(
      '::error file=plan.yaml,line=3,col=9,endLine=3,endColumn=11,title=indikator/missing::The sasaran Pemda `S1` has no indicator: add `indikator` to say how it is measured.',
    );
    expect((await runCli(['validate', '-f', 'stylish'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } })).stdout).not.toContain('::');
    expect((await runCli(['validate'], { cwd: dir })).stdout).not.toContain('::');
  });

  it('writes each format to a file with -o, in Indonesian when asked', async () => {
    const dir = repo({ 'plan.yaml': PLAN });
    for (const [format, check] of [
      ['sarif', (t: string) => expect(JSON.parse(t).runs[0].results[1].message.text).toContain('tidak memiliki indikator')],
      [
        'junit',
        (t: string) => {
          expect(XMLValidator.validate(t)).toBe(true);
          expect(t).toContain(': galat: ');
        },
      ],
      ['markdown', (t: string) => expect(t).toContain('| ❌ galat | plan.yaml | 3:9 |')],
      ['github', (t: string) => expect(t).toContain('::warning file=plan.yaml,line=5')],
      ['json', (t: string) => expect(JSON.parse(t).summary).toEqual({ errors: 1, warnings: 2, files: 1, nodes: 2, skipped: 0, context: 0 })],
      ['stylish', (t: string) => expect(t).toContain('✖ 3 masalah (1 galat, 2 peringatan)')],
    ] as const) {
      const r = await runCli(['--lang', 'id', 'validate', '-f', format, '-o', `out.${format}`], { cwd: dir });
      expect(r.stdout).toBe('');
      expect(r.code).toBe(1);
      check(readFileSync(join(dir, `out.${format}`), 'utf8'));
    }
  });
  it('passes the settings of the config to the checks', async () => {
    const plan = `cascade: 1
opd:
  - {id: D, nama: Dinas}
jabatan:
  - {id: STAF, nama: Staf, opd: D, jenis: pelaksana}
kegiatan:
  - id: K1
    nama: Kegiatan
    sop:
      - tahap: Satu
        langkah:
          - {nama: Kerja, output: 1 laporan, durasi: 100 jam, frekuensi: 10, pelaksana: STAF}
`;
    const workload = async (config?: string) => {
      const dir = repo({ 'plan.yaml': plan, ...(config ? { 'cascade.config.yaml': config } : {}) });
      return findings((await runCli(['validate', '-f', 'json'], { cwd: dir })).stdout).filter((f) => f.includes('jabatan/workload'));
    };
    expect(await workload()).toEqual([]);
    expect(await workload('settings:\n  effectiveHoursPerYear: 900\n')).toEqual(['plan.yaml:5 jabatan/workload warning']);
  });
});
