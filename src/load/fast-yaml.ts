import { createRequire } from 'node:module';
import type * as JsYaml from 'js-yaml';
import type { Event } from 'js-yaml';
import { BLOCK, MAP, NodeTableBuilder, PLAIN, QUOTED, SEQ, type Kind } from './node-table.js';
import { plainValue, setEntry } from './yaml-values.js';
import type { Locator } from './yaml-document.js';

/**
 * The second path, for files the scanner gives up on: js-yaml's event parser (several times
 * faster than the `yaml` package, and light on memory), with the data built here from the events
 * so that the offsets of every key and value are recorded on the way, in a node table.
 *
 * It must give exactly what the `yaml` package gives — the same data and the same ranges — so it
 * hands a file over (returns 'yaml') whenever js-yaml fails or the file uses something whose
 * ranges or meaning could differ: aliases, anchors, tags, directives, several documents,
 * duplicate, null or complex keys, a top level that is not a mapping. Those files are rare and
 * the `yaml` package reads them as before. test/load/fast-paths.test.ts compares the paths.
 */

/** Deeper than this is no plan: a clear finding instead of a stack overflow further on. */
export const MAX_DEPTH = 100;

export type FastResult =
  | { kind: 'ok'; data: unknown; locator: Locator }
  | { kind: 'too-deep'; offset: number }
  | { kind: 'yaml' };

const HAND_OVER: FastResult = { kind: 'yaml' };

// js-yaml loads when the scanner gives a file up, not when the command starts.
const requireFromHere = createRequire(import.meta.url);
let jsYamlModule: typeof JsYaml | undefined;
const jsYaml = (): typeof JsYaml => (jsYamlModule ??= requireFromHere('js-yaml') as typeof JsYaml);

export function readFast(text: string, precise: () => Locator): FastResult {
  // A lone CR ends a line for js-yaml (as the spec says) but not for the yaml package; and the
  // two count the indentation of a first line that follows a BOM differently.
  if (text.includes('\r') && /\r(?!\n)/.test(text)) return HAND_OVER;
  if (text.startsWith('\uFEFF ')) return HAND_OVER;
  const { COLLECTION_STYLE, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, YAMLException } = jsYaml();
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch (err) {
    if (err instanceof YAMLException && err.reason.includes('maxDepth')) return { kind: 'too-deep', offset: err.mark?.position ?? 0 };
    return HAND_OVER;
  }
  const size = events.length;
  // Sized for every event, so it never grows and these arrays stay the table's own.
  const table = new NodeTableBuilder(size);
  const { start, end, kind, keys } = table;
  // Open collections: node index, JS value, and for a mapping the key waiting for its value.
  const openNode: number[] = [];
  const openValue: unknown[] = [];
  const openKey: Array<string | undefined> = [];
  let documents = 0;
  let root: unknown;
  let rootSet = false;
  // End of the last thing written (scalar or flow collection): scans for what js-yaml does not
  // report (empty values, block scalar headers, closing brackets) start here.
  let lastEnd = 0;

  /** Adds a finished value to the open collection; false when the file must go to the yaml package. */
  const add = (node: number, value: unknown): boolean => {
    const depth = openNode.length;
    if (depth === 0) {
      root = value;
      rootSet = true;
      return kind[node] === MAP;
    }
    const parent = openNode[depth - 1];
    const container = openValue[depth - 1];
    if (kind[parent] === SEQ) {
      (container as unknown[]).push(value);
      return true;
    }
    const key = openKey[depth - 1];
    if (key === undefined) {
      // A key: only scalars that are not null have the same text in both parsers.
      if (kind[node] < PLAIN || value === null) return false;
      const text = String(value);
      if (Object.prototype.hasOwnProperty.call(container, text)) return false; // the yaml package words duplicates
      keys[node] = text;
      openKey[depth - 1] = text;
      return true;
    }
    setEntry(container as Record<string, unknown>, key, value);
    openKey[depth - 1] = undefined;
    return true;
  };

  for (let e = 0; e < size; e++) {
    const ev = events[e];
    switch (ev.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1 || ev.directives.length > 0) return HAND_OVER;
        break;
      case EVENT_ID.SCALAR: {
        if (ev.tagStart !== -1 || ev.anchorStart !== -1) return HAND_OVER;
        let s = ev.valueStart;
        let t = ev.valueEnd;
        let k: Kind = PLAIN;
        let value: unknown;
        if (s === -1) {
          const parent = openNode.length ? openNode[openNode.length - 1] : -1;
          // A list's first item starts at the list's own `-`; a later one after what came before.
          const firstItem = parent >= 0 && kind[parent] === SEQ && table.count === parent + 1;
          const at = emptyValueAt(text, firstItem ? start[parent] : lastEnd, parent >= 0 ? kind[parent] : 0, openKey[openKey.length - 1] !== undefined);
          if (at === -2) {
            // `{a}`: no value node at all, so the yaml package's walk lands on the key.
            const keyNode = table.count - 1;
            s = start[keyNode];
            t = end[keyNode];
            k = kind[keyNode] as Kind;
          } else if (at < 0) return HAND_OVER;
          else s = t = at;
          value = null;
        } else if (ev.style === SCALAR_STYLE.PLAIN) {
          value = plainValue(getScalarValue(text, ev));
        } else if (ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED) {
          value = getScalarValue(text, ev);
          s -= 1;
          t += 1;
          k = QUOTED;
        } else {
          value = getScalarValue(text, ev);
          s = blockHeaderAt(text, lastEnd, s);
          if (s < 0) return HAND_OVER;
          k = BLOCK;
        }
        const i = table.add(k, s, t);
        if (t > lastEnd) lastEnd = t;
        if (!add(i, value)) return HAND_OVER;
        break;
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        if (ev.tagStart !== -1 || ev.anchorStart !== -1) return HAND_OVER;
        const flow = ev.style === COLLECTION_STYLE.FLOW;
        // `[a: 1]` makes a mapping with no brace of its own: its range is the yaml package's guess.
        if (flow && text[ev.start] !== (ev.type === EVENT_ID.MAPPING ? '{' : '[')) return HAND_OVER;
        const depth = openNode.length;
        // A collection as a key has no text both parsers agree on.
        if (depth > 0 && kind[openNode[depth - 1]] === MAP && openKey[depth - 1] === undefined) return HAND_OVER;
        // Block collections run past their first line, and ranges are cut at its end anyway.
        const i = table.add(ev.type === EVENT_ID.MAPPING ? MAP : SEQ, ev.start, flow ? -1 : text.length);
        openNode.push(i);
        openValue.push(ev.type === EVENT_ID.MAPPING ? {} : []);
        openKey.push(undefined);
        break;
      }
      case EVENT_ID.POP: {
        const depth = openNode.length;
        if (depth === 0) break; // the document's end
        const i = openNode.pop()!;
        const value = openValue.pop();
        const pendingKey = openKey.pop();
        if (pendingKey !== undefined) return HAND_OVER;
        table.close(i);
        if (end[i] === -1) {
          const close = closingBracketAt(text, Math.max(lastEnd, start[i] + 1));
          if (close < 0) return HAND_OVER;
          end[i] = lastEnd = close + 1;
        }
        if (!add(i, value)) return HAND_OVER;
        break;
      }
      default:
        return HAND_OVER; // an alias
    }
  }
  if (!rootSet || documents !== 1) return HAND_OVER;
  return { kind: 'ok', data: root, locator: table.locator(precise) };
}

