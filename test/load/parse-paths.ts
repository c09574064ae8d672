import { SourceFile } from '../../src/load/source.js';
import type { DataPath } from '../../src/core/span.js';

/** Every path into plain data (the root included), plus one missing key and index under each collection. */
export function allPaths(data: unknown, limit = 20000): DataPath[] {
  const out: DataPath[] = [];
  const visit = (v: unknown, path: Array<string | number>) => {
    if (out.length >= limit) return;
    out.push(path);
    if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) visit(x, [...path, i]);
      out.push([...path, v.length], [...path, 'x']);
    } else if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v)) visit((v as Record<string, unknown>)[k], [...path, k]);
      out.push([...path, 'no-such-key'], [...path, 0]);
    }
  };
  visit(data, []);
  return out;
}

/** Deep equality that tells -0 from 0 and keeps NaN equal to itself, own keys in order. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.getOwnPropertyNames(a);
  const kb = Object.getOwnPropertyNames(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Reads `text` as cascade does (the scanner when it can) and by the yaml package alone, and lists
 * every way they disagree: problems, data, comments, and for every path into the data the located
 * key and value and how a number there was written.
 */
export function differences(text: string, maxPaths = 20000): string[] {
  const slow = SourceFile.parse('f.yaml', text, 'yaml');
  const auto = SourceFile.parse('f.yaml', text);
  return compare(auto, slow, maxPaths).map((d) => `${auto.readBy}: ${d}`);
}

function compare(fast: SourceFile, slow: SourceFile, maxPaths: number): string[] {
  const out: string[] = [];
  const problems = (f: SourceFile) => JSON.stringify(f.problems.map((p) => [p.rule, p.span]));
  const deep = fast.problems.some((p) => p.message.en.includes('nested more than'));
  if (!deep && problems(fast) !== problems(slow)) out.push(`problems: ${problems(fast)} vs ${problems(slow)}`);
  if (deep || slow.problems.length) return out;
  const comments = (f: SourceFile) => JSON.stringify(f.comments());
  if (comments(fast) !== comments(slow)) out.push(`comments: ${comments(fast)} vs ${comments(slow)}`);
  if (!sameData(fast.data, slow.data)) out.push(`data: ${JSON.stringify(fast.data)?.slice(0, 200)} vs ${JSON.stringify(slow.data)?.slice(0, 200)}`);
  for (const path of allPaths(slow.data, maxPaths)) {
    for (const part of ['value', 'key'] as const) {
      const a = JSON.stringify(fast.locate(path, part));
      const b = JSON.stringify(slow.locate(path, part));
      if (a !== b) out.push(`locate ${JSON.stringify(path)} ${part}: ${a} vs ${b}`);
    }
    const ta = fast.numberText(path);
    const tb = slow.numberText(path);
    if (ta !== tb) out.push(`numberText ${JSON.stringify(path)}: ${JSON.stringify(ta)} vs ${JSON.stringify(tb)}`);
    if (out.length > 20) break;
  }
  return out;
}
