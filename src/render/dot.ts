// A chart's DOT text, written directly. ts-graphviz built a model and printed it through an AST
// and nested generators: on a 500-box chart its printer alone took half as long as the WASM
// layout, more than the render goal leaves (bench/RESULTS.md). This is the little the chart uses:
// graph, node and edge attributes, nodes, edges between two nodes, and subgraphs.
import { sanitize } from '../text/sanitize.js';

export type DotValue = string | number | boolean;
export type DotAttributes = Record<string, DotValue | undefined>;

const EOL = '\n';
const PADDING = '  ';

class AttributeList {
  readonly values: Array<[string, DotValue]> = [];
  apply(attrs: DotAttributes): void {
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined) this.values.push([k, v]);
  }
}

/** A graph or subgraph: its statements in the order DOT prints them. */
export class DotGraph {
  private readonly values: Array<[string, DotValue]> = [];
  readonly attributes = { edge: new AttributeList(), node: new AttributeList() };
  private readonly nodes: Array<{ id: string; attrs: AttributeList }> = [];
  private readonly subgraphs: DotGraph[] = [];
  private readonly edges: Array<{ from: string; to: string; attrs: AttributeList }> = [];

  constructor(
    readonly id?: string,
    attrs: DotAttributes = {},
  ) {
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined) this.values.push([k, v]);
  }

  createNode(id: string, attrs: DotAttributes = {}): void {
    const list = new AttributeList();
    list.apply(attrs);
    this.nodes.push({ id, attrs: list });
  }

  createEdge([from, to]: [string, string], attrs: DotAttributes = {}): void {
    const list = new AttributeList();
    list.apply(attrs);
    this.edges.push({ from, to, attrs: list });
  }

  /** A subgraph, named (a `cluster_…` is drawn as a box) or not (`{ rank: 'same' }`). */
  createSubgraph(idOrAttrs?: string | DotAttributes, attrs?: DotAttributes): DotGraph {
    const sub = typeof idOrAttrs === 'string' ? new DotGraph(idOrAttrs, attrs) : new DotGraph(undefined, idOrAttrs);
    this.subgraphs.push(sub);
    return sub;
  }

  /** The DOT text of a directed graph with this as its root. */
  toDigraph(): string {
    const out: string[] = ['digraph '];
    if (this.id) out.push(quoted(this.id), ' ');
    out.push('{');
    this.body(out, 1);
    out.push('}');
    return out.join('');
  }

  /** Attributes, default lists, nodes, subgraphs, edges; a body with statements ends on its own line. */
  private body(out: string[], depth: number): void {
    const start = out.length;
    const line = () => out.push(EOL, PADDING.repeat(depth));
    for (const [key, value] of this.values) line(), out.push(attribute(key, value));
    for (const [kind, list] of Object.entries(this.attributes)) {
      if (list.values.length === 0) continue;
      line(), out.push(kind, ' [');
      attributes(out, list, depth);
      out.push('];');
    }
    for (const node of this.nodes) {
      line(), out.push(quoted(node.id));
      if (node.attrs.values.length) out.push(' ['), attributes(out, node.attrs, depth), out.push(']');
      out.push(';');
    }
    for (const sub of this.subgraphs) {
      line(), out.push('subgraph');
      if (sub.id) out.push(' ', quoted(sub.id));
      out.push(' {');
      sub.body(out, depth + 1);
      out.push('}');
    }
    for (const edge of this.edges) {
      line(), out.push(quoted(edge.from), ' -> ', quoted(edge.to));
      if (edge.attrs.values.length) out.push(' ['), attributes(out, edge.attrs, depth), out.push('];');
      else out.push(';');
    }
    if (out.length > start) out.push(EOL, PADDING.repeat(depth - 1));
  }
}

function attributes(out: string[], list: AttributeList, depth: number): void {
  const pad = PADDING.repeat(depth + 1);
  for (const [key, value] of list.values) out.push(EOL, pad, attribute(key, value));
  out.push(EOL, PADDING.repeat(depth));
}

/** `key = value;`: an HTML-like label as it is (its text is escaped where it is made), else quoted. */
function attribute(key: string, value: DotValue): string {
  if (typeof value !== 'string') return `${key} = ${String(value)};`;
  const trimmed = value.trim();
  if (/^<.+>$/s.test(trimmed)) return `${key} = <${trimmed.slice(1, -1)}>;`;
  return `${key} = ${quoted(value)};`;
}

/** A DOT quoted string; the one sanitizer escapes it (a backslash too, so none can swallow the closing quote). */
function quoted(s: string): string {
  return `"${sanitize(s, 'dot')}"`;
}
