import { describe, expect, it } from 'vitest';
import { readPeriode } from '../../src/model/periode.js';

describe('readPeriode', () => {
  it('reads the period with any dash, as the tool prints it and as word processors change it', () => {
    for (const text of ['2025-2029', '2025 - 2029', '2025–2029', '2025—2029', '2025−2029']) {
      expect(readPeriode(text), text).toEqual({ mulai: 2025, selesai: 2029 });
    }
    expect(readPeriode({ mulai: 2025, selesai: 2029 })).toEqual({ mulai: 2025, selesai: 2029 });
  });

  it('says why a value is no period', () => {
    for (const bad of ['2025/2029', '2025', '25-29', [2025, 2029], null]) expect(readPeriode(bad)).toHaveProperty('reason');
    expect(readPeriode('2029-2025')).toMatchObject({ reason: { en: 'periode ends (2025) before it starts (2029).' } });
    expect(readPeriode('2000-2040')).toHaveProperty('reason');
  });
});
