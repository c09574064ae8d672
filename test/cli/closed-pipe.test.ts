import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, hasStackTrace } from '../helpers/cli.js';

// The process boundary is the point here: a reader that closes the pipe early (`| head`).
const dir = mkdtempSync(join(tmpdir(), 'cascade-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A plan with thousands of findings: more output than a pipe buffer holds. */
function noisyPlan(): string {
  const lines = ['cascade: 1', 'periode: 2025-2029', 'sasaran:'];
  for (let i = 0; i < 3000; i++) lines.push(`  - id: S${i}`, `    nama: Sasaran ${i}`, `    kunci${i}: 1`);
  writeFileSync(join(dir, 'rpjmd.yaml'), `${lines.join('\n')}\n`);
  return dir;
}

function readFirstBytesThenClose(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, LANG: 'C', NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('output to a pipe the reader closed', () => {
  const plan = noisyPlan();
  for (const format of ['stylish', 'json']) {
    it(`validate --format ${format} | head: stops quietly with the findings' exit code`, async () => {
      const r = await readFirstBytesThenClose(['validate', plan, '--format', format]);
      expect(hasStackTrace(r.stderr)).toBe(false);
      expect(r.stderr).not.toMatch(/EPIPE/);
      expect(r.code).toBe(1);
    });
  }
});
