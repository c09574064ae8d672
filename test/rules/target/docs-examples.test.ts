import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../../helpers/rule-tester.js';

/** The Wrong and Right examples of these rules' docs are real: Wrong is caught, Right is clean. */
const RULE_IDS = [
  'indikator/satuan', 'indikator/jenis',
  'target/unreadable', 'target/unit', 'target/skala', 'target/unquoted-thousands', 'target/year', 'target/arah', 'target/agregasi',
];

function example(doc: string, section: 'Wrong' | 'Right'): string {
  const m = new RegExp(`## ${section}\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(doc);
  if (!m) throw new Error(`no ${section} example`);
  return m[1];
}

describe('doc examples', () => {
  for (const id of RULE_IDS) {
    const doc = readFileSync(new URL(`../../../docs/rules/${id}.md`, import.meta.url), 'utf8');
    it(`${id}: Wrong is caught`, () => expect(lint(example(doc, 'Wrong'), id).length).toBeGreaterThan(0));
    it(`${id}: Right is clean`, () => expect(lint(example(doc, 'Right'), id)).toEqual([]));
  }
});
