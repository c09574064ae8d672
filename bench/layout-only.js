// @ts-check
/**
 * The render baseline: load the WASM Graphviz and lay out a DOT file to SVG, nothing else.
 * `node bench/layout-only.js chart.dot` — the DOT is what `cascade render --format dot` writes.
 */
import { readFileSync } from 'node:fs';
import { Graphviz } from '@hpcc-js/wasm-graphviz';

const gv = await Graphviz.load();
process.stdout.write(gv.layout(readFileSync(process.argv[2], 'utf8'), 'svg', 'dot'));
