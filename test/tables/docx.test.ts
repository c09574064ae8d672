import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { msg } from '../../src/core/message.js';
import { tablesToDocx } from '../../src/tables/out/docx.js';
import type { Table } from '../../src/tables/table.js';
import { VIEWS } from '../../src/tables/views/index.js';
import { readDocx } from '../helpers/docx.js';
import { runInProcess } from '../helpers/in-process.js';

const ctx = { lang: 'id' as const, color: false, width: 100 };

const sample: Table = {
  title: msg('Budget — Kabupaten Contoh', 'Anggaran — Kabupaten <Contoh> & Co'),
  columns: [
    { key: 'nama', header: msg('Name', 'Nama') },
    { key: 't1', header: msg('Target 2025', 'Target 2025'), group: { title: msg('2025', '2025'), header: msg('Target', 'Target') } },
    { key: 'r1', header: msg('Rp 2025', 'Rp 2025'), align: 'right', numFmt: 'rupiah', group: { title: msg('2025', '2025'), header: msg('Rp', 'Rp') } },
    { key: 'opd', header: msg('OPD', 'OPD') },
  ],
  rows: [
    ['Baris\u202e satu\nbaris dua\u0007', '70', { text: 'Rp2.000.000.000', value: 2_000_000_000 }, 'DISPAR'],
    ['=SUM(A1)', null, null, null],
  ],
  footer: [['Jumlah', null, { text: 'Rp2.000.000.000', value: 2_000_000_000 }, null]],
  notes: [msg('note', 'catatan <b>')],
  numbered: true,
};

describe('docx', () => {
  it('is a Word table on a landscape page: title, merged two-row header repeated on every page, numbered columns, body, notes', async () => {
    const doc = await readDocx(await tablesToDocx([sample], ctx));
    expect(doc.sections).toHaveLength(1);
    const pg = doc.sections[0]['w:pgSz'] as Record<string, string>;
    expect(pg['@w:orient']).toBe('landscape');
    expect(Number(pg['@w:w'])).toBeGreaterThan(Number(pg['@w:h']));
    expect(doc.paragraphs[0]).toBe('Anggaran — Kabupaten <Contoh> & Co');
    const [t] = doc.tables;
    const texts = t.rows.map((r) => r.cells.map((c) => c.text));
    expect(texts[0]).toEqual(['Nama', '2025', 'OPD']);
    expect(t.rows[0].cells.map((c) => c.span)).toEqual([1, 2, 1]);
    expect(t.rows[0].cells.map((c) => c.vMerge)).toEqual(['restart', undefined, 'restart']);
    expect(texts[1]).toEqual(['', 'Target', 'Rp', '']);
    expect(t.rows[1].cells.map((c) => c.vMerge)).toEqual(['continue', undefined, undefined, 'continue']);
    expect(texts[2]).toEqual(['1', '2', '3', '4']);
    expect(t.rows.map((r) => r.header)).toEqual([true, true, true, false, false, false]);
    // Plan text: hidden controls shown as escapes, line breaks kept, nothing read as a formula or markup.
    expect(texts[3]).toEqual(['Baris\\u202e satu\nbaris dua\\u0007', '70', 'Rp2.000.000.000', 'DISPAR']);
    expect(texts[4][0]).toBe('=SUM(A1)');
    expect(texts[5]).toEqual(['Jumlah', '', 'Rp2.000.000.000', '']);
    expect(t.rows[5].cells[0].bold).toBe(true);
    expect(doc.paragraphs.at(-1)).toBe('catatan <b>');
  });

  it('gives the same bytes for the same tables', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-01-01T08:00:00Z'));
      const a = await tablesToDocx([sample], ctx);
      vi.setSystemTime(new Date('2027-06-30T17:45:12Z'));
      expect(Buffer.compare(Buffer.from(a), Buffer.from(await tablesToDocx([sample], ctx)))).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  describe('every view of `cascade table`, from -o x.docx and --format docx', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cascade-docx-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    // The SOP and SKP tables belong to one position.
    const extra: Record<string, string[]> = {
      sop: ['--jabatan', 'STAF-A'],
      skp: ['--jabatan', 'KABID-UKM', '--tahun', '2026'],
      pk: ['--jabatan', 'KABID-UKM', '--tahun', '2026'],
    };
    // A form to sign is on an A4 portrait page; the wide forms on a landscape one.
    const portrait = new Set(['pk']);
    for (const view of VIEWS.map((v) => v.name)) {
      it(view, async () => {
        const args = ['table', view, 'examples/pariwisata', ...(extra[view] ?? []), '--lang', 'id'];
        const file = join(dir, `${view}.docx`);
        const r = await runInProcess([...args, '-o', file]);
        expect(r.code, r.stderr).toBe(0);
        const json = JSON.parse((await runInProcess([...args, '-f', 'json'])).stdout);
        const doc = await readDocx(readFileSync(file));
        expect(doc.tables).toHaveLength(json.length);
        const orient = portrait.has(view) ? 'portrait' : 'landscape';
        expect(doc.sections.every((s) => (s['w:pgSz'] as Record<string, string>)['@w:orient'] === orient)).toBe(true);
        doc.tables.forEach((t, k) => {
          expect(t.rows[0].header).toBe(true);
          const body = t.rows.filter((row) => !row.header);
          expect(body.length).toBeGreaterThanOrEqual(json[k].rows.length);
        });
        const explicit = join(dir, `${view}-f.bin`);
        expect((await runInProcess([...args, '--format', 'docx', '-o', explicit])).code).toBe(0);
        expect((await readDocx(readFileSync(explicit))).tables).toHaveLength(json.length);
      });
    }
  });
});
