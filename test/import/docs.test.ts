import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersTable } from '../../src/import/headers.js';

describe('docs/import.md', () => {
  it('lists every accepted header, from the one list in src/import/headers.ts', () => {
    const doc = readFileSync('docs/import.md', 'utf8');
    const m = /<!-- generated:headers -->\n([\s\S]*?)\n<!-- \/generated:headers -->/.exec(doc);
    expect(m?.[1]).toBe(headersTable());
  });
});
