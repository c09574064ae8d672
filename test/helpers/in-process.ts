import { runCascade } from '../../src/cli/run.js';
import type { CliResult } from './cli.js';
import { ROOT } from './cli.js';

type Stream = { isTTY?: boolean };

/**
 * Runs `cascade …` in this process, as runCli does in a new one (no colour, English, unless asked),
 * at a fraction of the cost: stdout and stderr are captured, the environment and working folder
 * are set for the call and put back after, so calls must not overlap (await each). Commands that must be seen as the built bin (exit
 * codes from a real process, the bundle) keep runCli.
 */
export async function runInProcess(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; stderrTTY?: boolean } = {}): Promise<CliResult> {
  const env = { LANG: 'C', NO_COLOR: '1', ...opts.env };
  const savedEnv = { ...process.env };
  const savedCwd = process.cwd();
  const out: string[] = [];
  const err: string[] = [];
  const streams = [
    [process.stdout, out],
    [process.stderr, err],
  ] as const;
  const saved = streams.map(([s]) => ({ write: s.write, isTTY: (s as unknown as Stream).isTTY }));
  for (const k of Object.keys(process.env)) if (!['PATH', 'HOME', 'TMPDIR'].includes(k)) delete process.env[k];
  for (const [k, v] of Object.entries(env))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  for (const [s, sink] of streams) {
    s.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      sink.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      cb?.();
      return true;
    }) as typeof s.write;
    (s as unknown as Stream).isTTY = s === process.stderr && opts.stderrTTY ? true : undefined;
  }
  process.exitCode = undefined;
  process.chdir(opts.cwd ?? ROOT);
  try {
    await runCascade(['node', 'cascade', ...args]);
    return { code: Number(process.exitCode ?? 0), stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.exitCode = undefined;
    process.chdir(savedCwd);
    streams.forEach(([s], i) => {
      s.write = saved[i].write;
      (s as unknown as Stream).isTTY = saved[i].isTTY;
    });
    for (const k of Object.keys(process.env)) delete process.env[k];
    Object.assign(process.env, savedEnv);
  }
}
