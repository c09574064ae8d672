// Layout with Graphviz compiled to WebAssembly: no system Graphviz, the same result everywhere.
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { FONT, FONT_STACK } from './style.js';

let loaded: Promise<Graphviz> | undefined;

/** The WASM module, loaded once per process. */
export function graphviz(): Promise<Graphviz> {
  loaded ??= Graphviz.load();
  return loaded;
}

/** DOT → SVG. The text keeps DejaVu Sans first, with fallbacks of the same widths for viewers without it. */
export async function dotToSvg(dot: string): Promise<string> {
  const gv = await graphviz();
  const svg = gv.layout(dot, 'svg', 'dot');
  return svg.replaceAll(`font-family="${FONT}"`, `font-family="${FONT_STACK}"`);
}
