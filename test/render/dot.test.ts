import { describe, expect, it } from 'vitest';
import { DotGraph } from '../../src/render/dot.js';
import { dotToSvg } from '../../src/render/layout.js';

describe('DotGraph', () => {
  it('prints attributes, default lists, nodes, subgraphs and edges in DOT order', () => {
    const g = new DotGraph('G', { rankdir: 'TB', pad: 0.3, newrank: true, skipped: undefined });
    g.attributes.node.apply({ fontsize: 10 });
    g.createNode('a', { label: '<<B>a</B>>' });
    g.createNode('b');
    const legend = g.createSubgraph('cluster_x', { style: 'dashed' });
    legend.createSubgraph({ rank: 'same' }).createNode('c');
    g.createEdge(['a', 'b'], { dir: 'none' });
    g.createEdge(['b', 'c']);
    expect(g.toDigraph()).toBe(
      [
        'digraph "G" {',
        '  rankdir = "TB";',
        '  pad = 0.3;',
        '  newrank = true;',
        '  node [',
        '    fontsize = 10;',
        '  ];',
        '  "a" [',
        '    label = <<B>a</B>>;',
        '  ];',
        '  "b";',
        '  subgraph "cluster_x" {',
        '    style = "dashed";',
        '    subgraph {',
        '      rank = "same";',
        '      "c";',
        '    }',
        '  }',
        '  "a" -> "b" [',
        '    dir = "none";',
        '  ];',
        '  "b" -> "c";',
        '}',
      ].join('\n'),
    );
  });

  it('quotes ids and values through the one sanitizer: a quote, a backslash or a line break cannot end the string', async () => {
    const g = new DotGraph('G');
    g.createNode('x" -> "y', { tooltip: 'path\\', label: 'two\nlines \u001b[31m' });
    const dot = g.toDigraph();
    expect(dot).toContain('"x\\" -> \\"y"');
    expect(dot).toContain('tooltip = "path\\\\";');
    expect(dot).toContain('label = "two\\nlines \\\\u001b[31m";');
    expect(dot).not.toContain('\u001b');
    // Graphviz reads it as one node, not an edge.
    const svg = await dotToSvg(dot);
    expect(svg.match(/class="node"/g)).toHaveLength(1);
    expect(svg).not.toContain('class="edge"');
  });
});
