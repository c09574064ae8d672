import { describe, expect, it } from 'vitest';
import { cellValue } from '../../src/tables/table.js';

describe('cellValue', () => {
  it('gives fractions without binary floating-point noise', () => {
    expect(cellValue({ text: '14,4%', value: ((2 * 7.5 * 12) / 1250) * 100 })).toBe(14.4);
    expect(cellValue(0.1 * 3 * 0.08)).toBe(0.024);
    expect(((2 * 7.5 * 12) / 1250) * 100).not.toBe(14.4); // the noise this removes is real
  });

  it('leaves whole rupiah exact, up to the largest safe integer', () => {
    expect(cellValue({ text: 'Rp', value: 9_007_199_254_740_991 })).toBe(9_007_199_254_740_991);
    expect(cellValue(13_700_000_000)).toBe(13_700_000_000);
    expect(cellValue('teks')).toBe('teks');
    expect(cellValue(null)).toBeNull();
  });
});
