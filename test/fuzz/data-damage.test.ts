import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataMutation, type Damage } from './mutations.js';
import { check, cliRuns, counter, fuzzRuns, fuzzTimeout, settings } from './pipeline.js';

// Two files (data damage, text damage: about the same time each) so the cases run side by side; `npm run test:fuzz` runs 10,000.
const lang = fc.constantFrom('en' as const, 'id' as const);

describe('the pipeline on randomly damaged examples', () => {
  it(
    'data damage: keys dropped or renamed, values retyped, nodes moved',
    () => {
      const damage = fc.array(dataMutation, { minLength: 1, maxLength: 4 }).map((data): Damage => ({ data }));
      fc.assert(fc.property(fc.nat(), fc.nat(), damage, lang, check), settings(fuzzRuns(6100, 400)));
      expect(counter.runs).toBeGreaterThanOrEqual(fuzzRuns(6000, 370));
      expect(cliRuns.count).toBeGreaterThanOrEqual(fuzzRuns(10, 3));
    },
    fuzzTimeout,
  );
});
