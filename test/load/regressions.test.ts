import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/load/source.js';
import { differences } from './parse-paths.js';

/**
 * The four ways the removed js-yaml path read texts unlike the `yaml` package (issue 14, found
 * in 1,144 of 178,000 generated texts). Each text must now read exactly as the reference does.
 */
const read = (text: string) => SourceFile.parse('plan.yaml', text);
const rules = (f: SourceFile) => f.problems.map((p) => `${p.rule}@${p.span.line}:${p.span.column}`);

describe('texts the js-yaml path read unlike the yaml package', () => {
  it('a key after a flow mapping on the same line is a syntax error, not a top-level key', () => {
    const text = 'cascade: 1\nopd:\n- {id: A, nama: B} pagu: Rp 1 M\n';
    const f = read(text);
    expect(rules(f)).toEqual(['yaml/syntax@3:20']); // at `pagu`, where the line stops making sense
    expect((f.data as Record<string, unknown>).pagu).toBeUndefined();
    expect(differences(text)).toEqual([]);
  });

  it('an escaped line break followed by an empty line reads the same whatever else is in the file', () => {
    const text = 'a: "Bantuan\\\n\n  koperasi"\n';
    const withAnchor = `${text}b: &x 1\nc: *x\n`;
    const plain = (read(text).data as { a: string }).a;
    expect(plain).toBe((read(withAnchor).data as { a: string }).a);
    expect(plain).toBe((SourceFile.parse('p.yaml', text, 'yaml').data as { a: string }).a);
    expect(differences(text)).toEqual([]);
    expect(differences(withAnchor)).toEqual([]);
  });

  it('block scalars with an indentation indicator or keep chomping own only the lines the yaml package gives them', () => {
    for (const text of ['a: |2\n   x\n   \n', 'a: |+\n  x\n\n\nb: 1\n', 'a: >1-\n  x\n \nb: 1\n', 'a: |2+\n   x\n  \n']) {
      expect(differences(text), JSON.stringify(text)).toEqual([]);
    }
    expect(read('a: |2\n   x\n   \n').data).toEqual({ a: ' x\n' });
  });

  it('tab-only and tab-led comment lines inside a block read as the yaml package reads them', () => {
    // The yaml package finds these two wrong (js-yaml accepted them):
    expect(rules(read('a:\n  b: |\n    x\n\t\n  c: 2\n'))).toEqual(['yaml/syntax@4:1']);
    expect(rules(read('a:\n  b\n\t\n  c\n'))).toHaveLength(1);
    for (const text of [
      'a:\n  b: |\n    x\n\t\n  c: 2\n',
      'a:\n  b\n\t\n  c\n',
      'a:\n  b: 1\n\t\n  c: 2\n',
      'a:\n  b: 1\n\t# x\n  c: 2\n',
      'a:\n  - x\n\t\n  - y\n',
      'a: |\n  x\n\t\n  y\n',
      'a:\n  b: 1\n \t# x\n  c: 2\n',
    ]) {
      expect(differences(text), JSON.stringify(text)).toEqual([]);
    }
  });
});
