import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Digraph, Graph, toDot } from 'ts-graphviz';
import { describe, expect, it } from 'vitest';
import { openPlan } from '../../src/model/open.js';
import { buildChart, type ChartOptions } from '../../src/render/chart.js';
import { modelToDot } from '../../src/render/dot-text.js';
import { chartToGraph } from '../../src/render/graph.js';
import { ROOT } from '../helpers/cli.js';
import { hostilePlan, smallPlan } from './fixture.js';

// ts-graphviz's own printer is the reference: the fast one must give its very bytes.
describe('modelToDot', () => {
  // examples/spreadsheets/ holds workbooks for `cascade import`, not a plan.
  const examples = readdirSync(join(ROOT, 'examples'))
    .filter((name) => name !== 'spreadsheets')
    .map((name) => join(ROOT, 'examples', name));
  const cases: Array<[string, Partial<ChartOptions>]> = [
    ['whole', {}],
    ['LR, Indonesian', { direction: 'LR', lang: 'id' }],
    ['depth 1', { depth: 1 }],
  ];
  for (const path of examples) {
    for (const [label, opts] of cases) {
      it(`prints what toDot prints: ${path.slice(ROOT.length + 1)}, ${label}`, () => {
        const g = chartToGraph(buildChart(openPlan([path]).plan, { lang: 'en', ...opts }));
        expect(modelToDot(g)).toBe(toDot(g));
      });
    }
  }

  it('prints what toDot prints for the test plans, hostile text included', () => {
    for (const plan of [smallPlan(), hostilePlan()]) {
      const g = chartToGraph(buildChart(plan, { lang: 'en' }));
      expect(modelToDot(g)).toBe(toDot(g));
    }
  });

  it('prints what toDot prints for what the chart does not use: comments, groups, ports, undirected, empty parts', () => {
    const g = new Graph('G', { label: 'two\nlines "quoted"' });
    g.comment = 'top\nsecond';
    g.attributes.graph.apply({ fontsize: 12 });
    g.attributes.graph.comment = 'graph defaults';
    const a = g.createNode('a', { comment: 'x' });
    a.comment = 'node a';
    const b = g.createNode('b');
    b.attributes.comment = 'only a comment';
    g.createSubgraph('empty');
    const sub = g.createSubgraph({ rank: 'same' });
    sub.createSubgraph('inner').createNode('c', { label: '<<B>c</B>>' });
    const e = g.createEdge([a, [b, { id: 'c', port: 'p', compass: 'n' }]], { weight: 2 });
    e.comment = 'an edge';
    g.createEdge(['b', 'c']).attributes.comment = 'edge attrs';
    expect(modelToDot(g)).toBe(toDot(g));
    expect(modelToDot(new Digraph())).toBe(toDot(new Digraph()));
    const strict = new Digraph('S', true);
    strict.createEdge(['x', 'y']);
    expect(modelToDot(strict)).toBe(toDot(strict));
  });

  it('keeps a quoted string closed when it ends in a backslash (where toDot would not)', () => {
    const g = new Digraph('G');
    g.createNode('a', { tooltip: 'path\\' });
    expect(modelToDot(g)).toContain('tooltip = "path\\\\";');
  });
});
