import { describe, expect, it } from 'vitest';
import { matchesGlob } from '../../src/config/glob.js';

describe('override globs', () => {
  const cases: Array<[string, string, boolean]> = [
    ['*.yaml', 'rpjmd.yaml', true],
    ['*.yaml', 'opd/dinas.yaml', true], // no slash: a file name in any folder
    ['*.yaml', 'rpjmd.yml', false],
    ['*.{yaml,yml}', 'opd/x.yml', true],
    ['opd/*.yaml', 'opd/dinas.yaml', true],
    ['opd/*.yaml', 'opd/sub/dinas.yaml', false],
    ['opd/**', 'opd/sub/dinas.yaml', true],
    ['opd/**/*.yaml', 'opd/dinas.yaml', true],
    ['opd/**/*.yaml', 'opd/a/b/dinas.yaml', true],
    ['**/dinas-?.yaml', 'x/dinas-1.yaml', true],
    ['**/dinas-?.yaml', 'dinas-12.yaml', false],
    ['./rpjmd.yaml', 'rpjmd.yaml', true],
    ['opd/[ab]*.yaml', 'opd/budget.yaml', true],
    ['opd/[!ab]*.yaml', 'opd/budget.yaml', false],
    ['draft (lama)/*.yaml', 'draft (lama)/x.yaml', true],
    ['a+b.yaml', 'aab.yaml', false],
    ['*.yaml', '.draft.yaml', true],
    ['opd/*.yaml', 'x/opd/dinas.yaml', false],
    ['opd/{dinas,badan}-*.yaml', 'opd/badan-keuangan.yaml', true],
  ];
  for (const [glob, path, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => expect(matchesGlob(path, glob)).toBe(expected));
  }
});
