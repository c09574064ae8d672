import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, hasStackTrace } from '../../helpers/cli.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { folder, type Finding } from '../../hardening/hostile.js';

ruleTester('file/unreadable', {
  valid: ['cascade: 1\npemda: Kabupaten Contoh\n'],
  invalid: [
    {
      name: 'a device that never ends',
      files: { 'zero.yaml': { disk: '/dev/zero' } },
      errors: [{ file: '/dev/zero', line: 1, column: 1, message: 'larger than 64 MB' }],
    },
    { name: 'a folder', files: { 'dir.yaml': { disk: '/' } }, errors: [{ file: '/', line: 1, column: 1, message: 'folder cannot be read' }] },
    {
      name: 'no such file',
      files: { 'gone.yaml': { disk: '/nonexistent/x.yaml' } },
      errors: [{ file: '/nonexistent/x.yaml', line: 1, column: 1, message: '(ENOENT)' }],
    },
  ],
});

const PLAN = readFileSync('examples/pariwisata/dispar.yaml', 'utf8');
const BROKEN = PLAN.replace('mendukung: KSF-OBYEK', 'mendukung: KSF-NOWHERE');

/** `validate --format json`, as root or (to meet EACCES, which root never does) as `nobody`. */
function validate(dir: string, asNobody = false): { code: number | null; findings: Finding[]; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, 'validate', '-f', 'json', dir], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, LANG: 'C', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 30_000,
    ...(asNobody ? { uid: 65534, gid: 65534 } : {}),
  });
  expect(hasStackTrace(r.stderr), r.stderr).toBe(false);
  expect(r.stdout.startsWith('{'), r.stderr).toBe(true);
  return { code: r.status, findings: (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics, stderr: r.stderr };
}

// The other file was checked: its reference to nothing is found (as not checkable, since a file is missing).
const checked = (fs: Finding[]) => fs.some((f) => /^ref\/(unknown|unchecked)$/.test(f.rule) && f.file.endsWith('dispar.yaml'));
const unreadable = (fs: Finding[]) => fs.filter((f) => f.rule === 'file/unreadable').map((f) => `${f.file.split('/').pop()}: ${f.message}`);

describe('a file that cannot be read is one finding, and the rest is checked', () => {
  it('a link to /proc/self/pagemap: the bytes read are capped, whatever the size on disk says', () => {
    const dir = folder({ 'plan/dispar.yaml': BROKEN });
    symlinkSync('/proc/self/pagemap', join(dir, 'plan', 'pagemap.yaml'));
    const r = validate(dir);
    expect(r.code).toBe(1);
    expect(unreadable(r.findings)).toEqual([expect.stringMatching(/^pagemap\.yaml: The file is larger than 64 MB/)]);
    expect(checked(r.findings)).toBe(true);
  });

  it('a file name that is not UTF-8', () => {
    const dir = folder({ 'dispar.yaml': BROKEN });
    writeFileSync(Buffer.from(`${dir}/dinas-p\xe9.yaml`, 'latin1'), 'cascade: 1\n');
    const r = validate(dir);
    expect(unreadable(r.findings)).toEqual([expect.stringMatching(/^dinas-p\uFFFD\.yaml: The file name is not valid UTF-8/)]);
    expect(checked(r.findings)).toBe(true);
  });

  it('permission denied on a file and on a folder (EACCES, met as an unprivileged user)', () => {
    const dir = folder({ 'dispar.yaml': BROKEN, 'secret.yaml': 'cascade: 1\n', 'locked/inner.yaml': 'cascade: 1\n' });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'dispar.yaml'), 0o644);
    chmodSync(join(dir, 'secret.yaml'), 0o600);
    chmodSync(join(dir, 'locked'), 0o700);
    if (process.getuid?.() !== 0 && !existsSync('/proc/self')) return;
    const r = validate(dir, process.getuid?.() === 0);
    expect(r.code).toBe(1);
    expect(unreadable(r.findings).sort()).toEqual([
      'locked: The file cannot be read: permission denied.',
      'secret.yaml: The file cannot be read: permission denied.',
    ]);
    expect(checked(r.findings)).toBe(true);
  });

  it('tables and charts refuse to run without the file, in one line', () => {
    const dir = folder({ 'dispar.yaml': PLAN });
    mkdirSync(join(dir, 'sub'));
    symlinkSync('/proc/self/pagemap', join(dir, 'sub', 'x.yaml'));
    const r = spawnSync(process.execPath, [BIN, 'table', 'iku', dir], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C' } });
    expect(r.status).toBe(2);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stderr).toMatch(/x\.yaml:1:1 +The file is larger than 64 MB/);
  });
});
