import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };

/** The user-facing texts that name the package: README, docs/ and the hook manifest. */
function texts(): { file: string; text: string }[] {
  const md = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = join(dir, e.name);
      return e.isDirectory() ? md(p) : e.name.endsWith('.md') ? [p] : [];
    });
  const hooks = ['.pre-commit-hooks.yaml', 'pre-commit-hooks/.pre-commit-hooks.yaml', 'pre-commit-hooks/README.md'];
  return [join(ROOT, 'README.md'), ...md(join(ROOT, 'docs')), ...hooks.map((f) => join(ROOT, f))].map((f) => ({
    file: relative(ROOT, f),
    text: readFileSync(f, 'utf8'),
  }));
}

describe('the package users install', () => {
  it('is cascade-kinerja with the command cascade', () => {
    expect(PKG.name).toBe('cascade-kinerja');
    expect(Object.keys(PKG.bin)).toEqual(['cascade']);
  });

  it('is named pinned to this release wherever the docs install it', () => {
    const pins: string[] = [];
    for (const { file, text } of texts()) {
      for (const m of text.matchAll(/cascade-kinerja@([^\s"'`\])]+)/g)) {
        pins.push(file);
        expect(`${file}: ${m[0]}`).toBe(`${file}: cascade-kinerja@${PKG.version}`);
      }
    }
    expect(pins).toContain('README.md');
    expect(pins).toContain('docs/ci.md');
    expect(pins).toContain('pre-commit-hooks/.pre-commit-hooks.yaml');
    // The hooks repository is tagged v<version> at each release: its package says the same version.
    const hooks = JSON.parse(readFileSync(join(ROOT, 'pre-commit-hooks/package.json'), 'utf8')) as { version: string; dependencies?: object };
    expect(hooks.version).toBe(PKG.version);
    expect(hooks.dependencies).toBeUndefined();
  });

  it('is never installed by the name that belongs to another package', () => {
    for (const { file, text } of texts()) {
      // `cascade@1.2.3`, or an install of bare `cascade`: both reach someone else's package.
      const wrong = [...text.matchAll(/(?<![\w-])cascade@\d|npm (?:install|i)(?:\s+--?[\w-]+)*\s+cascade(?![\w-])/g)].map((m) => m[0]);
      expect(`${file}: ${wrong.join(' | ')}`).toBe(`${file}: `);
    }
  });
});
