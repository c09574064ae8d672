import { describe, expect, it } from 'vitest';
import { tableWidth } from '../../src/cli/table-output.js';
import { msg } from '../../src/core/message.js';
import { MAX_CELL_LINES, tablesToTerminal } from '../../src/tables/out/terminal.js';
import type { Table } from '../../src/tables/table.js';

const table = (nama: string): Table => ({
  title: msg('Uji', 'Uji'),
  columns: [
    { key: 'id', header: msg('ID', 'ID') },
    { key: 'nama', header: msg('Name', 'Nama') },
  ],
  rows: [['S1', nama]],
});

describe('terminal tables', () => {
  it('shows a short cell whole, with no note', () => {
    const text = tablesToTerminal([table('Meningkatnya daya saing pariwisata')], { lang: 'en', color: false, width: 100 });
    expect(text).toContain('Meningkatnya daya saing pariwisata');
    expect(text).not.toContain('cut');
  });

  it('draws a cell of 100 kB at once, cut to a few lines and saying so (a hang times the test out)', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `kata${i}`).join(' ');
    const text = tablesToTerminal([table(words)], { lang: 'en', color: false, width: 60 });
    const lines = text.split('\n');
    expect(lines.filter((l) => l.includes('kata')).length).toBe(MAX_CELL_LINES - 1);
    expect(text).toContain('… (cut)');
    expect(text).toContain(`Cells longer than ${MAX_CELL_LINES} lines are cut here`);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(60);
  });

  it('keeps ids and words whole down a pipe; in a terminal too narrow, words give way but numbers never', () => {
    const wide: Table = {
      title: msg('Uji', 'Uji'),
      columns: [
        { key: 'id', header: msg('ID', 'ID') },
        { key: 'a', header: msg('A', 'A'), weight: 3 },
        { key: 'b', header: msg('B', 'B'), weight: 3 },
        { key: 'rp', header: msg('Rp', 'Rp'), align: 'right' },
      ],
      rows: [['DISKOPUKM.SS1', 'Meningkatnya daya saing usaha mikro kecil menengah', 'Persentase pelaku usaha yang naik kelas', 'Rp2.000.000.000']],
    };
    const piped = tablesToTerminal([wide], { lang: 'en', color: false, width: 40 });
    expect(piped).toContain('DISKOPUKM.SS1');
    expect(piped).toContain('Meningkatnya');
    expect(piped).toContain('Rp2.000.000.000');
    const narrow = tablesToTerminal([wide], { lang: 'en', color: false, width: 40, strict: true });
    for (const l of narrow.split('\n').slice(0, -1)) expect([...l].length).toBeLessThanOrEqual(40);
    expect(narrow).toContain('Rp2.000.000.000');
  });

  it('fits COLUMNS when the user sets it, else the terminal up to 160, else 100', () => {
    expect(tableWidth('200', undefined)).toBe(200);
    expect(tableWidth('200', 80)).toBe(200);
    expect(tableWidth(undefined, 80)).toBe(80);
    expect(tableWidth(undefined, 300)).toBe(160);
    expect(tableWidth(undefined, undefined)).toBe(100);
    expect(tableWidth('wide', undefined)).toBe(100);
    expect(tableWidth('10', undefined)).toBe(100);
  });
});
