import { describe, expect, it } from 'vitest';
import { msg } from '../../src/core/message.js';
import { noteLines } from '../../src/import/plan-files.js';

const why = msg('a note under the table, kept here as a comment', 'catatan di bawah tabel, disimpan di sini sebagai komentar');
const note = (sheet: string, cell: string, value: string) => ({ sheet, cell, value, why, leftOut: false });

describe('notes under the tables', () => {
  it('one line per distinct text, naming up to three places and how many more', () => {
    const lines = noteLines(
      [
        note('Renstra T-C.27', 'A10', 'Sumber: Renstra'),
        note('Renstra T-C.27 (2)', 'A12', 'Sumber: Renstra'),
        note('Renstra T-C.27 (3)', 'A10', 'Sumber: Renstra'),
        note('Renstra T-C.27 (4)', 'A11', 'Sumber: Renstra'),
        note('Dinas B', 'A9', 'Keterangan lain'),
      ],
      'en',
    );
    expect(lines).toEqual([
      'Renstra T-C.27!A10, Renstra T-C.27 (2)!A12, Renstra T-C.27 (3)!A10 and 1 more "Sumber: Renstra": a note under the table, kept here as a comment',
      'Dinas B!A9 "Keterangan lain": a note under the table, kept here as a comment',
    ]);
    expect(noteLines([note('A', 'A1', 'x'), note('B', 'B2', 'x')], 'id')).toEqual([
      'A!A1, B!B2 "x": catatan di bawah tabel, disimpan di sini sebagai komentar',
    ]);
  });
});
