import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../helpers/cli.js';

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cascade-validate-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const BROKEN = 'cascade: 1\nsasaran_opd:\n  - {id: SS1, nama: x, opd: NOPE, mendukung: K1, indikator: [{nama: i}]}\n';

describe('cascade validate', () => {
  it('reads the multi-file example as one plan, skipping YAML that is no cascade file', () => {
    const r = runCli(['validate', 'examples/pariwisata']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No problems \(7 files, \d+ nodes; 1 other YAML file skipped\)/);
  });

  it('prints the JSON contract exactly', () => {
    const dir = tempDir({ 'plan.yaml': BROKEN });
    const r = runCli(['validate', '--format', 'json', dir]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['diagnostics', 'summary']);
    expect(Object.keys(out.summary)).toEqual(['errors', 'warnings', 'files', 'nodes', 'skipped', 'context']);
    const d = out.diagnostics.find((x: { rule: string }) => x.rule === 'ref/unknown');
    expect(Object.keys(d)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message', 'node']);
    expect(d).toMatchObject({ line: 3, column: 29, endLine: 3, endColumn: 33, severity: 'error', node: 'NOPE' });
    expect(d.file.endsWith('plan.yaml')).toBe(true);
    expect(out.summary).toMatchObject({ files: 1, nodes: 1 });
    expect(out.summary.errors).toBe(out.diagnostics.filter((x: { severity: string }) => x.severity === 'error').length);
  });

  it('groups human output by file with file:line:column and rule id, and a summary line', () => {
    const dir = tempDir({ 'a.yaml': BROKEN });
    const r = runCli(['validate', 'a.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('a.yaml\n');
    expect(r.stdout).toMatch(/ {2}3:29 +error +`opd` names `NOPE`.*ref\/unknown/);
    expect(r.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings?\)/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('colours only when asked to, and never under NO_COLOR or --no-color', () => {
    const dir = tempDir({ 'a.yaml': BROKEN });
    expect(runCli(['validate', 'a.yaml'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(runCli(['validate', '--no-color', 'a.yaml'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    expect(runCli(['validate', 'a.yaml'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('exits 0 with warnings only', () => {
    const dir = tempDir({ 'a.yaml': 'cascade: 1\nsasaran:\n  - {id: S1, nama: x, indikator: [{nama: i, satuan: "%", target: 10}]}\n' });
    const r = runCli(['validate', '--format', 'json', dir]);
    const out = JSON.parse(r.stdout);
    expect(out.summary.errors).toBe(0);
    expect(out.summary.warnings).toBeGreaterThan(0);
    expect(r.code).toBe(0);
  });

  it('defaults to the current folder', () => {
    const dir = tempDir({ 'sub/a.yaml': BROKEN, 'other.yaml': 'name: not a plan\n' });
    const r = runCli(['validate', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary.files).toBe(1);
  });

  it('exits 2 with one line, no stack trace, for a path that does not exist or a bad format', () => {
    const missing = runCli(['validate', 'no/such/place']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/No such file or folder: no\/such\/place/);
    expect(hasStackTrace(missing.stderr)).toBe(false);
    const badFormat = runCli(['validate', '--format', 'nope', 'examples/kesehatan.yaml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/Unknown format "nope"/);
    expect(runCli(['validate', '--bogus']).code).toBe(2);
  });

  it('reports malformed YAML at its line with exit 1', () => {
    const dir = tempDir({ 'a.yaml': 'cascade: 1\nsasaran:\n  - id: "S1\n    nama: x\n' });
    const r = runCli(['validate', '--format', 'json', dir]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.diagnostics[0]).toMatchObject({ rule: 'yaml/syntax', severity: 'error' });
    expect(out.diagnostics[0].line).toBeGreaterThanOrEqual(3);
  });

  it('speaks Indonesian when asked or when the locale is Indonesian', () => {
    const dir = tempDir({ 'a.yaml': BROKEN });
    expect(runCli(['--lang', 'id', 'validate', 'a.yaml'], { cwd: dir }).stdout).toMatch(/galat .*menunjuk `NOPE`/);
    expect(runCli(['validate', 'a.yaml'], { cwd: dir, env: { LANG: 'id_ID.UTF-8' } }).stdout).toMatch(/galat/);
  });
});

describe('-o', () => {
  it('never overwrites a YAML file, even one that was not read as a plan', () => {
    const dir = tempDir({ 'plan.yaml': BROKEN, 'catatan.yaml': 'rapat: penting\n' });
    const r = runCli(['validate', '--format', 'json', '-o', 'catatan.yaml', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Refusing to overwrite the YAML file catatan\.yaml/);
    expect(readFileSync(join(dir, 'catatan.yaml'), 'utf8')).toBe('rapat: penting\n');
  });

  it('writes the report to a new file', () => {
    const dir = tempDir({ 'plan.yaml': BROKEN });
    const r = runCli(['validate', '--format', 'json', '-o', 'report.json', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.errors).toBeGreaterThan(0);
  });
});
