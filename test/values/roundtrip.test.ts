// What the printers print reads back to the same value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, readDuration } from '../../src/values/duration.js';
import { formatNumber, formatQuantity, formatTargetValue } from '../../src/values/format.js';
import { formatRupiah, readMoney } from '../../src/values/money.js';
import { readNumber } from '../../src/values/number.js';
import { readTargetValue } from '../../src/values/target.js';
import { readingValue } from './expect-reading.js';

const MAX = Number.MAX_SAFE_INTEGER;
const RUNS = { numRuns: 2000 };
const safeDouble = fc.double({ min: -MAX, max: MAX, noNaN: true }).map((n) => (n === 0 ? 0 : n));
const safeInt = fc.integer({ min: -MAX, max: MAX });
const unit = fc.constantFrom('%', 'orang', 'destinasi', 'unit kerja', 'km', 'm2', 'Rp', 'rupiah', 'per 1.000 penduduk');

describe('formatNumber → readNumber', () => {
  it('reads back every safe double exactly', () => {
    fc.assert(
      fc.property(safeDouble, (n) => {
        expect(readingValue(readNumber(formatNumber(n))).value).toBe(n);
      }),
      RUNS,
    );
  });

  it('reads back integers with scale words exactly', () => {
    fc.assert(
      fc.property(safeInt, (n) => {
        expect(readingValue(readNumber(formatNumber(n, { scaleWords: true }))).value).toBe(n === 0 ? 0 : n);
      }),
      RUNS,
    );
  });

  it('reads back round numbers with scale words exactly', () => {
    const round = fc.tuple(fc.integer({ min: -999_999, max: 999_999 }), fc.constantFrom(1e4, 1e7, 1e9)).map(([m, s]) => m * s);
    fc.assert(
      fc.property(round, (n) => {
        expect(readingValue(readNumber(formatNumber(n, { scaleWords: true }))).value).toBe(n === 0 ? 0 : n);
      }),
      RUNS,
    );
  });

  it('reads back within half a unit of the last decimal with maxDecimals', () => {
    const mid = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(mid, fc.integer({ min: 0, max: 6 }), (n, d) => {
        const back = readingValue(readNumber(formatNumber(n, { maxDecimals: d }))).value;
        expect(Math.abs(back - n)).toBeLessThanOrEqual(0.5 * 10 ** -d * (1 + 1e-9) + Math.abs(n) * 1e-15);
      }),
      RUNS,
    );
  });

  it('reads back quantities with their units', () => {
    fc.assert(
      fc.property(safeDouble, unit, (value, u) => {
        const q = readingValue(readNumber(formatQuantity({ value, unit: u })));
        expect(q.value).toBe(value);
        expect(q.unit).toBe(u);
      }),
      RUNS,
    );
  });
});

describe('formatTargetValue → readTargetValue', () => {
  it('reads back numbers and ranges', () => {
    const number = fc.record({ kind: fc.constant('number' as const), value: safeDouble, unit: fc.option(unit, { nil: undefined }) });
    const range = fc
      .tuple(safeDouble, safeDouble, fc.option(unit, { nil: undefined }))
      .map(([a, b, u]) => ({ kind: 'range' as const, min: Math.min(a, b), max: Math.max(a, b), unit: u }));
    fc.assert(
      fc.property(fc.oneof(number, range), fc.boolean(), (tv, scaleWords) => {
        const text = formatTargetValue(tv, { scaleWords });
        const back = readingValue(readTargetValue(text, tv.unit ? { satuan: tv.unit } : {}));
        expect(back.kind).toBe(tv.kind);
        if (back.kind === 'number' && tv.kind === 'number') expect(back.value).toBe(tv.value);
        if (back.kind === 'range' && tv.kind === 'range') expect([back.min, back.max]).toEqual([tv.min, tv.max]);
        expect(back.kind !== 'predikat' ? back.unit : undefined).toBe(tv.unit);
      }),
      RUNS,
    );
  });

  it('reads back one-sided bounds', () => {
    const bound = fc.record({
      kind: fc.constant('bound' as const),
      side: fc.constantFrom('max' as const, 'min' as const),
      strict: fc.boolean(),
      value: safeDouble,
      unit: fc.option(unit, { nil: undefined }),
    });
    fc.assert(
      fc.property(bound, fc.boolean(), (tv, scaleWords) => {
        const back = readingValue(readTargetValue(formatTargetValue(tv, { scaleWords }), tv.unit ? { satuan: tv.unit } : {}));
        const { decimals: _kept, ...rest } = back as typeof back & { decimals?: number };
        expect(rest).toEqual(tv.unit ? tv : { kind: tv.kind, side: tv.side, strict: tv.strict, value: tv.value });
      }),
      RUNS,
    );
  });

  it('prints a number with the decimals it was written with', () => {
    // "71,90" → 71,90: any whole part, any decimals (trailing zeros included) in Indonesian style.
    const written = fc.tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.stringMatching(/^[0-9]{1,6}$/)).map(([i, f]) => `${formatNumber(i)},${f}`);
    fc.assert(
      fc.property(written, (text) => {
        expect(formatTargetValue(readingValue(readTargetValue(text)))).toBe(text);
      }),
      RUNS,
    );
  });

  it('reads back predikat labels with their rank', () => {
    const skala = ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: skala.length - 1 }), (rank) => {
        const tv = { kind: 'predikat' as const, label: skala[rank], rank };
        expect(readingValue(readTargetValue(formatTargetValue(tv), { satuan: 'predikat', skala }))).toEqual(tv);
      }),
    );
  });
});

describe('formatRupiah → readMoney', () => {
  const amount = fc.oneof(fc.maxSafeNat(), fc.nat({ max: 1e7 }), fc.integer({ min: 0, max: 1e13 }));

  it('reads back every amount exactly in full', () => {
    fc.assert(
      fc.property(amount, (n) => {
        expect(readingValue(readMoney(formatRupiah(n)))).toBe(n);
      }),
      RUNS,
    );
  });

  it('reads back compact amounts within half of their last digit', () => {
    fc.assert(
      fc.property(amount, (n) => {
        const text = formatRupiah(n, { compact: true });
        const back = readingValue(readMoney(text));
        const word = text.slice(text.lastIndexOf(' ') + 1);
        const step = { rb: 100, jt: 1e5, M: 1e8, T: 1e11 }[word] ?? 1;
        expect(Math.abs(back - n)).toBeLessThanOrEqual(step / 2);
      }),
      RUNS,
    );
  });
});

describe('formatDuration → readDuration', () => {
  const opts = { hoursPerDay: 7.5 };
  it('reads back whole minutes exactly', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (m) => {
        expect(readingValue(readDuration(formatDuration(m), opts))).toBe(m);
      }),
      RUNS,
    );
  });
  it('reads back fractional minutes exactly', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (m) => {
        expect(readingValue(readDuration(formatDuration(m), opts))).toBe(m === 0 ? 0 : m);
      }),
      RUNS,
    );
  });
});
