import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, type Files } from '../helpers/rule-tester.js';

/** The rules whose docs hold whole plan files as examples (the foundation rules). */
const RULES = [
  'yaml/syntax', 'yaml/duplicate-key', 'file/encoding', 'file/version', 'schema/unknown-key', 'schema/required',
  'schema/invalid-type', 'plan/header-mismatch', 'ref/duplicate-id', 'ref/unknown', 'link/level', 'link/cycle',
  'link/orphan', 'cascade/not-cascaded', 'indikator/missing', 'kode/shape', 'kode/prefix',
];

/** The ```yaml blocks of one section, as the files of one plan (`# file: name` names a block). */
export function sectionFiles(doc: string, heading: string): Files | undefined {
  const start = doc.indexOf(`\n## ${heading}\n`);
  if (start === -1) return undefined;
  const rest = doc.slice(start + heading.length + 5);
  const section = rest.slice(0, rest.search(/\n## |$/));
  const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
  if (!blocks.length) return undefined;
  return Object.fromEntries(blocks.map((b, i) => [/^# file: (\S+)/.exec(b)?.[1] ?? `example-${i + 1}.yaml`, b]));
}

describe('the examples in the rule docs do what they say', () => {
  for (const id of RULES) {
    const doc = readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8');
    const wrong = sectionFiles(doc, 'Wrong');
    const right = sectionFiles(doc, 'Right');
    // file/encoding's wrong example is bytes that a Markdown page cannot hold.
    if (wrong) it(`${id}: the Wrong example is reported`, () => expect(lint(wrong, id).length).toBeGreaterThan(0));
    it(`${id}: the Right example is clean`, () => {
      expect(right, 'a yaml Right example').toBeDefined();
      expect(lint(right!, id)).toEqual([]);
    });
    it(`${id}: the doc speaks Indonesian too`, () => expect(doc).toContain('## Dalam Bahasa Indonesia'));
  }
});
