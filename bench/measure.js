// @ts-check
/**
 * Times child processes. The machine is noisy, so commands that are compared are run
 * interleaved (A B C A B C …) and compared by their medians: drift hits all of them alike.
 */
import { spawnSync } from 'node:child_process';

/**
 * @typedef {{ name: string, argv: string[], cwd?: string }} Cmd
 * @typedef {{ name: string, ms: number[], median: number, peakKb: number, status: number | null }} Timing
 */

/** Runs one command once; returns wall time (ms), peak RSS (KB) of the child, and its exit status. */
export function runOnce(/** @type {Cmd} */ cmd) {
  // /usr/bin/time would add its own start-up; Node reports the child's max RSS itself.
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd.argv[0], cmd.argv.slice(1), { cwd: cmd.cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  return { ms, status: r.status, stderr: String(r.stderr ?? '') };
}

/** Wall-time medians of several commands, run interleaved `rounds` times after one warm-up each. */
export function compare(/** @type {Cmd[]} */ cmds, rounds = 7) {
  /** @type {Map<string, number[]>} */
  const times = new Map(cmds.map((c) => [c.name, []]));
  /** @type {Map<string, number | null>} */
  const status = new Map();
  for (const c of cmds) status.set(c.name, runOnce(c).status); // warm the file cache
  for (let r = 0; r < rounds; r++) {
    for (const c of cmds) {
      const once = runOnce(c);
      times.get(c.name)?.push(once.ms);
      status.set(c.name, once.status);
    }
  }
  return cmds.map((c) => {
    const ms = /** @type {number[]} */ (times.get(c.name));
    return { name: c.name, ms, median: median(ms), status: status.get(c.name) ?? null };
  });
}

/**
 * The ratio of two commands timed in the same rounds: the median of the ratios round by round.
 * Runs of one round ran seconds apart, under the same load, so on a shared machine this holds
 * better than the ratio of the two medians (given beside it in RESULTS.md as milliseconds).
 */
export function pairedRatio(/** @type {{ ms: number[] }} */ a, /** @type {{ ms: number[] }} */ b) {
  return median(a.ms.map((x, i) => x / b.ms[i]));
}

export function median(/** @type {number[]} */ xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
