import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textMutation, type Damage } from './mutations.js';
import { check, cliRuns, counter, fuzzRuns, fuzzTimeout, settings } from './pipeline.js';

// Two files (data damage, text damage: about the same time each) so the cases run side by side; `npm run test:fuzz` runs 10,000.
const lang = fc.constantFrom('en' as const, 'id' as const);

describe('the pipeline on randomly damaged examples', () => {
  it(
    'text damage: lines cut, moved or doubled, indentation broken, stray characters',
    () => {
      const damage = fc.array(textMutation, { minLength: 1, maxLength: 4 }).map((text): Damage => ({ text }));
      fc.assert(fc.property(fc.nat(), fc.nat(), damage, lang, check), settings(fuzzRuns(4100, 300)));
      expect(counter.runs).toBeGreaterThanOrEqual(fuzzRuns(4000, 270));
      expect(cliRuns.count).toBeGreaterThanOrEqual(fuzzRuns(10, 3));
    },
    fuzzTimeout,
  );
});
