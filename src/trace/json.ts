// A trace as JSON, written without recursion: JSON.stringify recurses into nested values and
// overflows the call stack on a chain a few thousand links deep, and its indentation grows with
// the depth, so such a chain would print quadratic bytes. Indentation stops growing at MAX_INDENT
// levels (whitespace means nothing to a JSON reader); the values are as JSON.stringify gives them.
import type { Trace } from './build.js';

const MAX_INDENT = 40;

type Frame = { kind: 'array'; items: unknown[]; next: number; depth: number } | { kind: 'object'; entries: [string, unknown][]; next: number; depth: number };

/** `trace` as `JSON.stringify(trace, null, 2)` prints it, for any depth. */
export function traceToJson(trace: Trace): string {
  const out: string[] = [];
  const pad = (depth: number) => `\n${'  '.repeat(Math.min(depth, MAX_INDENT))}`;
  const stack: Frame[] = [];
  // Writes a scalar, or opens an array or object whose members the loop below writes.
  const open = (value: unknown, depth: number): void => {
    if (Array.isArray(value)) {
      if (value.length === 0) out.push('[]');
      else out.push('['), stack.push({ kind: 'array', items: value, next: 0, depth });
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value).filter(([, v]) => v !== undefined);
      if (entries.length === 0) out.push('{}');
      else out.push('{'), stack.push({ kind: 'object', entries, next: 0, depth });
    } else out.push(JSON.stringify(value ?? null));
  };
  open(trace, 0);
  while (stack.length) {
    const f = stack[stack.length - 1];
    const size = f.kind === 'array' ? f.items.length : f.entries.length;
    if (f.next === size) {
      stack.pop();
      out.push(pad(f.depth), f.kind === 'array' ? ']' : '}');
      continue;
    }
    out.push(f.next ? ',' : '', pad(f.depth + 1));
    if (f.kind === 'array') open(f.items[f.next++], f.depth + 1);
    else {
      const [key, value] = f.entries[f.next++];
      out.push(JSON.stringify(key), ': ');
      open(value, f.depth + 1);
    }
  }
  return out.join('');
}
