import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { msg } from '../../src/core/message.js';
import { openPlan } from '../../src/model/open.js';
import { sheetName, tablesToXlsx } from '../../src/tables/out/xlsx.js';
import type { Table } from '../../src/tables/table.js';
import { VIEWS } from '../../src/tables/views/index.js';
import { hostilePlan } from '../render/fixture.js';

const ctx = { lang: 'id' as const, color: false, width: 100 };

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const sample: Table = {
  title: msg('Budget — Kabupaten Contoh', 'Anggaran — Kabupaten Contoh'),
  columns: [
    { key: 'nama', header: msg('Name', 'Nama') },
    { key: 'anggaran', header: msg('Budget', 'Anggaran'), numFmt: 'rupiah' },
    { key: 'capaian', header: msg('Achievement', 'Capaian'), numFmt: 'percent' },
    { key: 'target', header: msg('Target', 'Target') },
  ],
  rows: [
    ['=HYPERLINK("http://x","klik")', { text: 'Rp2.000.000.000', value: 2_000_000_000 }, { text: '87,5%', value: 87.5 }, { text: '6 juta', value: 6_000_000 }],
    ['+62 812', { text: '-Rp5.000', value: -5000 }, { text: '98,28%', value: 98.27586206896551 }, { text: '69,1–69,5', value: '69,1–69,5' }],
    ['@SUM(A1)', null, null, '-1'],
  ],
  footer: [['Jumlah', { text: 'Rp1.999.995.000', value: 1_999_995_000 }, null, null]],
  notes: [msg('=note', '=catatan')],
};

