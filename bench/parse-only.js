// @ts-check
/**
 * The parsers alone, in one warm process, on the texts of a plan folder: js-yaml's `load`, the
 * `yaml` package, and cascade's own reading (data and positions, by whichever path reads each
 * file). Prints JSON { name: median ms }. `node bench/parse-only.js <folder>`
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { parseDocument } from 'yaml';
import { median } from './measure.js';

const dir = process.argv[2];
const texts = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const { SourceFile } = await import(new URL('../src/load/source.ts', import.meta.url).href);
const runs = {
  'js-yaml load': () => {
    for (const t of texts) load(t);
  },
  'yaml package': () => {
    for (const t of texts) parseDocument(t, { uniqueKeys: true, strict: true }).toJS();
  },
  'cascade (data + positions)': () => {
    for (const t of texts) SourceFile.parse('p.yaml', t);
  },
};
/** @type {Record<string, number[]>} */
const times = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
for (let round = 0; round < 5; round++) {
  for (const [name, run] of Object.entries(runs)) {
    const t = performance.now();
    run();
    times[name].push(performance.now() - t);
  }
}
const readBy = texts.map((t) => SourceFile.parse('p.yaml', t).readBy);
process.stdout.write(
  `${JSON.stringify({ ...Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(median(v))])), readBy: [...new Set(readBy)] })}\n`,
);
