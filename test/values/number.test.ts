import { describe, expect, it } from 'vitest';
import { readNumber, readRange, yamlNumberHint } from '../../src/values/number.js';
import { expectReason, readingValue } from './expect-reading.js';

describe('readNumber', () => {
  it.each([
    // YAML numbers
    [0, 0],
    [42, 42],
    [8.5, 8.5],
    [-3, -3],
    [-0, 0],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    // Indonesian grouping and decimals
    ['1.500', 1500],
    ['7,5', 7.5],
    ['1.234.567,89', 1234567.89],
    ['1234567', 1234567],
    ['2000', 2000],
    ['1,500', 1.5],
    ['0,5', 0.5],
    ['69,1', 69.1],
    ['007', 7],
    ['1.000.000', 1e6],
    ['12.345,678', 12345.678],
    // a lone dot that cannot group thousands is a decimal point
    ['1.5', 1.5],
    ['69.50', 69.5],
    ['1234.5', 1234.5],
    ['0.1234', 0.1234],
    // signs
    ['-5', -5],
    ['+5', 5],
    ['\u22125', -5],
    ['-1.234,5', -1234.5],
    ['-0', 0],
    // scale words, with and without space, as people capitalise them
    ['6 juta', 6e6],
    ['6 Juta', 6e6],
    ['6 JUTA', 6e6],
    ['6jt', 6e6],
    ['6 Jt', 6e6],
    ['2,3 M', 2.3e9],
    ['2,3M', 2.3e9],
    ['1,5 miliar', 1.5e9],
    ['1 milyar', 1e9],
    ['2 triliun', 2e12],
    ['1,2 T', 1.2e12],
    ['15 ribu', 15000],
    ['15rb', 15000],
    ['1.500 juta', 1.5e9],
    // spaces around, non-breaking spaces
    ['  40  ', 40],
    ['6\u00a0juta', 6e6],
    // exponent-free tiny and huge-but-safe values
    ['0,0000001', 1e-7],
    ['9.007.199.254.740.991', Number.MAX_SAFE_INTEGER],
  ])('%j reads as %d', (input, value) => {
    const q = readingValue(readNumber(input));
    expect(q.value).toBe(value);
    expect(q.unit).toBeUndefined();
  });

  it('builds values from digits, not float products', () => {
    expect(readingValue(readNumber('2,3 M')).value).toBe(2300000000);
    expect(readingValue(readNumber('0,1 juta')).value).toBe(100000);
    expect(readingValue(readNumber('1,1 ribu')).value).toBe(1100);
    expect(readingValue(readNumber('4,35 miliar')).value).toBe(4350000000);
    expect(readingValue(readNumber('0,07 T')).value).toBe(70000000000);
  });

  it.each([
    ['70%', 70, '%'],
    ['70 %', 70, '%'],
    ['40 destinasi', 40, 'destinasi'],
    ['800 unit', 800, 'unit'],
    ['6 juta kunjungan', 6e6, 'kunjungan'],
    ['1 proposal', 1, 'proposal'],
    ['12,5 km', 12.5, 'km'],
    ['5 m', 5, 'm'],
    ['5 t', 5, 't'],
    ['5 MW', 5, 'MW'],
    ['6 M2', 6, 'M2'],
    ['100 m²', 100, 'm²'],
    ['24 per 1.000 penduduk', 24, 'per 1.000 penduduk'],
    ['3 orang/1000', 3, 'orang/1000'],
    ['Rp 2,3 M', 2.3e9, 'Rp'],
    ['Rp.4.000', 4000, 'Rp'],
    ['Rp4.000,-', 4000, 'Rp'],
    ['-Rp5.000', -5000, 'Rp'],
    ['8 indeks', 8, 'indeks'],
    ['4 juta wisatawan mancanegara', 4e6, 'wisatawan mancanegara'],
  ])('%j reads as %d with unit %j', (input, value, unit) => {
    const { decimals: _kept, ...q } = readingValue(readNumber(input));
    expect(q).toEqual({ value, unit });
  });

  it.each([
    ['71,90', 2],
    ['71,9', 1],
    ['7,50%', 2],
    ['69.50', 2],
    ['0,0000001', 7],
    ['1.234.567,80', 2],
    ['71', undefined],
    ['1.500', undefined],
    ['2,30 juta', undefined],
    [71.9, undefined],
  ])('%j keeps %j decimals as written', (input, decimals) => {
    expect(readingValue(readNumber(input)).decimals).toBe(decimals);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['%', 'not a number'],
    ['destinasi', 'not a number'],
    ['juta', 'not a number'],
    ['Rp', 'not a number'],
    ['Rp ', 'not a number'],
    ['abc', 'not a number'],
    ['NaN', 'not a number'],
    ['Infinity', 'not a number'],
    ['- 5', 'not a number'],
    ['10 20', 'more than one number'],
    ['1.500 2.000', 'more than one number'],
    ['10 dan 20', 'more than one number'],
    ['1 jam 30 menit', 'more than one number'],
    ['69,1-69,5', 'is a range'],
    ['10–20%', 'is a range'],
    ['1,234,567', 'more than one comma'],
    ['1,234.56', '1.234,56'],
    ['1.50.000', 'in threes'],
    ['1.5.0', 'in threes'],
    ['0.500.000', 'in threes'],
    ['1..5', 'two separators'],
    [',5', '0,5'],
    ['.5', 'starts with a separator'],
    ['5,', 'ends with a separator'],
    ['5.', 'ends with a separator'],
    ['0.500', 'ambiguous'],
    ['1234.567', 'ambiguous'],
    ['1.2345', '1,2345'],
    ['10.0000', 'ambiguous'],
    ['1e5', 'exponent'],
    ['10/20', 'as a unit'],
    ['99999999999999999', 'too large'],
    ['9.007.199.254.740.992', 'too large'],
    ['10.000 T', 'too large'],
    ['Rp 5 orang', 'no unit after'],
    [`0,${'0'.repeat(400)}1`, 'too small'],
    ['1'.repeat(1001), 'too long'],
  ])('%j is refused (%s)', (input, why) => {
    expectReason(readNumber(input), why);
  });

  it.each([[Infinity], [-Infinity], [NaN], [2 ** 53], [-(2 ** 53)], [1e300], [null], [undefined], [true], [[1]], [{ a: 1 }]])('%j is refused', (input) => {
    expectReason(readNumber(input));
  });

  it('accepts safe bigints and refuses the others', () => {
    expect(readingValue(readNumber(12n)).value).toBe(12);
    expectReason(readNumber(2n ** 60n), 'too large');
  });

  it('names what it got instead of a number', () => {
    expectReason(readNumber([1, 2]), 'a list');
    expectReason(readNumber({ nilai: 1 }), 'a mapping');
    expectReason(readNumber(null), 'nothing');
  });
});

