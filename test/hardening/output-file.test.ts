import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, hasStackTrace } from '../helpers/cli.js';
import { folder } from './hostile.js';

/** `-o` onto what is not a regular file, and a write that is killed half-way. */

const PLAN = 'examples/pariwisata';

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C', NO_COLOR: '1' } });
  expect(hasStackTrace(r.stderr), r.stderr).toBe(false);
  return r;
}

/**
 * A device of the test's own when root can make one (mknod), so a regression replaces that copy and
 * never the machine's /dev/null; without root /dev/null itself, which then cannot be renamed over.
 */
function nullDevice(): string {
  if (process.getuid?.() !== 0) return '/dev/null';
  const dev = join(folder({}), 'null');
  expect(spawnSync('mknod', ['-m', '666', dev, 'c', '1', '3']).status).toBe(0);
  return dev;
}

describe('-o onto what is not a regular file', () => {
  it('a null device stays the device (as root too): written through, never renamed over', () => {
    const dev = nullDevice();
    const before = lstatSync(dev);
    expect(before.isCharacterDevice()).toBe(true);
    const r = run(['validate', '-f', 'json', '-o', dev, PLAN]);
    expect(r.status).toBe(0);
    const after = lstatSync(dev);
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.rdev).toBe(before.rdev);
    expect(readdirSync(join(dev, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('/dev/stdout writes to the standard output (a pipe or a socket), and a link to it stays a link', () => {
    const r = run(['validate', '-o', '/dev/stdout', PLAN]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/No problems/);
    // The same through a link of the test's own, so a regression cannot replace the machine's.
    const dir = folder({});
    symlinkSync('/proc/self/fd/1', join(dir, 'out'));
    const shell = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" validate -o "${join(dir, 'out')}" ${PLAN} > "${join(dir, 'file.txt')}"`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(shell.status, shell.stderr).toBe(0);
    expect(lstatSync(join(dir, 'out')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'file.txt'), 'utf8')).toMatch(/No problems/);
  });

  it('a symbolic link is written through: the link stays, its file gets the report', () => {
    const dir = folder({ 'real.txt': 'OLD\n' });
    symlinkSync('real.txt', join(dir, 'report.txt'));
    expect(run(['table', 'iku', '-f', 'csv', '-o', join(dir, 'report.txt'), PLAN]).status).toBe(0);
    expect(readlinkSync(join(dir, 'report.txt'))).toBe('real.txt');
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toMatch(/^\uFEFF?ID,|^[^\n]*,/);
    expect(readdirSync(dir).sort()).toEqual(['real.txt', 'report.txt']);
  });

  it('a link to a YAML file is refused like the YAML file itself', () => {
    const dir = folder({ 'notes.yaml': 'rapat: 1\n' });
    symlinkSync('notes.yaml', join(dir, 'out.md'));
    const r = run(['table', 'iku', '-f', 'md', '-o', join(dir, 'out.md'), PLAN]);
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, 'notes.yaml'), 'utf8')).toBe('rapat: 1\n');
  });

  it('a folder is refused in one line', () => {
    const dir = folder({});
    const r = run(['validate', '-o', dir, PLAN]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(statSync(dir).isDirectory()).toBe(true);
  });
});

describe('a write killed half-way', () => {
  it('SIGTERM while the temporary file is written: it is removed, and the exit says so', async () => {
    const dir = folder({});
    const target = join(dir, 'big.csv');
    const script = join(dir, 'write.mjs');
    // 256 MB, so the write is still going when the signal comes.
    // emit itself (the CLI is one bundle), run through tsx as the bench scripts are.
    writeFileSync(
      script,
      `import { emit } from ${JSON.stringify(pathToFileURL(join(ROOT, 'src/cli/output.ts')).href)};\nawait emit(new Uint8Array(256 * 1024 * 1024).fill(65), ${JSON.stringify(target)});\n`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: 'ignore' });
    let ended = false;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.on('exit', (code, signal) => ((ended = true), done({ code, signal }))),
    );
    let seen = false;
    for (let k = 0; k < 20_000 && !seen && !ended; k++) {
      seen = readdirSync(dir).some((f) => f.endsWith('.tmp'));
      if (!seen) await new Promise((r) => setTimeout(r, 1));
    }
    expect(seen, 'the temporary file was never seen').toBe(true);
    child.kill('SIGTERM');
    const end = await exited;
    expect(end.signal === 'SIGTERM' || end.code === 143).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
