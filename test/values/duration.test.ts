import { describe, expect, it } from 'vitest';
import { formatDuration, readDuration } from '../../src/values/duration.js';
import { expectReason, readingValue } from './expect-reading.js';

const DAY = { hoursPerDay: 7.5 };

describe('readDuration', () => {
  it.each([
    ['30 menit', 30],
    ['8 jam', 480],
    ['1 jam 30 menit', 90],
    ['1,5 jam', 90],
    ['2 hari', 900],
    ['45 mnt', 45],
    ['2 jam 15 mnt', 135],
    ['8jam', 480],
    ['1 Jam 30 Menit', 90],
    ['30 menit 1 jam', 90],
    ['0,5 hari', 225],
    ['1 hari 2 jam', 570],
    ['1 hr', 450],
    ['1,1 jam', 66],
    ['0 menit', 0],
    ['1.666 jam 40 menit', 100000],
    ['  8 jam  ', 480],
    ['1jam30menit', 90],
    ['0,25 menit', 0.25],
  ])('%j is %d minutes', (input, minutes) => {
    expect(readingValue(readDuration(input, DAY))).toBe(minutes);
  });

  it('takes the length of a working day from the options', () => {
    expect(readingValue(readDuration('2 hari', { hoursPerDay: 8 }))).toBe(960);
  });

  it.each([
    [8, 'no unit'],
    ['8', 'no unit'],
    ['1 jam 30', 'the number 30 has no unit'],
    ['8 detik', 'unknown time unit'],
    ['8 jamm', 'unknown time unit'],
    ['30 menit 30 menit', 'written twice'],
    ['-5 menit', 'negative'],
    ['', 'empty'],
    ['jam', 'not a duration'],
    ['1.5.0 jam', 'in threes'],
    ['8 jäm', 'unknown time unit'],
    [null, 'nothing'],
    [['8 jam'], 'a list'],
    [`${'9'.repeat(30)} hari`, 'too long'],
    ['x'.repeat(1001), 'too long'],
  ])('%j is refused (%s)', (input, why) => {
    expectReason(readDuration(input, DAY), why);
  });

  it.each([[0], [-1], [25], [NaN], [undefined]])('a working day of %j hours is refused', (hoursPerDay) => {
    expectReason(readDuration('1 jam', { hoursPerDay: hoursPerDay as number }), 'working day');
  });
});

describe('formatDuration', () => {
  it.each([
    [480, '8 jam'],
    [30, '30 menit'],
    [90, '1 jam 30 menit'],
    [0, '0 menit'],
    [60, '1 jam'],
    [100000, '1.666 jam 40 menit'],
    [0.25, '0,25 menit'],
    [90.5, '1 jam 30,5 menit'],
    [-90, '-1 jam 30 menit'],
    [NaN, 'NaN'],
  ])('%d minutes is %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});
