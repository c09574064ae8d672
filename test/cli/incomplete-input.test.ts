import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, hasStackTrace, ROOT, runCli } from '../helpers/cli.js';

/** A copy of the tourism example whose dispar.yaml has a quote left open on line `line`. */
function brokenCopy(): { dir: string; line: number } {
  const dir = mkdtempSync(join(tmpdir(), 'cascade-broken-'));
  cpSync(join(ROOT, 'examples/pariwisata'), dir, { recursive: true });
  const file = join(dir, 'dispar.yaml');
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => /^\s+nama: /.test(l));
  lines[line] = lines[line].replace('nama: ', 'nama: "');
  writeFileSync(file, lines.join('\n'));
  return { dir, line: line + 1 };
}

describe('a plan that cannot be read whole', () => {
  it('is refused by every command that would draw, sum or table it without the broken file (exit 2)', () => {
    const { dir } = brokenCopy();
    for (const args of [['budget-summary'], ['table', 'cascade'], ['table', 'iku'], ['render', '-f', 'dot'], ['workload'], ['trace', 'S1']]) {
      const r = runCli([...args, dir]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr).toMatch(/1 file could not be read/);
      expect(r.stderr).toMatch(/dispar\.yaml:\d+:\d+ /);
      expect(r.stderr).toContain('cascade validate');
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
    // validate is where the problem is reported, as a finding: exit 1
    const v = runCli(['validate', dir]);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/dispar\.yaml/);
  });

  it('says so in Indonesian too', () => {
    const { dir } = brokenCopy();
    const r = runCli(['budget-summary', dir, '--lang', 'id']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/1 file tidak dapat dibaca/);
  });
});

describe('paths that are no plan', () => {
  it('refuses a FIFO or a device instead of blocking on it', () => {
    const r = runCli(['validate', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Not a file or folder: \/dev\/zero/);
    const dir = mkdtempSync(join(tmpdir(), 'cascade-fifo-'));
    const fifo = join(dir, 'plan.yaml');
    if (spawnSync('mkfifo', [fifo]).status === 0) {
      const f = runCli(['validate', fifo]);
      expect(f.code).toBe(2);
      expect(f.stderr).toMatch(/Not a file or folder/);
    }
  });

  it('reports a folder it may not read as one finding and checks the rest, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cascade-locked-'));
    chmodSync(dir, 0o755);
    cpSync(join(ROOT, 'examples/lalu-lintas.yaml'), join(dir, 'plan.yaml'));
    chmodSync(join(dir, 'plan.yaml'), 0o644);
    mkdirSync(join(dir, 'locked'), { mode: 0o000 });
    chmodSync(join(dir, 'locked'), 0o000);
    // root reads every folder: drop to nobody for the run, as a planner's account would be.
    const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
    const r = spawnSync(asUser[0], [...asUser.slice(1), BIN, 'validate', dir], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LANG: 'C', NO_COLOR: '1' },
    });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^locked\n +1:1 +error +The file cannot be read: permission denied\. +file\/unreadable$/m);
    expect(r.stdout).toMatch(/2 files/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe('--tahun outside the periode', () => {
  it('is refused by every table, as by budget-summary', () => {
    for (const view of ['cascade', 'iku', 'sop', 'crosscutting']) {
      const r = runCli(['table', view, 'examples/pariwisata', '--tahun', '2040']);
      expect(r.code, view).toBe(2);
      expect(r.stderr).toContain("--tahun 2040 is outside the plan's periode 2025–2029");
    }
    const ok = runCli(['table', 'iku', 'examples/pariwisata', '--tahun', '2027']);
    expect(ok.code).toBe(0);
    expect(runCli(['table', 'iku', 'examples/pariwisata', '--tahun', '27']).stderr).toContain('--tahun: "27" is not a year');
  });
});