describe('readRange', () => {
  it.each([
    ['69,1-69,5', 69.1, 69.5, undefined],
    ['69,1 - 69,5', 69.1, 69.5, undefined],
    ['10–20%', 10, 20, '%'],
    ['10 — 20', 10, 20, undefined],
    ['10%-20%', 10, 20, '%'],
    ['10% - 20', 10, 20, '%'],
    ['-5 - 5', -5, 5, undefined],
    ['-10--5', -10, -5, undefined],
    ['\u221210 – \u22125', -10, -5, undefined],
    ['6-7 juta', 6e6, 7e6, undefined],
    ['500 ribu - 1 juta', 5e5, 1e6, undefined],
    ['1.500-2.000', 1500, 2000, undefined],
    ['69,1 s.d. 69,5', 69.1, 69.5, undefined],
    ['69,1 s/d 69,5', 69.1, 69.5, undefined],
    ['10 sampai 20 orang', 10, 20, 'orang'],
    ['10 hingga 20', 10, 20, undefined],
    ['5-5', 5, 5, undefined],
    ['Rp1 M-Rp2 M', 1e9, 2e9, 'Rp'],
    ['10 persen - 20 %', 10, 20, '%'],
  ])('%j reads as %d to %d', (input, min, max, unit) => {
    const { decimals: _kept, ...r } = readingValue(readRange(input));
    expect(r).toEqual(unit === undefined ? { min, max } : { min, max, unit });
  });

  it('keeps the most decimals written on either end', () => {
    expect(readingValue(readRange('69,1-69,50')).decimals).toBe(2);
    expect(readingValue(readRange('69-70')).decimals).toBeUndefined();
  });

  it.each([
    ['5-3', 'lower end is above'],
    ['6 juta-7', 'scale word on the lower end'],
    ['10%-20 orang', 'different units'],
    ['70', 'not a range'],
    ['-5', 'not a range'],
    ['abc', 'not a range'],
    ['1-2-3', 'more than one number'],
    ['1-', 'empty'],
    ['x-5', 'not a range'],
    ['1-2 3', 'more than one number'],
    ['1-2/3', 'as a unit'],
  ])('%j is refused (%s)', (input, why) => {
    expectReason(readRange(input), why);
  });

  it.each([[70], [null], [['1', '2']], [{ min: 1, maks: 2 }]])('%j is not a range', (input) => {
    expectReason(readRange(input), 'a range such as');
  });
});

describe('yamlNumberHint', () => {
  it.each(['1.200', '12.500', '-1.200', '100.000'])('%s gets a warning', (source) => {
    const hint = yamlNumberHint(source);
    expect(hint?.en).toContain(`"${source}"`);
    expect(hint?.id).toContain('ribuan');
  });
  it.each(['8.5', '1.25', '1.2345', '0.500', '1200', '1234.500', '"1.200"', 'abc', ''])('%s gets none', (source) => {
    expect(yamlNumberHint(source)).toBeUndefined();
  });
});
