import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/core/message.js';
import type { Diagnostic } from '../../../src/core/diagnostic.js';
import { formatMarkdown, MAX_ROWS, messageMarkdown } from '../../../src/report/formats/markdown.js';
import { contextFor, NASTY, realDiagnostics } from './fixtures.js';

/** Cells of a GFM table row: split at pipes that are not escaped. */
const cells = (row: string) => row.slice(2, -2).split(/(?<!\\) \| /);

describe('markdown', () => {
  const diagnostics = [...realDiagnostics(), NASTY];
  const out = formatMarkdown(diagnostics, contextFor(diagnostics));
  const rows = out.split('\n').filter((l) => l.startsWith('| '));

  it('has a heading, the summary and one table row per finding, five cells each', () => {
    expect(out.startsWith('### cascade validate\n\n✖ ')).toBe(true);
    expect(rows).toHaveLength(diagnostics.length + 2); // the header and its rule line
    for (const r of rows) expect(cells(r)).toHaveLength(5);
  });

  it('keeps the message code as code and escapes everything else from the plan', () => {
    const last = rows.at(-1)!;
    expect(last).not.toMatch(/<b>|\n|\[link\]\(/);
    expect(last).toContain('\\<b\\>bold');
    expect(last).toContain('<code>co&#124;de</code>');
    expect(last).toContain('\\[link\\]');
    expect(messageMarkdown('Did you mean `DINAS`?')).toBe('Did you mean <code>DINAS</code>?');
    // A backtick of plan text (a key "a`b") stays inside the code, shown; an odd one cannot open a span that runs on.
    expect(messageMarkdown('key `a`b`')).toBe('key <code>a&#96;b</code>');
    expect(messageMarkdown('Unknown key `x`y`z` in `S1`.')).toBe('Unknown key <code>x&#96;y&#96;z</code> in <code>S1</code>.');
    expect(messageMarkdown('odd ` tick')).toBe('odd \\` tick');
    expect(messageMarkdown('`a` and `b`')).toBe('<code>a</code> and <code>b</code>');
  });

  it('says there is nothing to fix on a clean run, in Indonesian too', () => {
    expect(formatMarkdown([], contextFor([]))).toBe('### cascade validate\n\n✔ No problems (2 files, 3 nodes).\n');
    const id = formatMarkdown([NASTY], contextFor([NASTY], 'id'));
    expect(id).toContain('| Baris | Aturan | Pesan |');
    expect(id).toContain('⚠️ peringatan');
  });

  it('cuts a long list to fit a pull-request comment, saying how many were left out', () => {
    const many: Diagnostic[] = Array.from({ length: MAX_ROWS + 5 }, (_, i) => ({ ...NASTY, line: i + 1, message: msg('m', 'p') }));
    const long = formatMarkdown(many, contextFor(many));
    expect(long.split('\n').filter((l) => l.startsWith('| '))).toHaveLength(MAX_ROWS + 2);
    expect(long).toContain('… and 5 more findings');
    expect(long.length).toBeLessThan(65536);
  });
});
