import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCascadeFiles, loadSource } from '../../src/load/files.js';
import { PathError } from '../../src/core/errors.js';

function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cascade-files-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('findCascadeFiles', () => {
  it('takes YAML with a top-level cascade key, sorted, and skips the rest', () => {
    const dir = tree({
      'b.yaml': 'cascade: 1\n',
      'a/z.yml': '\uFEFFcascade: 1\n',
      'a/notes.yaml': 'rapat: x\n  cascade: 1\n',
      'readme.md': 'cascade: 1\n',
      'node_modules/x.yaml': 'cascade: 1\n',
      '.github/ci.yaml': 'cascade: 1\n',
    });
    const { files, skipped } = findCascadeFiles([dir]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a/z.yml', 'b.yaml']);
    expect(skipped.map((f) => f.slice(dir.length + 1))).toEqual(['a/notes.yaml']);
  });

  it('always reads a file named explicitly', () => {
    const dir = tree({ 'x.yaml': 'rapat: x\n' });
    expect(findCascadeFiles([join(dir, 'x.yaml')]).files).toHaveLength(1);
  });

  it('survives a symlink loop', () => {
    const dir = tree({ 'a/plan.yaml': 'cascade: 1\n' });
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'loop'));
    expect(findCascadeFiles([dir]).files).toHaveLength(1);
  });

  it('throws a PathError for a path that does not exist', () => {
    expect(() => findCascadeFiles(['/no/such/path'])).toThrow(PathError);
  });
});

describe('loadSource', () => {
  it('turns bytes that are not UTF-8 into a finding at their line', () => {
    const dir = tree({ 'bad.yaml': Buffer.concat([Buffer.from('cascade: 1\npemda: '), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]) });
    const f = loadSource(join(dir, 'bad.yaml'), dir);
    expect(f.path).toBe('bad.yaml');
    expect(f.problems).toMatchObject([{ rule: 'file/encoding', span: { line: 2, column: 8 } }]);
  });

  it('treats a NUL byte as binary data', () => {
    const dir = tree({ 'bin.yaml': Buffer.from([0x63, 0x00, 0x01]) });
    expect(loadSource(join(dir, 'bin.yaml'), dir).problems[0].rule).toBe('file/encoding');
  });
});
