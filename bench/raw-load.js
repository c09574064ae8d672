// @ts-check
/**
 * The baseline: read every YAML file of a plan folder and parse it with one parser, nothing else.
 * `node bench/raw-load.js js-yaml|yaml <folder>`; run as its own process so that start-up counts
 * the same way it does for `cascade validate`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [parser, dir] = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
if (parser === 'js-yaml') {
  const { load } = await import('js-yaml');
  for (const f of files) load(readFileSync(join(dir, f), 'utf8'));
} else if (parser === 'yaml') {
  const { parseDocument } = await import('yaml');
  // The options cascade used to read with: the yaml package's own cost for the same job.
  for (const f of files) parseDocument(readFileSync(join(dir, f), 'utf8'), { uniqueKeys: true, strict: true }).toJS();
} else {
  process.stderr.write('usage: node bench/raw-load.js js-yaml|yaml <folder>\n');
  process.exitCode = 2;
}
