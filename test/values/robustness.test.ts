// Readers never throw, never return NaN, and every failure has a bilingual reason.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDuration } from '../../src/values/duration.js';
import { readMoney } from '../../src/values/money.js';
import { readNumber, readRange } from '../../src/values/number.js';
import type { Reading } from '../../src/values/reading.js';
import { readTargetValue } from '../../src/values/target.js';
import { readYear } from '../../src/values/year.js';

const RUNS = { numRuns: 3000 };

// Strings made of the pieces values are made of, so the generator reaches the parsers' corners.
const piece = fc.constantFrom(
  '0',
  '1',
  '5',
  '9',
  '00',
  '123',
  '.',
  ',',
  ',-',
  '-',
  '–',
  '+',
  '\u2212',
  ' ',
  '\u00a0',
  '%',
  'Rp',
  'Rp.',
  'rp',
  'juta',
  'jt',
  'M',
  'T',
  'ribu',
  'rb',
  'miliar',
  'triliun',
  'm',
  'e',
  'destinasi',
  'per',
  '/',
  's.d.',
  'sampai',
  'jam',
  'menit',
  'mnt',
  'hari',
  'A',
  'WTP',
  'é',
  '𝑥',
);
const valueLike = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
const inputs = fc.oneof(fc.anything(), fc.string(), fc.string({ unit: 'grapheme' }), valueLike, fc.double(), fc.bigInt());

function sound<T>(r: Reading<T>, check: (v: T) => void): void {
  if (r.ok) check(r.value);
  else {
    expect(typeof r.reason.en === 'string' && r.reason.en.length > 0).toBe(true);
    expect(typeof r.reason.id === 'string' && r.reason.id.length > 0).toBe(true);
  }
}

const finite = (n: number) => expect(Number.isFinite(n)).toBe(true);

describe('readers on arbitrary input', () => {
  it('readNumber never throws and yields finite safe values', () => {
    fc.assert(
      fc.property(inputs, (x) =>
        sound(readNumber(x), (q) => {
          finite(q.value);
          expect(Math.abs(q.value)).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
        }),
      ),
      RUNS,
    );
  });

  it('readRange never throws and yields ordered finite ends', () => {
    fc.assert(
      fc.property(inputs, (x) =>
        sound(readRange(x), (r) => {
          finite(r.min);
          finite(r.max);
          expect(r.min).toBeLessThanOrEqual(r.max);
        }),
      ),
      RUNS,
    );
  });

  it('readMoney never throws and yields safe non-negative integers', () => {
    fc.assert(
      fc.property(inputs, (x) =>
        sound(readMoney(x), (n) => {
          expect(Number.isSafeInteger(n) && n >= 0).toBe(true);
        }),
      ),
      RUNS,
    );
  });

  it('readDuration never throws and yields finite non-negative minutes', () => {
    fc.assert(
      fc.property(inputs, fc.anything(), (x, h) => {
        sound(readDuration(x, { hoursPerDay: 8 }), (m) => expect(Number.isFinite(m) && m >= 0).toBe(true));
        sound(readDuration(x, { hoursPerDay: h as number }), finite);
      }),
      RUNS,
    );
  });

  it('readTargetValue never throws, whatever its options', () => {
    fc.assert(
      fc.property(inputs, fc.anything(), fc.anything(), (x, satuan, skala) => {
        sound(readTargetValue(x, { satuan: 'predikat', skala: ['D', 'C', 'B', 'A'] }), (v) => expect(v.kind).toBe('predikat'));
        sound(readTargetValue(x, { satuan: '%' }), (v) => expect(v.kind).not.toBe('predikat'));
        sound(readTargetValue(x, { satuan, skala } as never), () => undefined);
        sound(readTargetValue(x, undefined as never), () => undefined);
      }),
      RUNS,
    );
  });

  it('readYear never throws and yields four-digit years', () => {
    fc.assert(
      fc.property(inputs, (x) =>
        sound(readYear(x), (y) => {
          expect(Number.isInteger(y) && y >= 1000 && y <= 9999).toBe(true);
        }),
      ),
      RUNS,
    );
  });
});

describe('sumRupiah on arbitrary lists', () => {
  it('never throws', async () => {
    const { sumRupiah } = await import('../../src/values/money.js');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.maxSafeInteger(), fc.anything())), (xs) => {
        sound(sumRupiah(xs as number[]), (n) => expect(Number.isSafeInteger(n)).toBe(true));
      }),
      RUNS,
    );
  });
});
