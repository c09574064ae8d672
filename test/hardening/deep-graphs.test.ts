import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import type { Plan } from '../../src/model/plan.js';
import { collectPage } from '../../src/page/collect.js';
import { buildChart } from '../../src/render/chart.js';
import { chartToDot } from '../../src/render/graph.js';
import { VIEWS } from '../../src/tables/views/index.js';
import { buildTrace, traceable } from '../../src/trace/build.js';
import { traceToJson } from '../../src/trace/json.js';
import { traceToTree } from '../../src/trace/tree.js';
import { RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/run.js';
import { planOf } from '../helpers/rule-tester.js';

/**
 * Only a wrong plan has a chain ten thousand links deep or a `mendukung` cycle of thousands, and
 * every command must still answer it: a finding or a view, never "Maximum call stack size
 * exceeded". Times are compared between n and 10n in one run, never against a clock.
 */

const HEAD = 'cascade: 1\npemda: Kabupaten Contoh\nperiode: 2025-2029\nopd:\n  - {id: O, nama: o}\n';
const IND = 'indikator: [{nama: i, satuan: unit, target: 1}]';

/** A chain of sasaran OPD, each supporting the one before, with SOP steps and a position answering for the first. */
const chain = (n: number) =>
  `sasaran:\n  - {id: S1, nama: s, ${IND}, ksf: [{id: K0, nama: k}]}\nsasaran_opd:\n${Array.from(
    { length: n },
    (_, i) =>
      `  - {id: N${i}, nama: n, opd: O, pagu: 1000, mendukung: ${i ? `N${i - 1}` : 'K0'}, ${IND}, sop: [{tahap: t, langkah: [{nama: l, pelaksana: J1, durasi: 1 jam}]}]}\n`,
  ).join('')}`;
/** A ring of key success factors, each supporting the next. */
const cycle = (n: number) =>
  `  - {id: S2, nama: s, ${IND}, ksf: [${Array.from({ length: n }, (_, i) => `{id: C${i}, nama: c, mendukung: C${(i + 1) % n}}`).join(', ')}]}\n`;
/** A chain of positions, each the atasan of the next. */
const atasan = (n: number) =>
  `jabatan:\n  - {id: J0, nama: j, jenis: struktural, eselon: II, opd: O, sasaran: [N0]}\n${Array.from({ length: n }, (_, i) => `  - {id: J${i + 1}, nama: j, jenis: pelaksana, atasan: J${i}}\n`).join('')}`;

const planText = (deep: number, ring: number) => HEAD + chain(deep).replace('sasaran_opd:\n', `${cycle(ring)}sasaran_opd:\n`) + atasan(deep);

const traceOf = (plan: Plan, id: string) => buildTrace(plan, traceable(plan).get(id)!, DEFAULT_SETTINGS);

// Each plan is read once for the whole file: reading is the slow part.
const built = new Map([100, 1_000, 10_000].map((n) => [n, planOf(planText(n, (n * 2) / 5))]));

describe('a 10,000-deep chain and a 4,000-link cycle through every command', () => {
  const plan = built.get(10_000)!;

  it('validate gives findings, not a crash', () => {
    const rules = new Set(runRules(plan, RULES, { settings: DEFAULT_SETTINGS }).map((d) => d.rule));
    expect(rules).toContain('link/cycle');
    expect(rules).toContain('link/level');
  });

  it('trace goes up 10,000 links, down a 4,000-link cycle and a 10,000-long atasan chain, as a tree and as JSON', () => {
    const up = traceOf(plan, 'N9999');
    const tree = traceToTree(up, { lang: 'en', color: false });
    expect(tree).toContain('✔ Line of sight reaches the Pemda target S1');
    expect(tree).toContain('[10001] ');
    // Past the deepest indentation lines stop moving right: the output grows with the chain, not its square.
    expect(tree.length).toBeLessThan(10_000 * 400);
    let depth = 0;
    for (let item = JSON.parse(traceToJson(up)).up[0]; item; item = item.children[0]) depth++;
    expect(depth).toBe(10_001);
    const ring = traceOf(plan, 'C5');
    expect(JSON.parse(traceToJson(ring)).pemda.map((p: { id: string }) => p.id)).toEqual(['S2']);
    expect(traceToTree(traceOf(plan, 'J10000'), { lang: 'en', color: false })).toContain('J0 · position (atasan)');
    expect(traceToTree(traceOf(plan, 'J0'), { lang: 'en', color: false })).toContain('J10000 · position (subordinate)');
  });

  it('render --format dot draws every box', () => {
    const dot = chartToDot(buildChart(plan, { lang: 'en' }));
    expect(dot).toContain('"N9999"');
    expect(dot).toContain('"C3999"');
  });

  it("the web report's data and tables are built for it", () => {
    const page = collectPage(plan, buildChart(plan, { lang: 'en' }), [], { lang: 'en', settings: DEFAULT_SETTINGS, fileName: (f) => f });
    expect(page.boxes).toHaveLength(plan.nodes.length);
    const renstra = VIEWS.find((v) => v.name === 'renstra')!.build(plan, { settings: DEFAULT_SETTINGS });
    expect(renstra[0].rows.length).toBeGreaterThanOrEqual(10_000);
  });
});

describe('views of a deep plan take time linear in its depth', () => {
  const STAGES: Record<string, (plan: Plan, n: number) => unknown> = {
    'trace up a chain': (plan, n) => {
      const t = traceOf(plan, `N${n - 1}`);
      return traceToJson(t) + traceToTree(t, { lang: 'en', color: false });
    },
    'trace down a chain of positions': (plan) => {
      const t = traceOf(plan, 'J0');
      return traceToJson(t) + traceToTree(t, { lang: 'en', color: false });
    },
    'chart as DOT': (plan) => chartToDot(buildChart(plan, { lang: 'en' })),
    "the web report's data": (plan) => collectPage(plan, buildChart(plan, { lang: 'en' }), [], { lang: 'en', settings: DEFAULT_SETTINGS, fileName: (f) => f }),
    'table renstra': (plan) => VIEWS.find((v) => v.name === 'renstra')!.build(plan, { settings: DEFAULT_SETTINGS }),
  };
  const n = 1_000;
  for (const [name, run] of Object.entries(STAGES)) {
    it(`${name}: 10× the size takes about 10× the time`, () => {
      // The best of two runs: a garbage collection or a neighbour's burst lands in one of them.
      const time = (s: number) =>
        Math.min(
          ...[0, 1].map(() => {
            const start = performance.now();
            run(built.get(s)!, s);
            return performance.now() - start;
          }),
        );
      time(n / 10); // warm up the JIT
      const small = time(n);
      const large = time(10 * n);
      // Linear is ~10; the walks these replace (a walk up from every node) gave ~100.
      expect(large / Math.max(small, 1), `${small.toFixed(0)} ms → ${large.toFixed(0)} ms`).toBeLessThan(35);
    });
  }
});
