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

  it('skips what git ignores: .gitignore at every level (the deepest rule wins), .git/info/exclude, dot folders, node_modules', () => {
    const dir = tree({
      '.gitignore': '/tmp/\ndist\n*.bak.yaml\n!keep.bak.yaml\n',
      '.git/info/exclude': 'scratch/\n',
      '.git/x.yaml': 'cascade: 1\n',
      '.cache/plan.yaml': 'cascade: 1\n',
      'plan.yaml': 'cascade: 1\n',
      'old.bak.yaml': 'cascade: 1\n',
      'keep.bak.yaml': 'cascade: 1\n',
      'tmp/copy.yaml': 'cascade: 1\n',
      'dist/copy.yaml': 'cascade: 1\n',
      'scratch/copy.yaml': 'cascade: 1\n',
      'node_modules/pkg/x.yaml': 'cascade: 1\n',
      'opd/tmp/kept.yaml': 'cascade: 1\n',
      'opd/.gitignore': 'draft-*.yaml\n!draft-final.yaml\n',
      'opd/draft-1.yaml': 'cascade: 1\n',
      'opd/draft-final.yaml': 'cascade: 1\n',
      'opd/notes.txt': 'x\n',
    });
    const { files, skipped } = findCascadeFiles([dir]);
    const names = files.map((f) => f.slice(dir.length + 1));
    expect(names).toEqual(['keep.bak.yaml', 'opd/draft-final.yaml', 'opd/tmp/kept.yaml', 'plan.yaml']);
    expect(skipped).toEqual([]);
    // From a subfolder, the rules of the folders above it still apply.
    expect(findCascadeFiles([join(dir, 'opd')]).files.map((f) => f.slice(dir.length + 1))).toEqual(['opd/draft-final.yaml', 'opd/tmp/kept.yaml']);
  });

  it('reads a folder the user names although git ignores it, and its .gitignore still applies inside', () => {
    const dir = tree({
      '.git/HEAD': '',
      '.gitignore': 'tmp/\n',
      'tmp/copy.yaml': 'cascade: 1\n',
      'tmp/.gitignore': 'old/\n',
      'tmp/old/x.yaml': 'cascade: 1\n',
    });
    expect(findCascadeFiles([join(dir, 'tmp')]).files.map((f) => f.slice(dir.length + 1))).toEqual(['tmp/copy.yaml']);
    expect(findCascadeFiles([join(dir, 'tmp', 'old', 'x.yaml')]).files).toHaveLength(1);
    expect(() => findCascadeFiles([dir])).toThrow(PathError);
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
