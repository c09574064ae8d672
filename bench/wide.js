// @ts-check
/**
 * One mapping of many keys and one `pagu` of many years: shapes no real plan has, which a reader
 * that scans every key for every finding slows on quadratically. `validate` at n and 10n, run
 * interleaved; linear growth gives a ratio near 10. Usage: node bench/wide.js [rounds]
 * (after npm run build). Writes its plans to a temporary folder and removes it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compare } from './measure.js';

const HEAD = 'cascade: 1\npemda: Kabupaten Contoh\nperiode: 2025-2029\n';
const SHAPES = {
  /** Top-level keys the format does not know: one finding each. */
  keys: (/** @type {number} */ n) => `${HEAD}${Array.from({ length: n }, (_, i) => `k${i}: ${i}\n`).join('')}`,
  /** One OPD's pagu given for n years, nearly all outside the periode: one finding each. */
  years: (/** @type {number} */ n) =>
    `${HEAD}opd:\n  - id: O\n    nama: o\n    pagu:\n${Array.from({ length: n }, (_, i) => `      ${2025 + i}: Rp 1 M\n`).join('')}`,
};
const SIZES = { keys: [100_000, 1_000_000], years: [5_000, 50_000] };
const rounds = Number(process.argv[2] ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'cascade-wide-'));
try {
  const bin = join(import.meta.dirname, '..', 'bin', 'cascade.js');
  for (const [name, make] of Object.entries(SHAPES)) {
    const cmds = SIZES[/** @type {'keys' | 'years'} */ (name)].map((n) => {
      const d = join(dir, `${name}-${n}`);
      mkdirSync(d);
      writeFileSync(join(d, 'plan.yaml'), make(n));
      return {
        name: `${name} ${n.toLocaleString('en')}`,
        argv: [process.execPath, bin, 'validate', d, '--format', 'json', '-o', join(dir, `${name}-${n}.json`)],
      };
    });
    const [small, large] = compare(cmds, rounds);
    console.log(
      `${small.name}: ${(small.median / 1000).toFixed(1)} s; ${large.name}: ${(large.median / 1000).toFixed(1)} s; ratio ${(large.median / small.median).toFixed(1)} (exit ${large.status})`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
