import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester('yaml/syntax', {
  valid: ['cascade: 1\npemda: Kabupaten Contoh\n', { name: 'BOM and CRLF', files: '\uFEFFcascade: 1\r\npemda: Kabupaten Contoh\r\n' }],
  invalid: [
    {
      name: 'an unterminated quote, at the quote',
      files: 'cascade: 1\npemda: "Kabupaten\n',
      errors: [{ line: 2, column: 8, message: 'This quote is never closed' }],
    },
    {
      name: 'an unterminated single quote far above the end',
      files: "cascade: 1\npemda: 'Kabupaten\nperiode: 2025-2029\nsasaran: []\n",
      errors: [{ line: 2, column: 8 }],
    },
    {
      name: 'a tab used for indentation',
      files: 'cascade: 1\nsasaran:\n\t- id: S1\n',
      errors: [{ line: 3, column: 1, message: 'indent with spaces, not tabs' }],
    },
    {
      name: 'tabs on several lines: one finding, at the first',
      files: 'cascade: 1\nsasaran:\n  - id: S1\n\tnama: a\n\tksf:\n\t  - {id: K1, nama: b}\n',
      errors: [{ line: 4, column: 1, message: 'indent with spaces, not tabs' }],
    },
    {
      name: 'a key dedented by one space: one finding, at its first letter',
      files: 'cascade: 1\nsasaran:\n  - id: S1\n    nama: a\n   ksf:\n    - {id: K1, nama: b}\n',
      errors: [{ line: 5, column: 4, message: 'start it at the same column as the other keys' }],
    },
    { name: 'an unclosed flow list', files: 'cascade: 1\nacuan: [a, b\npemda: x\n', errors: [{ line: 3 }] },
  ],
});

describe('YAML syntax errors in Indonesian', () => {
  it("explain the parser's error in Indonesian, with its own words in brackets", () => {
    const dir = mkdtempSync(join(tmpdir(), 'cascade-syntax-id-'));
    writeFileSync(join(dir, 'plan.yaml'), 'cascade: 1\nsasaran:\n\t- id: S1\n');
    const id = runCli(['validate', '--lang', 'id', join(dir, 'plan.yaml')]);
    expect(id.stdout).toContain(
      'Kesalahan sintaks YAML: tab tidak boleh dipakai untuk indentasi; gunakan spasi, bukan tab (Tabs are not allowed as indentation)',
    );
  });
});