const isSpace = (c: number) => c === 32 || c === 9;
const isBreak = (c: number) => c === 10 || c === 13;

/** Skips spaces, line breaks and comments from `i`; returns the next significant offset. */
function skipBlank(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || isBreak(c)) i++;
    else if (c === 35 /* # */) {
      while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
    } else return i;
  }
}

/**
 * Where the yaml package puts an empty value: just after its `:` (or a list's `-`) and the
 * spaces that follow on that line. -2 for a flow key written without `:`, -1 when unsure.
 */
function emptyValueAt(text: string, from: number, parentKind: number, isMapValue: boolean): number {
  let i = skipBlank(text, from);
  if (parentKind === MAP && isMapValue) {
    const c = text.charCodeAt(i);
    if (c === 44 /* , */ || c === 125 /* } */) return -2;
    if (c !== 58 /* : */) return -1;
    i++;
    while (isSpace(text.charCodeAt(i))) i++;
    return i;
  }
  if (parentKind !== SEQ || text.charCodeAt(i) !== 45 /* - */) return -1;
  i++;
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The `|` or `>` that starts a block scalar, between the previous token and its content. */
function blockHeaderAt(text: string, from: number, content: number): number {
  let i = from;
  for (;;) {
    i = skipBlank(text, i);
    if (i >= content) return -1;
    const c = text.charCodeAt(i);
    if (c === 124 /* | */ || c === 62 /* > */) return i;
    if (c === 58 /* : */ || c === 45 /* - */ || c === 63 /* ? */) i++;
    else return -1;
  }
}

/** The `]` or `}` that closes a flow collection whose last item ended at `from`. */
function closingBracketAt(text: string, from: number): number {
  let i = from;
  for (;;) {
    i = skipBlank(text, i);
    const c = text.charCodeAt(i);
    if (c === 93 /* ] */ || c === 125 /* } */) return i;
    if (c === 44 /* , */) i++;
    else return -1;
  }
}
