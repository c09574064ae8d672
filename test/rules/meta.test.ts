import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOOL_RULES } from '../../src/config/meta.js';
import { RULES } from '../../src/rules/index.js';

const ROOT = new URL('../../', import.meta.url);
const SECTIONS = ['## What it checks', '## Why', '## Wrong', '## Right'];

function read(path: string): string | undefined {
  const url = new URL(path, ROOT);
  return existsSync(url) ? readFileSync(url, 'utf8') : undefined;
}

/** Every rule is documented and tested: a rule without either fails here, by name. */
describe('every rule has its doc and its test', () => {
  it('rule ids are area/name, each used once', () => {
    const ids = [...RULES.map((r) => r.meta.id), ...TOOL_RULES.map((r) => r.id)];
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const rule of RULES) {
    const { id } = rule.meta;
    it(`${id}: docs/rules/${id}.md with its sections`, () => {
      const doc = read(`docs/rules/${id}.md`);
      expect(doc, `docs/rules/${id}.md is missing`).toBeDefined();
      for (const s of SECTIONS) expect(doc, `docs/rules/${id}.md lacks "${s}"`).toContain(s);
    });
    it(`${id}: test/rules/${id}.test.ts calling ruleTester('${id}')`, () => {
      const test = read(`test/rules/${id}.test.ts`);
      expect(test, `test/rules/${id}.test.ts is missing`).toBeDefined();
      expect(test).toMatch(new RegExp(`ruleTester\\(\\s*['"\`]${id.replace('/', '\\/')}['"\`]`));
    });
    it(`${id}: declares whether it is fixable, and its doc says the same`, () => {
      expect(['fix', 'suggestion', false]).toContain(rule.meta.fixable);
      const said = read(`docs/rules/${id}.md`)?.match(/^Fixable: \*\*(yes|no|suggestion)\*\*/m)?.[1];
      expect(said, `docs/rules/${id}.md lacks a "Fixable: **yes|no|suggestion**" line`).toBeDefined();
      expect(said).toBe(rule.meta.fixable === 'fix' ? 'yes' : rule.meta.fixable === 'suggestion' ? 'suggestion' : 'no');
    });
    it(`${id}: described in both languages`, () => {
      expect(rule.meta.description.en.length).toBeGreaterThan(0);
      expect(rule.meta.description.id.length).toBeGreaterThan(0);
      expect(rule.meta.description.id).not.toBe(rule.meta.description.en);
    });
  }

  // Findings about the config file and suppression comments are tested in test/config/.
  for (const meta of TOOL_RULES) {
    it(`${meta.id}: docs/rules/${meta.id}.md with its sections`, () => {
      const doc = read(`docs/rules/${meta.id}.md`);
      expect(doc, `docs/rules/${meta.id}.md is missing`).toBeDefined();
      for (const s of SECTIONS) expect(doc).toContain(s);
      expect(meta.fixable).toBe(false);
      expect(doc).toMatch(/^Fixable: \*\*no\*\*/m);
    });
  }
});
