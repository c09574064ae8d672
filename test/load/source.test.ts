import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/load/source.js';

const TEXT = [
  'cascade: 1', // 1
  'sasaran:', // 2
  '  - id: S1', // 3
  '    nama: "Meningkatnya PAD"', // 4
  '    indikator:', // 5
  '      - {nama: PAD, target: {2025: 1.200, 2026: "1.300"}}', // 6
  '', // 7
].join('\n');

describe('SourceFile.locate', () => {
  const f = SourceFile.parse('plan.yaml', TEXT);

  it('points at a value, 1-based, end exclusive', () => {
    expect(f.locate(['sasaran', 0, 'id'])).toEqual({ line: 3, column: 9, endLine: 3, endColumn: 11 });
    expect(f.locate(['sasaran', 0, 'nama'])).toEqual({ line: 4, column: 11, endLine: 4, endColumn: 29 });
  });

  it('points at a key when asked', () => {
    expect(f.locate(['sasaran', 0, 'nama'], 'key')).toEqual({ line: 4, column: 5, endLine: 4, endColumn: 9 });
  });

  it('follows list indexes and year keys written as numbers', () => {
    expect(f.locate(['sasaran', 0, 'indikator', 0, 'target', '2026'])).toMatchObject({ line: 6, column: 49 });
    expect(f.locate(['sasaran', 0, 'indikator', 0, 'target', 2025], 'key')).toMatchObject({ line: 6, column: 30 });
  });

  it('falls back to the deepest part that exists for a missing key', () => {
    expect(f.locate(['sasaran', 0, 'opd'])).toMatchObject({ line: 3, column: 5 });
    expect(f.locate(['nothing', 3])).toMatchObject({ line: 1, column: 1 });
  });

  it('limits a block to its first line', () => {
    const s = f.locate(['sasaran', 0]);
    expect(s.line).toBe(3);
    expect(s.endLine).toBe(3);
  });

  it('gives how a number was written, with the data', () => {
    expect(f.numberText(['sasaran', 0, 'indikator', 0, 'target', '2025'])).toBe('1.200');
    expect(f.numberText(['sasaran', 0, 'indikator', 0, 'target', 2025])).toBe('1.200');
    expect(f.numberText(['sasaran', 0, 'indikator', 0, 'target', '2026'])).toBeUndefined();
    expect(f.numberText(['cascade'])).toBe('1');
    expect(f.numberText(['sasaran', 0, 'id'])).toBeUndefined();
    expect(f.data).toMatchObject({ sasaran: [{ indikator: [{ target: { 2025: 1.2, 2026: '1.300' } }] }] });
  });

  it('reads a BOM and CRLF line ends with the same positions', () => {
    const g = SourceFile.parse('crlf.yaml', `\uFEFF${TEXT.split('\n').join('\r\n')}`);
    expect(g.problems).toEqual([]);
    expect(g.locate(['sasaran', 0, 'nama'])).toEqual({ line: 4, column: 11, endLine: 4, endColumn: 29 });
  });

  it('reports syntax errors and duplicate keys at their line, never throwing', () => {
    const g = SourceFile.parse('bad.yaml', 'cascade: 1\npemda: a\npemda: b\nsasaran: [\n');
    const rules = g.problems.map((p) => `${p.rule}@${p.span.line}`);
    expect(rules).toContain('yaml/duplicate-key@3');
    expect(rules.some((r) => r.startsWith('yaml/syntax@'))).toBe(true);
  });

  it('refuses to expand an alias bomb', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    const g = SourceFile.parse('bomb.yaml', bomb);
    expect(g.problems.map((p) => p.rule)).toContain('yaml/syntax');
  });
});
