import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, hasStackTrace } from '../helpers/cli.js';

export { hasStackTrace };

export interface Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  rule: string;
  message: string;
}

export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Killed for running past the time limit: a hang. */
  timedOut: boolean;
  findings: Finding[];
}

/** A fresh folder holding the given files (text or raw bytes). */
export function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cascade-hostile-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Runs the built CLI (`node bin/cascade.js …`) with a time limit; reads its JSON findings when it printed some. */
export function cascade(args: string[], timeoutMs = 30_000): Outcome {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
  });
  let findings: Finding[] = [];
  if (args.includes('json') && r.stdout.trim().startsWith('{')) findings = (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics;
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT',
    findings,
  };
}

/** `cascade validate --format json <paths>`. */
export function validate(...paths: string[]): Outcome {
  return cascade(['validate', '--format', 'json', ...paths]);
}
