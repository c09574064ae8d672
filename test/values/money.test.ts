import { describe, expect, it } from 'vitest';
import { formatRupiah, readMoney, sumRupiah } from '../../src/values/money.js';
import { expectReason, readingValue } from './expect-reading.js';

const MAX = Number.MAX_SAFE_INTEGER;

describe('readMoney', () => {
  it.each([
    ['Rp.4.000.000.000', 4e9],
    ['Rp 4.000.000.000', 4e9],
    ['Rp4.000.000.000,00', 4e9],
    ['Rp 2,3 M', 2.3e9],
    ['900 juta', 9e8],
    [900000000, 9e8],
    ['1,5 miliar', 1.5e9],
    ['Rp 2,3 miliar', 2.3e9],
    ['Rp2,3M', 2.3e9],
    ['rp 500 juta', 5e8],
    ['RP 1 M', 1e9],
    ['Rp 1,2 M', 1.2e9],
    ['Rp 5.000,-', 5000],
    ['5.000.000,-', 5e6],
    ['2 miliar rupiah', 2e9],
    ['750 rb', 75e4],
    ['Rp1,2 T', 1.2e12],
    ['0', 0],
    [0, 0],
    [-0, 0],
    ['Rp 0', 0],
    ['Rp 1,234567 juta', 1234567],
    ['4,35 miliar', 4350000000],
    ['Rp1.000.000,000', 1e6],
    [MAX, MAX],
    ['9.007.199.254.740.991', MAX],
  ])('%j is %d rupiah', (input, value) => {
    expect(readingValue(readMoney(input))).toBe(value);
  });

  it.each([
    ['-5', 'negative'],
    ['Rp -5.000', 'negative'],
    [-1, 'negative'],
    ['0,0000001 juta', 'whole number'],
    ['Rp 1.500,50', 'whole number'],
    [1.5, 'whole number'],
    ['1,2345 rb', 'whole number'],
    ['9.007.199.254.740.992', 'too large'],
    [2 ** 53, 'too large'],
    ['10.000 T', 'too large'],
    ['40 destinasi', 'not an amount in rupiah'],
    ['70%', 'not an amount in rupiah'],
    ['Rp 1-2 M', 'not a range'],
    ['', 'empty'],
    ['Rp', 'not a number'],
    ['Rp 5 orang', 'no unit after'],
    ['1.5.0', 'in threes'],
    [NaN, 'not an amount'],
    [Infinity, 'not an amount'],
    [null, 'nothing'],
    [{ 2025: 1 }, 'a mapping'],
    [`Rp ${'1'.repeat(1001)}`, 'too long'],
  ])('%j is refused (%s)', (input, why) => {
    expectReason(readMoney(input), why);
  });
});

describe('readMoney of bigints', () => {
  it('accepts safe non-negative bigints only', () => {
    expect(readingValue(readMoney(12n))).toBe(12);
    expectReason(readMoney(-1n), 'negative');
    expectReason(readMoney(2n ** 60n), 'too large');
  });
});

describe('formatRupiah', () => {
  it.each([
    [4e9, 'Rp4.000.000.000'],
    [0, 'Rp0'],
    [900, 'Rp900'],
    [1500, 'Rp1.500'],
    [-2500, '-Rp2.500'],
    [MAX, 'Rp9.007.199.254.740.991'],
  ])('%d in full is %s', (n, text) => {
    expect(formatRupiah(n)).toBe(text);
  });

  it.each([
    [4e9, 'Rp4,0 M'],
    [9e8, 'Rp900 jt'],
    [13.7e9, 'Rp13,7 M'],
    [1.2e12, 'Rp1,2 T'],
    [1.5e6, 'Rp1,5 jt'],
    [750000, 'Rp750 rb'],
    [1000, 'Rp1 rb'],
    [1050, 'Rp1,1 rb'],
    [999, 'Rp999'],
    [0, 'Rp0'],
    [999_950_000, 'Rp1,0 M'],
    [999_949_999, 'Rp999,9 jt'],
    [2_345_678_901, 'Rp2,3 M'],
    [2_350_000_000, 'Rp2,4 M'],
    [1.5e15, 'Rp1.500,0 T'],
    [-1.2e9, '-Rp1,2 M'],
    [999.6, 'Rp1 rb'],
    [9_007_150_000_000_000, 'Rp9.007.150.000.000.000'],
    [9_007_140_000_000_000, 'Rp9.007,1 T'],
  ])('%d compact is %s', (n, text) => {
    expect(formatRupiah(n, { compact: true })).toBe(text);
  });

  it('prints non-finite values as they are rather than throwing', () => {
    expect(formatRupiah(NaN)).toBe('RpNaN');
    expect(formatRupiah(Infinity, { compact: true })).toBe('RpInfinity');
  });
});

describe('sumRupiah', () => {
  it('adds exactly', () => {
    expect(readingValue(sumRupiah([]))).toBe(0);
    expect(readingValue(sumRupiah([1.2e9, 8e8]))).toBe(2e9);
    expect(readingValue(sumRupiah([MAX - 1, 1]))).toBe(MAX);
  });
  it('stays exact through a partial sum beyond 2^53', () => {
    expect(readingValue(sumRupiah([MAX, 2, -2]))).toBe(MAX);
  });
  it.each([
    [[MAX, 1], 'too large'],
    [[1, 1.5], 'amount 2'],
    [[NaN], 'amount 1'],
    [[2 ** 53], 'amount 1'],
  ])('%j is refused (%s)', (values, why) => {
    expectReason(sumRupiah(values), why);
  });
});
