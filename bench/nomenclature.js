// @ts-check
/**
 * `node bench/nomenclature.js [<bin/cascade.js of a build to compare with>]`: what the nomenclature
 * costs `cascade validate` at start-up, as ratios timed interleaved in one run. A plan with kode
 * loads data/nomenklatur/2021.json.gz (gunzip and JSON.parse); a plan without any kode must not.
 * Compared: this build with the nomenclature on and off (settings.nomenklatur), and, when given,
 * an older build (before the nomenclature existed) on the same plans.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'cascade.js');
const base = process.argv[2];
const rounds = Number(process.env.ROUNDS ?? 15);
// Outside the repository, so no cascade.config.yaml of ours is found; `off` comes from its own file.
const work = mkdtempSync(join(tmpdir(), 'cascade-bench-nomenklatur-'));
const off = join(work, 'off.yaml');
writeFileSync(off, 'settings:\n  nomenklatur: "off"\n');
const plans = { 'with kode': join(ROOT, 'examples', 'lalu-lintas.yaml'), 'without kode': join(ROOT, 'examples', 'kesehatan.yaml') };
try {
  for (const [what, plan] of Object.entries(plans)) {
    const cmds = [
      { name: 'on', argv: [process.execPath, CLI, 'validate', '--no-config', plan], cwd: work },
      { name: 'off', argv: [process.execPath, CLI, 'validate', '--config', off, plan], cwd: work },
      ...(base ? [{ name: 'before', argv: [process.execPath, base, 'validate', '--no-config', plan], cwd: work }] : []),
    ];
    const t = Object.fromEntries(compare(cmds, rounds).map((r) => [r.name, r.median]));
    const ratio = (a, b) => (t[a] / t[b]).toFixed(3);
    console.log(
      `${what}: on ${t.on.toFixed(0)} ms, off ${t.off.toFixed(0)} ms (on/off ${ratio('on', 'off')})` +
        (base ? `, before ${t.before.toFixed(0)} ms (on/before ${ratio('on', 'before')})` : ''),
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
