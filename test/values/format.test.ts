import { describe, expect, it } from 'vitest';
import { formatNumber, formatQuantity, formatTargetValue } from '../../src/values/format.js';

describe('formatNumber', () => {
  it.each([
    [1500, '1.500'],
    [7.5, '7,5'],
    [1234567.89, '1.234.567,89'],
    [-3, '-3'],
    [0, '0'],
    [-0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [0.1 + 0.2, '0,30000000000000004'],
    [1e-7, '0,0000001'],
    [1e21, '1.000.000.000.000.000.000.000'],
    [123456789012345680000, '123.456.789.012.345.680.000'],
    [NaN, 'NaN'],
    [-Infinity, '-Infinity'],
  ])('%d is %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it.each([
    [1234.5678, 2, '1.234,57'],
    [0.1 + 0.2, 2, '0,3'],
    [7.5, 0, '8'],
    [1.25, 1, '1,3'],
    [-0.4, 0, '0'],
    [5, 3, '5'],
    [2.5, -1, '3'],
    [1e22, 2, '10.000.000.000.000.000.000.000'],
  ])('%d with at most %d decimals is %s', (n, maxDecimals, text) => {
    expect(formatNumber(n, { maxDecimals })).toBe(text);
  });

  it.each([
    [6e6, '6 juta'],
    [2.3e9, '2,3 miliar'],
    [6.25e6, '6,25 juta'],
    [1.2e12, '1,2 triliun'],
    [1e15, '1.000 triliun'],
    [6_255_000, '6.255.000'],
    [1_234_567, '1.234.567'],
    [500_000, '500.000'],
    [-4e6, '-4 juta'],
    [6.5, '6,5'],
  ])('%d with scale words is %s', (n, text) => {
    expect(formatNumber(n, { scaleWords: true })).toBe(text);
  });
});

describe('formatQuantity', () => {
  it.each([
    [{ value: 70, unit: '%' }, '70%'],
    [{ value: 40, unit: 'destinasi' }, '40 destinasi'],
    [{ value: 8 }, '8'],
    [{ value: 4000, unit: 'Rp' }, 'Rp4.000'],
    [{ value: -4000, unit: 'Rp' }, '-Rp4.000'],
    [{ value: 5, unit: 'rupiah' }, '5 rupiah'],
    [{ value: 1.5, unit: ' unit ' }, '1,5 unit'],
  ])('%j is %s', (q, text) => {
    expect(formatQuantity(q)).toBe(text);
  });

  it('uses scale words when asked', () => {
    expect(formatQuantity({ value: 6e6, unit: 'kunjungan' }, { scaleWords: true })).toBe('6 juta kunjungan');
  });
});

describe('formatTargetValue', () => {
  it.each([
    [{ kind: 'number', value: 70, unit: '%' }, {}, '70%'],
    [{ kind: 'range', min: 69.1, max: 69.5 }, {}, '69,1–69,5'],
    [{ kind: 'range', min: 10, max: 20, unit: '%' }, {}, '10–20%'],
    [{ kind: 'range', min: 10, max: 20, unit: 'orang' }, {}, '10–20 orang'],
    [{ kind: 'range', min: -5, max: -3 }, {}, '-5–-3'],
    [{ kind: 'range', min: 1e9, max: 2e9, unit: 'Rp' }, {}, 'Rp1.000.000.000–Rp2.000.000.000'],
    [{ kind: 'range', min: 6e6, max: 7e6 }, { scaleWords: true }, '6–7 juta'],
    [{ kind: 'range', min: 5e5, max: 1e6 }, { scaleWords: true }, '500.000–1.000.000'],
    [{ kind: 'predikat', label: 'WTP', rank: 3 }, {}, 'WTP'],
    [{ kind: 'number', value: 71.9, decimals: 2 }, {}, '71,90'],
    [{ kind: 'number', value: 71.9, decimals: 2 }, { maxDecimals: 1 }, '71,9'],
    [{ kind: 'number', value: 7.5, unit: '%', decimals: 2 }, {}, '7,50%'],
    [{ kind: 'range', min: 69.1, max: 69.5, decimals: 2 }, {}, '69,10–69,50'],
    [{ kind: 'bound', side: 'max', strict: false, value: 14.2, unit: '%' }, {}, '≤ 14,2%'],
    [{ kind: 'bound', side: 'max', strict: true, value: 5 }, {}, '< 5'],
    [{ kind: 'bound', side: 'min', strict: false, value: 90, decimals: 1 }, {}, '≥ 90,0'],
    [{ kind: 'bound', side: 'min', strict: true, value: 6e6 }, { scaleWords: true }, '> 6 juta'],
  ] as const)('%j is %s', (tv, opts, text) => {
    expect(formatTargetValue(tv, opts)).toBe(text);
  });
});
