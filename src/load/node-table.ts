import type { Locator } from './read.js';
import type { DataPath, Part } from '../core/span.js';

/**
 * The positions of one file's nodes in flat typed arrays, in document order: node i's range,
 * its kind, and the index just past its subtree (so a collection's children are i+1, next[i+1], …;
 * a mapping's are key, value, key, value). A few bytes per node instead of a tree of objects.
 */
export const MAP = 1;
export const SEQ = 2;
export const PLAIN = 3;
export const QUOTED = 4;
export const BLOCK = 5;
export type Kind = typeof MAP | typeof SEQ | typeof PLAIN | typeof QUOTED | typeof BLOCK;

export class NodeTableBuilder {
  start: Int32Array;
  end: Int32Array;
  next: Int32Array;
  kind: Uint8Array;
  /** The text of each mapping key, as the yaml package compares keys (String of its value). */
  readonly keys: Array<string | undefined> = [];
  count = 0;

  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.next = new Int32Array(n);
    this.kind = new Uint8Array(n);
  }

  /** Adds a node; a collection's `next` is set when it is closed. */
  add(kind: Kind, start: number, end: number): number {
    if (this.count === this.start.length) this.grow();
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.next[i] = i + 1;
    return i;
  }

  close(i: number): void {
    this.next[i] = this.count;
  }

  locator(): Locator {
    const n = this.count;
    // Views, not copies: the spare capacity is at most what was grown into.
    return new TableLocator(this.start.subarray(0, n), this.end.subarray(0, n), this.next.subarray(0, n), this.kind.subarray(0, n), this.keys);
  }

  private grow(): void {
    const n = this.start.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    this.start = copy(this.start, new Int32Array(n));
    this.end = copy(this.end, new Int32Array(n));
    this.next = copy(this.next, new Int32Array(n));
    this.kind = copy(this.kind, new Uint8Array(n));
  }
}

class TableLocator implements Locator {
  // Rules ask about neighbouring paths one after another (the years of one target, a value's
  // plainness then its text): the nodes along the last path let a walk resume from the common prefix.
  private lastPath: DataPath = [];
  private lastNodes: number[] = [0];
  private lastKeys: number[] = [-1];
  // The very same path array again (a rule asks whether a value is plain, then for its text).
  private lastArg: DataPath | undefined;
  private lastResult = { node: 0, key: -1, complete: true };
  private readonly indexes = new Map<number, Map<string, number> | number[]>();

  constructor(
    private readonly start: Int32Array,
    private readonly end: Int32Array,
    private readonly next: Int32Array,
    private readonly kind: Uint8Array,
    private readonly keys: ReadonlyArray<string | undefined>,
  ) {}

  range(path: DataPath, part: Part): readonly [number, number] {
    const { node, key, complete } = this.walk(path);
    const t = complete && part === 'key' && key >= 0 ? key : node;
    return [this.start[t], this.end[t]];
  }

  /** The yaml package's walk: the first key whose text matches; a list index only by number. */
  private walk(path: DataPath): { node: number; key: number; complete: boolean } {
    if (path === this.lastArg) return this.lastResult;
    this.lastArg = path;
    this.lastResult = this.walkFrom(path);
    return this.lastResult;
  }

  /**
   * For a collection of more than a few entries, its children by key (the first of a key, as the
   * yaml package finds it) or by position, built on first use: a look-up is then one step, where a
   * scan made a mapping of 100,000 keys take seconds per thousand findings.
   */
  private indexed(node: number): Map<string, number> | number[] | undefined {
    const stop = this.next[node];
    if (stop - node <= 32) return undefined;
    let index = this.indexes.get(node);
    if (index) return index;
    if (this.kind[node] === MAP) {
      const byKey = new Map<string, number>();
      for (let k = node + 1; k < stop; k = this.next[k + 1]) {
        const name = this.keys[k];
        if (name !== undefined && !byKey.has(name)) byKey.set(name, k);
      }
      index = byKey;
    } else {
      const children: number[] = [];
      for (let c = node + 1; c < stop; c = this.next[c]) children.push(c);
      index = children;
    }
    this.indexes.set(node, index);
    return index;
  }

  private walkFrom(path: DataPath): { node: number; key: number; complete: boolean } {
    const nodes = this.lastNodes;
    const keys = this.lastKeys;
    const last = this.lastPath;
    let depth = 0;
    while (depth < path.length && depth < last.length && path[depth] === last[depth]) depth++;
    nodes.length = depth + 1;
    keys.length = depth + 1;
    this.lastPath = path.slice();
    let node = nodes[depth];
    let key = keys[depth];
    for (; depth < path.length; depth++) {
      const seg = path[depth];
      let found = -1;
      const stop = this.next[node];
      if (this.kind[node] === MAP) {
        const want = String(seg);
        const index = this.indexed(node);
        if (index) {
          const k = (index as Map<string, number>).get(want);
          if (k !== undefined) (key = k), (found = k + 1);
        } else {
          for (let k = node + 1; k < stop; k = this.next[k + 1]) {
            if (this.keys[k] === want) {
              key = k;
              found = k + 1;
              break;
            }
          }
        }
      } else if (this.kind[node] === SEQ && typeof seg === 'number') {
        const index = this.indexed(node);
        if (index) found = (index as number[])[seg] ?? -1;
        else {
          let i = 0;
          for (let c = node + 1; c < stop; c = this.next[c], i++) {
            if (i === seg) {
              found = c;
              break;
            }
          }
        }
        key = -1;
      }
      if (found < 0) {
        this.lastPath = path.slice(0, depth);
        return { node, key, complete: false };
      }
      node = found;
      nodes.push(node);
      keys.push(key);
    }
    return { node, key, complete: true };
  }
}
