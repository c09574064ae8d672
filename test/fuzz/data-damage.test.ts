import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataMutation, type Damage } from './mutations.js';
import { check, cliRuns, counter, settings } from './pipeline.js';

// Two files (data damage 6,000+, text damage 4,000+: about the same time each) so the 10,000 cases run side by side.
const lang = fc.constantFrom('en' as const, 'id' as const);

describe('the pipeline on randomly damaged examples', () => {
  it('data damage: keys dropped or renamed, values retyped, nodes moved (6,000+ cases)', () => {
    const damage = fc.array(dataMutation, { minLength: 1, maxLength: 4 }).map((data): Damage => ({ data }));
    fc.assert(fc.property(fc.nat(), fc.nat(), damage, lang, check), settings(6100));
    expect(counter.runs).toBeGreaterThanOrEqual(6000);
    expect(cliRuns.count).toBeGreaterThanOrEqual(10);
  }, 90_000);
});
