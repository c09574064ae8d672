import { describe, expect, it } from 'vitest';
import { readFrequency } from '../../src/values/frequency.js';
import { expectReason, readingValue } from './expect-reading.js';

describe('readFrequency', () => {
  it.each([
    [1, 1],
    ['12', 12],
    [12, 12],
    ['12 kali', 12],
    ['12x', 12],
    ['12 X', 12],
    ['2 kali per bulan', 24],
    ['2 kali/bulan', 24],
    ['1 kali sebulan', 12],
    ['1 kali seminggu', 52],
    ['4 per tahun', 4],
    ['1 x per semester', 2],
    ['1 kali per triwulan', 4],
    ['12 KALI PER TAHUN', 12],
    ['0,5', 0.5],
    ['1.200', 1200],
  ])('%j is %d times a year', (input, perYear) => {
    expect(readingValue(readFrequency(input))).toBe(perYear);
  });

  it.each([
    [0, 'more than zero'],
    ['-1', 'more than zero'],
    ['0 kali', 'more than zero'],
    ['2 kali per hari', 'is not a frequency'],
    ['3 proposal', 'is not a frequency'],
    ['2 kali per dekade', 'is not a frequency'],
    ['per bulan', 'not a number'],
    [true, 'times per year'],
    [null, 'nothing'],
    [['12'], 'a list'],
  ])('%j is refused (%s)', (input, why) => {
    expectReason(readFrequency(input), why);
  });
});
