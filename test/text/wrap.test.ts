import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/text/wrap.js';

describe('wrap', () => {
  it('fills lines greedily and cuts a word longer than a line', () => {
    expect(wrap('Meningkatnya daya saing pariwisata daerah', 16)).toEqual(['Meningkatnya', 'daya saing', 'pariwisata', 'daerah']);
    expect(wrap('abcdefghij kl', 4)).toEqual(['abcd', 'efgh', 'ij', 'kl']);
    expect(wrap('ab abcdefgh', 4)).toEqual(['ab', 'abcd', 'efgh']);
    expect(wrap('', 10)).toEqual([]);
  });

  it('counts code points, so an emoji is never split in half', () => {
    expect(wrap('🌴🌴🌴🌴🌴', 2)).toEqual(['🌴🌴', '🌴🌴', '🌴']);
  });

  it('keeps every character and never exceeds the width', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (s, width) => {
        const lines = wrap(s.replace(/\s+/g, ' '), width);
        for (const l of lines) expect([...l].length).toBeLessThanOrEqual(width);
        expect(lines.join(' ').split(' ').join('')).toBe(s.split(/\s+/).join(''));
      }),
    );
  });

  it('wraps a megabyte without a space in one pass (a hang here times the test out)', () => {
    const lines = wrap('x'.repeat(1_000_000), 30);
    expect(lines).toHaveLength(Math.ceil(1_000_000 / 30));
  });
});
