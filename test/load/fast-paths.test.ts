import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePlan } from '../../bench/generate.js';
import { SourceFile } from '../../src/load/source.js';
import { differences } from './parse-paths.js';

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
const readBy = (text: string) => SourceFile.parse('t.yaml', text).readBy;
const EXAMPLES = yamlFiles('examples').map((f) => ({ f, text: readFileSync(f, 'utf8') }));

describe('the scanner against the yaml package', () => {
  it('reads every example by the fast path, with the same data and positions', () => {
    expect(EXAMPLES.length).toBeGreaterThan(5);
    for (const { f, text } of EXAMPLES) {
      expect(readBy(text), f).toBe('scan');
      expect(differences(text), f).toEqual([]);
    }
  });

  it('reads a generated plan the same way', () => {
    for (const [name, text] of generatePlan({ opds: 1, programs: 2, kegiatan: 2, sub: 2 })) {
      expect(readBy(text), name).toBe('scan');
      expect(differences(text), name).toEqual([]);
    }
  });

  // Each: the path it should take, and the text. Both paths must still agree on all of them.
  const CASES: Array<[string, 'scan' | 'yaml', string]> = [
    [
      'empty values, comments, quotes, flow and block',
      'yaml',
      'a: 1\nb:   # c\nc: "x y"  # z\nd: |\n  lit\n  more\ne:\n  - x\n  -\n  - {p: 1, q}\nf: [1 , 2 ] # k\ng: x\n  y\n',
    ],
    [
      'literal and folded blocks, stripped and clipped',
      'scan',
      'a: |\n  lit\n  more\nb: >-\n\n  folded\n  text\n\n  para\n    deeper\nc: >\n  x\n     \n\nd: end',
    ],
    ['a kept block', 'yaml', 'c: |+\n  keep\n\n\nd: end'],
    ['an indentation indicator', 'yaml', 'a: |2\n   x\n   \n'],
    ['flow edge cases, multi-line quotes', 'yaml', "a: {x: , y: 2}\nb: [ ]\nc: { }\nd: [a, b, ]\ne: \"multi\n  line\"\nf: 'it''s'"],
    ['BOM and CRLF', 'scan', '\uFEFFa: 1\r\nb: "q"\r\nc:\r\n  - x\r\nd: |\r\n  x\r\n\r\n'],
    ['YAML 1.2 numbers, out-of-range floats', 'scan', 'a: 1e999\nb: -1e999\nc: 1.200\nd: 0o17\ne: .inf\n1e999: k\n2025: y'],
    ['block headers with comments', 'scan', 'a: |\n  x\nb: >  # c|d\n  y\n'],
    ['__proto__ and constructor keys', 'scan', '__proto__: {polluted: 1}\nconstructor: {prototype: {x: 1}}'],
    [
      'lists beside and under keys, compact mappings, empty values',
      'scan',
      'a:\n- x\n-\n- k: v\n  l:\n  - 1\nb:   # c\nc:\n  d: "q # not a comment"\n  e: \'it\'\'s\'\n"f g": 2\n',
    ],
    [
      'flow over several lines, with comments',
      'scan',
      'j:\n  - {id: A, nama: Kepala, # c\n     sasaran: [S1, S2,\n       S3], n: 1.200}\n  - {"q":1, \'r\': [ ]}\n',
    ],
    ['a value that goes on to the next lines', 'scan', 'a: b\n  c\n\n  d # e\nf: 1\n'],
    ['escapes in double quotes', 'scan', 'a: "x\\ty \\u00e9 \\"q\\""'],
    ['a document start', 'scan', '--- # plan\na: 1'],
    ['a syntax error', 'yaml', 'a: "unterminated\nb: 1'],
    ['a duplicate key', 'yaml', 'a: 1\na: 2'],
    ['keys equal only as text', 'yaml', '1: a\n"1": b'],
    ['an alias', 'yaml', 'a: &x 1\nb: *x'],
    ['a tag', 'yaml', 'a: !!str 1'],
    ['a directive', 'yaml', '%YAML 1.2\n---\na: 1'],
    ['two documents', 'yaml', 'a: 1\n---\nb: 2'],
    ['an empty file', 'yaml', ''],
    ['a top-level list', 'yaml', '- a'],
    ['a top-level scalar', 'yaml', 'x'],
    ['a null key', 'yaml', '~: a\nb: 1'],
    ['a complex key', 'yaml', '? [a, b]\n: c'],
    ['a pair in a flow list', 'yaml', 'a: [b: c]'],
    ['a lone carriage return', 'yaml', 'a: 1\rb: 2'],
    ['a tab before a value', 'yaml', 'a:\tb'],
  ];
  it.each(CASES)('%s', (_name, path, text) => {
    expect(readBy(text)).toBe(path);
    expect(differences(text)).toEqual([]);
  });

  it('reads unquoted scalars as the YAML 1.2 core schema does', () => {
    const forms = [
      '1.200',
      '1_000',
      '0o17',
      '0O17',
      '017',
      '0x1F',
      '0X1f',
      '0b101',
      '+12',
      '-0',
      '+0.5',
      '.5',
      '5.',
      '1e3',
      '1E+3',
      '1.5e-3',
      '-.inf',
      '+.INF',
      '.Inf',
      '.nan',
      '.NaN',
      '.NAN',
      'nan',
      '~',
      'null',
      'Null',
      'NULL',
      'nUll',
      'true',
      'True',
      'TRUE',
      'tRue',
      'false',
      'False',
      'FALSE',
      'yes',
      'no',
      'on',
      'off',
      'y',
      'n',
      '2025-02-14',
      '12:30',
      '123456789012345678901234567890',
      '1e999',
      '-1e999',
      '0.1.2',
      '7,5',
      '+',
      '.',
      '..',
      '0x',
      '0o8',
      '+0x1',
      '00',
      '09',
      'e1',
      '1e',
      'Nama',
      'tahun',
      'Tahun 2025',
      'fungsional',
      '_x',
      '^x',
      '~x',
      'Ñ',
    ];
    const text = forms.map((f, i) => `k${i}: ${f}`).join('\n');
    expect(readBy(text)).toBe('scan');
    expect(differences(text)).toEqual([]);
  });

  it('keeps YAML 1.2 meanings and reports no problem for a BOM and CRLF', () => {
    const f = SourceFile.parse('p.yaml', '\uFEFFcascade: 1\r\nt: {2025: 1.200, 2026: "1.300", 2027: 1e999}\r\n');
    expect(f.problems).toEqual([]);
    expect(f.data).toEqual({ cascade: 1, t: { 2025: 1.2, 2026: '1.300', 2027: Infinity } });
    expect(f.numberText(['t', '2025'])).toBe('1.200');
    expect(f.numberText(['t', '2026'])).toBeUndefined();
    expect(f.locate(['t', '2026'])).toEqual({ line: 2, column: 24, endLine: 2, endColumn: 31 });
  });

  it('stores __proto__ as data, never as a prototype', () => {
    const f = SourceFile.parse('p.yaml', '__proto__: {polluted: 1}\nnested:\n  __proto__: {polluted: 2}\n');
    expect(f.readBy).toBe('scan');
    expect(Object.getPrototypeOf(f.data)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(f.data)).toEqual(['__proto__', 'nested']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps mappings with their own toString or valueOf printable on every path', () => {
    const text = 'cascade: 1\nt: {toString: x, valueOf: 1}\nl: [{toString: [a]}]\n';
    for (const via of ['auto', 'yaml', 'yaml'] as const) {
      const f = SourceFile.parse('p.yaml', text, via);
      const d = f.data as { t: object; l: object[] };
      expect(() => `${String(d.t)} ${String(d.l)} ${d.t > d.l[0]}`).not.toThrow();
      expect(Object.keys(d.t)).toEqual(['toString', 'valueOf']);
      expect(JSON.stringify(d)).toBe('{"cascade":1,"t":{"toString":"x","valueOf":1},"l":[{"toString":["a"]}]}');
    }
  });

  it('stops at absurd nesting with a finding instead of recursing', () => {
    const f = SourceFile.parse('deep.yaml', `a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    expect(f.problems).toHaveLength(1);
    expect(f.problems[0]).toMatchObject({ rule: 'yaml/syntax', span: { line: 1 } });
    expect(f.data).toBeUndefined();
  });
});
