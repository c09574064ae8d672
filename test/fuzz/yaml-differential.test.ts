import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/load/source.js';
import { differences } from '../load/parse-paths.js';
import { yamlLike } from '../load/yaml-like.js';
import { applyDamage, damage } from './mutations.js';

/**
 * The scanner against the yaml package on generated texts: every scalar style, flow, comments,
 * tabs, CRLF, BOM, valid or not (test/load/yaml-like.ts), and damaged examples. Each text must
 * give the same data, problems, comments, and for every path the same ranges and number forms.
 * `npm test` runs a short fixed-seed sample; `npm run test:fuzz` (CASCADE_FUZZ=long) runs
 * 100,000 generated texts with a new seed.
 */
const LONG = process.env.CASCADE_FUZZ === 'long';
const settings = (numRuns: number) => ({ numRuns, ...(LONG ? {} : { seed: 20261208 }) });
const timeout = LONG ? 3_600_000 : 60_000; // 100,000 texts took 22 minutes here with the machine busy

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
const EXAMPLES = yamlFiles('examples').map((f) => readFileSync(f, 'utf8'));

describe('the scanner against the yaml package, on generated YAML', () => {
  it(
    'agrees on random YAML-like text, valid or not, and reads much of it itself',
    () => {
      const by = { scan: 0, yaml: 0, none: 0 };
      fc.assert(
        fc.property(yamlLike, (text) => {
          by[SourceFile.parse('t.yaml', text).readBy]++;
          expect(differences(text, 500)).toEqual([]);
        }),
        settings(LONG ? 100_000 : 250),
      );
      // Tame texts are valid YAML in the scanner's subset: a generator that fed it none would prove nothing.
      expect(by.scan).toBeGreaterThan((by.scan + by.yaml + by.none) / 5);
    },
    timeout,
  );

  it(
    'agrees on randomly damaged examples',
    () => {
      fc.assert(
        fc.property(fc.nat(), damage, (i, d) => {
          let text: string;
          try {
            text = applyDamage(EXAMPLES[i % EXAMPLES.length], d);
          } catch {
            return; // some generated values cannot be written back as YAML: not a case
          }
          expect(differences(text, 2000)).toEqual([]);
        }),
        settings(LONG ? 10_000 : 50),
      );
    },
    timeout,
  );
});
