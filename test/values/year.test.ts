import { describe, expect, it } from 'vitest';
import { readYear } from '../../src/values/year.js';
import { expectReason, readingValue } from './expect-reading.js';

describe('readYear', () => {
  it.each([
    [2025, 2025],
    ['2025', 2025],
    [' 2029 ', 2029],
    [1000, 1000],
    [9999, 9999],
  ])('%j is %d', (input, year) => {
    expect(readingValue(readYear(input))).toBe(year);
  });
  it.each([
    [25, 'four digits'],
    [20250, 'four digits'],
    [2025.5, 'four digits'],
    ['25', 'four digits'],
    ['02025', 'four digits'],
    ['0999', 'four digits'],
    ['2.025', 'four digits'],
    ['2025a', 'four digits'],
    ['', 'four digits'],
    [NaN, 'four digits'],
    [null, 'nothing'],
    [[2025], 'a list'],
    [true, 'true'],
  ])('%j is refused (%s)', (input, why) => {
    expectReason(readYear(input), why);
  });
});
