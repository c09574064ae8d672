import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../../helpers/rule-tester.js';

const RULES = ['unreadable', 'year', 'sum', 'pagu', 'unallocated', 'mitra', 'no-target'];

/** The YAML block under a "## Wrong" or "## Right" heading, made a plan file. */
function example(doc: string, heading: 'Wrong' | 'Right'): string {
  const m = new RegExp(`## ${heading}\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(doc);
  expect(m, `no ${heading} example`).not.toBeNull();
  const body = m![1];
  return `cascade: 1\n${body.includes('periode:') ? '' : 'periode: 2025-2029\n'}${body}`;
}

describe('docs of the anggaran rules', () => {
  for (const name of RULES) {
    it(`anggaran/${name}: its Wrong example is found, its Right one is clean`, () => {
      const doc = readFileSync(new URL(`../../../docs/rules/anggaran/${name}.md`, import.meta.url), 'utf8');
      for (const section of ['What it checks', 'Why', 'Wrong', 'Right']) expect(doc).toContain(`## ${section}`);
      expect(lint(example(doc, 'Wrong'), `anggaran/${name}`).length).toBeGreaterThan(0);
      expect(lint(example(doc, 'Right'), `anggaran/${name}`)).toEqual([]);
    });
  }
});
