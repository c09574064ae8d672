import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

/** Each entry of examples/ is one plan: a file, or a folder of files (a planning repo). */
// examples/spreadsheets/ holds workbooks for `cascade import`, not a plan (test/import reads them).
const examples = readdirSync(join(ROOT, 'examples')).filter(
  (n) => n.endsWith('.yaml') || (n !== 'spreadsheets' && statSync(join(ROOT, 'examples', n)).isDirectory()),
);

describe('examples', () => {
  it('exist for the seed cases', () => {
    expect(examples).toEqual(expect.arrayContaining(['pariwisata', 'lalu-lintas.yaml', 'kesehatan.yaml']));
  });
  for (const name of examples) {
    it(`${name} validates with no error and no warning`, () => {
      const r = runCli(['validate', '--format', 'json', join('examples', name)]);
      const out = JSON.parse(r.stdout);
      expect(out.diagnostics).toEqual([]);
      expect(r.code).toBe(0);
    });
  }
});
