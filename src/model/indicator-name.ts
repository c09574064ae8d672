import type { PlanIndicator } from './plan.js';

/** An indicator's name compared as a reader would: case, spaces and trailing punctuation do not count. */
export function indicatorKey(ind: PlanIndicator): string {
  const nama = typeof ind.data.nama === 'string' ? ind.data.nama : '';
  return nama
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.;:,]+$/, '')
    .trim();
}
