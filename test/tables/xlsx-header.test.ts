import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { msg } from '../../src/core/message.js';
import { tablesToXlsx } from '../../src/tables/out/xlsx.js';
import type { Table } from '../../src/tables/table.js';

const year = (y: number) => [
  { key: `target_${y}`, header: msg(`Target ${y}`, `Target ${y}`), group: { title: msg(String(y), String(y)), header: msg('Target', 'Target') } },
  { key: `rp_${y}`, header: msg(`Rp ${y}`, `Rp ${y}`), numFmt: 'rupiah' as const, group: { title: msg(String(y), String(y)), header: msg('Rp', 'Rp') } },
];

const table: Table = {
  title: msg('Form', 'Formulir'),
  columns: [{ key: 'nama', header: msg('Name', 'Nama') }, ...year(2025), ...year(2026), { key: 'opd', header: msg('OPD', 'OPD') }],
  rows: [['Program A', '70', { text: 'Rp1.000', value: 1000 }, '75', { text: 'Rp2.000', value: 2000 }, 'DISPAR']],
  numbered: true,
};

describe('xlsx two-row header', () => {
  it('merges each group over its columns, a column without a group over both rows, then numbers the columns; prints landscape with the header on every page', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await tablesToXlsx([table], { lang: 'id', color: false, width: 100 })) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getCell('B2').value).toBe('2025');
    expect(ws.getCell('C2').isMerged && ws.getCell('C2').master.address).toBe('B2');
    expect(ws.getCell('D2').value).toBe('2026');
    expect(ws.getCell('E2').master.address).toBe('D2');
    expect(ws.getCell('A2').value).toBe('Nama');
    expect(ws.getCell('A3').master.address).toBe('A2');
    expect(ws.getCell('F3').master.address).toBe('F2');
    expect([2, 3, 4, 5].map((c) => ws.getRow(3).getCell(c).value)).toEqual(['Target', 'Rp', 'Target', 'Rp']);
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ws.getCell('C5').value).toBe(1000);
    expect(ws.getCell('C5').numFmt).toBe('"Rp"#,##0');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.printTitlesRow).toBe('2:4');
  });
});