describe('xlsx', () => {
  it('opens with exceljs: one sheet per table, the title above a bold header, numbers in number cells', async () => {
    const wb = await open(await tablesToXlsx([sample, { ...sample, title: msg('Budget — other', 'Anggaran — lain') }], ctx));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Anggaran', 'Anggaran (2)']);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('Anggaran — Kabupaten Contoh');
    expect(ws.getRow(2).values).toEqual([undefined, 'Nama', 'Anggaran', 'Capaian', 'Target']);
    expect(ws.getCell('A2').font.bold).toBe(true);
    expect(ws.getCell('B3').value).toBe(2_000_000_000);
    expect(ws.getCell('B3').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('B3').numFmt).toBe('"Rp"#,##0');
    expect(ws.getCell('C3').value).toBe(87.5);
    expect(ws.getCell('C3').numFmt).toBe('#,##0.0"%"');
    expect(ws.getCell('D3').value).toBe(6_000_000);
    expect(ws.getCell('D3').numFmt).toBe('#,##0');
    expect(ws.getCell('B4').value).toBe(-5000); // a real negative number is a number, not text to neutralise
    expect(ws.getCell('C4').value).toBe(98.2758620689655); // Excel's 15 significant digits, shown with the decimals the table shows
    expect(ws.getCell('C4').numFmt).toBe('#,##0.00"%"');
    expect(ws.getCell('D4').value).toBe('69,1–69,5');
    expect(ws.getCell('B6').value).toBe(1_999_995_000);
    expect(ws.getCell('B6').font.bold).toBe(true);
  });

  it('neutralises text that a spreadsheet would run as a formula', async () => {
    const ws = (await open(await tablesToXlsx([sample], ctx))).worksheets[0];
    expect(ws.getCell('A3').value).toBe('\'=HYPERLINK("http://x","klik")');
    expect(ws.getCell('A4').value).toBe("'+62 812");
    expect(ws.getCell('A5').value).toBe("'@SUM(A1)");
    expect(ws.getCell('D5').value).toBe("'-1");
    expect(ws.getCell('A8').value).toBe("'=catatan");
    ws.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('is the same bytes for the same tables', async () => {
    // The zip library stamps entries with the clock: write at two different times.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date(Date.UTC(2025, 0, 1, 8)));
      const a = await tablesToXlsx([sample], ctx);
      vi.setSystemTime(new Date(Date.UTC(2026, 5, 15, 13, 47, 11)));
      const b = await tablesToXlsx([sample], ctx);
      expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes the views: the cascade matrix of the tourism example, with rupiah in number cells', async () => {
    const plan = openPlan(['examples/pariwisata']).plan;
    const tables = VIEWS.find((v) => v.name === 'cascade')!.build(plan, { settings: DEFAULT_SETTINGS });
    const ws = (await open(await tablesToXlsx(tables, ctx))).worksheets[0];
    expect(ws.name).toBe('Matriks Renstra');
    const p1 = ws.getRows(3, ws.rowCount - 2)!.find((r) => r.getCell(1).value === 'DISKOPUKM.P1')!;
    expect(p1.getCell(8).value).toBe(2_000_000_000);
    expect(p1.getCell(8).numFmt).toBe('"Rp"#,##0');
    expect(p1.getCell(6).value).toBe(2000);
  });

  it("keeps a hostile plan's text as text in every view", async () => {
    const plan = hostilePlan();
    for (const name of ['cascade', 'crosscutting', 'sop']) {
      const tables = VIEWS.find((v) => v.name === name)!.build(plan, { settings: DEFAULT_SETTINGS });
      const wb = await open(await tablesToXlsx(tables, ctx));
      const values: unknown[] = [];
      for (const ws of wb.worksheets)
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
            values.push(cell.value);
          }),
        );
      for (const v of values) if (typeof v === 'string') expect(v).not.toMatch(/^[=+\-@]/);
    }
  });

  it('names sheets as Excel allows', () => {
    const used = new Set<string>();
    expect(sheetName('Crosscutting: sasaran Pemda dan pendukungnya [draft]?', used)).toBe('Crosscutting sasaran Pemda dan');
    expect(sheetName('crosscutting sasaran pemda dan', used)).toBe('crosscutting sasaran Pemda (2)'.replace('Pemda', 'pemda'));
    expect(sheetName('', used)).toBe('Sheet');
    // cut at a word's end, not inside one
    expect(sheetName('Crosscutting Pemda targets and the OPDs that serve them', used)).toBe('Crosscutting Pemda targets and');
    expect(sheetName('Anggaran per sasaran strategis perangkat daerah', used)).toBe('Anggaran per sasaran strategis');
    expect(sheetName('Kelompokkerjaperencanaanpembangunandaerah', used)).toBe('Kelompokkerjaperencanaanpembang');
  });

  it('the SOP workbook shows 0,5 hours as 0,5 and names who does each step, as its note says', async () => {
    const { plan } = openPlan(['examples/pariwisata']);
    const sop = VIEWS.find((v) => v.name === 'sop')!;
    const tables = sop.build(plan, { settings: DEFAULT_SETTINGS });
    const ws = (await open(await tablesToXlsx(tables, ctx))).worksheets[0];
    const row = (n: number) => ws.getRow(n);
    // "30 menit" is 0,5 hours: one decimal, not a rounded 1.
    const half = [3, 4, 5, 6].map(row).find((r) => r.getCell(5).value === 0.5)!;
    expect(half.getCell(5).numFmt).toBe('#,##0.0');
    expect(half.getCell(7).numFmt).toBe('#,##0.0');
    // Whole hours stay whole.
    expect(row(3).getCell(5).value).toBe(8);
    expect(row(3).getCell(5).numFmt).toBe('#,##0');
    // Done by: the position's name, as the note under the table says.
    expect(row(3).getCell(8).value).toBe('Staf A');
    const notes = tables[tables.length - 1].notes!.map((n) => n.en).join(' ');
    expect(notes).toContain('Done by names the position; JSON and CSV give its jabatan id');
  });

  it('a rounded text keeps its decimals; a text in another unit does not decide them', async () => {
    const t: Table = {
      title: msg('t', 't'),
      columns: [
        { key: 'a', header: msg('a', 'a'), numFmt: 'percent' },
        { key: 'b', header: msg('b', 'b'), numFmt: 'number' },
      ],
      rows: [
        [
          { text: '98,28%', value: 98.27586206896551 },
          { text: '1 jam 30 menit', value: 1.5 },
        ],
      ],
    };
    const ws = (await open(await tablesToXlsx([t], ctx))).worksheets[0];
    expect(ws.getRow(3).getCell(1).numFmt).toBe('#,##0.00"%"');
    expect(ws.getRow(3).getCell(2).numFmt).toBe('#,##0.0');
  });
});
