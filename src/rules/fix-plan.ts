import { SourceFile } from '../load/source.js';
import { buildPlan } from '../model/build.js';
import type { Plan } from '../model/plan.js';
import type { Diagnostic, Edit } from '../core/diagnostic.js';
import { applyFixes } from './fixes.js';

/** Passes of fixing, as ESLint: a fix can reveal the next (a tab fixed shows a misspelt key). */
const MAX_PASSES = 10;

export interface FixedFile {
  path: string;
  before: string;
  after: string;
  /** How many fixes were applied to it. */
  fixes: number;
}

/**
 * Applies the fixes of the findings in the files checked, pass after pass, until none is left;
 * returns the plan as fixed and the files that changed. Nothing is written here.
 */
export async function fixPlan(plan: Plan, lint: (plan: Plan) => Promise<Diagnostic[]>): Promise<{ plan: Plan; changed: FixedFile[] }> {
  const before = new Map(plan.sources.map((s) => [s.path, s.text]));
  const count = new Map<string, number>();
  let current = plan;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const byFile = new Map<string, Edit[][]>();
    for (const d of await lint(current)) {
      if (!d.fix) continue;
      const list = byFile.get(d.file) ?? [];
      list.push(d.fix);
      byFile.set(d.file, list);
    }
    let changed = false;
    const sources = current.sources.map((s) => {
      const fixes = byFile.get(s.path);
      if (!fixes) return s;
      const { text, applied } = applyFixes(s.text, fixes);
      if (!applied || text === s.text) return s;
      changed = true;
      count.set(s.path, (count.get(s.path) ?? 0) + applied);
      return SourceFile.parse(s.path, text);
    });
    if (!changed) break;
    current = buildPlan(sources);
  }
  const changed = current.sources
    .filter((s) => before.get(s.path) !== s.text)
    .map((s) => ({ path: s.path, before: before.get(s.path)!, after: s.text, fixes: count.get(s.path) ?? 0 }));
  return { plan: current, changed };
}
