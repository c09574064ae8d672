import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/run.js';
import { planOf } from '../helpers/rule-tester.js';

/**
 * Plans of an unusual shape check in time linear in their size, and deep ones do not overflow the
 * call stack. Times are compared between n and 10n in one run (never against a clock): linear
 * work grows about 10×, the quadratic walks these replace grew 100×.
 */

const HEAD = 'cascade: 1\npemda: Kabupaten Contoh\nperiode: 2025-2029\n';
const IND = 'indikator: [{nama: i, satuan: unit, target: 1}]';

const SHAPES: Record<string, (n: number) => string> = {
  // A mendukung chain: each sasaran_opd supports the one before (descendants per node were n²).
  chain: (n) =>
    `${HEAD}sasaran:\n  - {id: S1, nama: s, ${IND}, ksf: [{id: K0, nama: k}]}\nsasaran_opd:\n${Array.from({ length: n }, (_, i) => `  - {id: N${i}, nama: n, mendukung: ${i ? `N${i - 1}` : 'K0'}, ${IND}}\n`).join('')}`,
  // An atasan chain (each position walked the whole chain above it).
  atasan: (n) =>
    `${HEAD}opd:\n  - {id: O, nama: o}\njabatan:\n  - {id: J0, nama: j, jenis: struktural, eselon: II.a, opd: O}\n${Array.from({ length: n }, (_, i) => `  - {id: J${i + 1}, nama: j, jenis: pelaksana, atasan: J${i}}\n`).join('')}`,
  // One mapping of many keys, each a finding (locate scanned the keys for each).
  keys: (n) => `${HEAD}${Array.from({ length: n }, (_, i) => `k${i}: ${i}\n`).join('')}`,
};

function timeOf(text: string): { ms: number; findings: number } {
  const plan = planOf(text);
  const start = performance.now();
  const findings = runRules(plan, RULES, { settings: DEFAULT_SETTINGS }).length;
  return { ms: performance.now() - start, findings };
}

describe('linear in the size of the plan', () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    it(`${name}: 10× the size takes about 10× the time`, () => {
      const n = name === 'keys' ? 5_000 : 1_000;
      timeOf(make(n / 10)); // warm up the JIT
      const small = timeOf(make(n));
      const large = timeOf(make(10 * n));
      expect(large.findings).toBeGreaterThanOrEqual(small.findings);
      // Linear is ~10; the quadratic versions gave ~100. Generous for a noisy, shared machine.
      expect(large.ms / Math.max(small.ms, 1), `${small.ms.toFixed(0)} ms → ${large.ms.toFixed(0)} ms`).toBeLessThan(35);
    });
  }
});

describe('deep graphs do not overflow the call stack', () => {
  it('a mendukung cycle of 20,000 links is one finding', () => {
    const n = 20_000;
    const text = `${HEAD}sasaran:\n  - {id: S1, nama: s, ${IND}, ksf: [${Array.from({ length: n }, (_, i) => `{id: K${i}, nama: k, mendukung: K${(i + 1) % n}}`).join(', ')}]}\n`;
    const found = runRules(
      planOf(text),
      RULES.filter((r) => r.meta.id === 'link/cycle'),
    );
    expect(found).toHaveLength(1);
    expect(found[0].message.en).toMatch(/^Support links form a cycle: K\d+ → /);
  });
});
