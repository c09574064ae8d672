import type { Msg } from '../core/message.js';
import type { DataPath, Part } from '../core/span.js';

/** Deeper than this is no plan: a clear finding instead of a stack overflow further on. */
export const MAX_DEPTH = 100;

/** A problem as a reader reports it: offsets into the text. */
export interface RawProblem {
  rule: 'yaml/syntax' | 'yaml/duplicate-key';
  start: number;
  end: number;
  message: Msg;
}

/** Where a path leads in a file: the range (offsets) of its node and of its key. */
export interface Locator {
  /** [start, end] of the node at `path` (or of its key), or of the deepest part that exists. */
  range(path: DataPath, part: Part): readonly [number, number] | undefined;
}

/**
 * How plain scalars that YAML read as numbers were written, when the number alone does not say
 * (`1.200` is 1.2, `0x10` is 16), kept by the mapping or list that holds them: the form travels
 * with the data, and nothing needs the text or the positions to learn it.
 */
export class NumberForms {
  private readonly by = new Map<object, Map<string, string>>();

  /** Records `source` for container[key] unless the number prints back as written. */
  note(container: object, key: string | number, value: number, source: string): void {
    if (source === String(value)) return;
    let m = this.by.get(container);
    if (!m) this.by.set(container, (m = new Map()));
    m.set(String(key), source);
  }

  /** How the number at container[key] was written; undefined when it is not a number. */
  of(container: object, key: string | number): string | undefined {
    const v = (container as Record<string, unknown>)[key];
    if (typeof v !== 'number') return undefined;
    return this.by.get(container)?.get(String(key)) ?? String(v);
  }
}

/** One read of a YAML text: the data, where everything is, its comments, and how numbers were written. */
export interface YamlRead {
  data: unknown;
  locator: Locator;
  /** Each comment as [start, end) offsets, `#` included, line break excluded, in text order. */
  comments: number[];
  forms: NumberForms;
  problems: RawProblem[];
}

/**
 * The offset where flow brackets first nest deeper than MAX_DEPTH, or -1. Checked before the
 * `yaml` package sees a text: thousands of `[` exhaust its memory. Brackets in comments do not
 * count; those in quoted text do (no plan holds a hundred of them unclosed).
 */
export function flowTooDeep(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 93 || c === 125) {
      if (depth > 0) depth--;
    } else if (c === 35 && (i === 0 || text.charCodeAt(i - 1) <= 32)) {
      const nl = text.indexOf('\n', i);
      if (nl === -1) break;
      i = nl;
    }
  }
  return -1;
}
