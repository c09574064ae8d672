// Assertions on readings shared by the values tests.
import { expect } from 'vitest';
import type { Reading } from '../../src/values/reading.js';

/** The reading failed with a reason written in both English and Indonesian. */
export function expectReason<T>(r: Reading<T>, ...fragments: string[]): void {
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (r.ok) return;
  expect(typeof r.reason.en).toBe('string');
  expect(typeof r.reason.id).toBe('string');
  expect(r.reason.en.length).toBeGreaterThan(5);
  expect(r.reason.id.length).toBeGreaterThan(5);
  expect(r.reason.id).not.toBe(r.reason.en);
  for (const f of fragments) expect(r.reason.en).toContain(f);
}

export function readingValue<T>(r: Reading<T>): T {
  expect(r.ok, JSON.stringify(r)).toBe(true);
  if (!r.ok) throw new Error('unreachable');
  return r.value;
}
