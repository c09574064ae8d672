import { resolve } from 'node:path';
import { displayPath, findCascadeFiles, loadSource } from '../load/files.js';
import { SourceFile } from '../load/source.js';
import { buildPlan } from './build.js';
import type { Plan } from './plan.js';
import { looksLikePlan } from './plan-like.js';

/** The plan `validate` checks: the files given, read with the rest of their plan. */
export interface CheckScope {
  plan: Plan;
  /** Shown paths of the files whose findings are reported: the paths given. */
  checked: Set<string>;
  /** Absolute paths of the files given (and read). */
  files: string[];
  /** Absolute paths of the other files of the plan, read only so references into them resolve. */
  context: string[];
  /** YAML files in the folders given that are no plan files. */
  skipped: string[];
}

export interface CheckOptions {
  /** The plan's root folder: its other files are read for references. None: the paths alone. */
  root?: string;
  /** Text given on stdin, standing for the file at this path (which need not exist). */
  stdin?: { path: string; text: string };
}

const pemdaOf = (s: SourceFile): string | undefined => {
  const p = s.data !== null && typeof s.data === 'object' ? (s.data as Record<string, unknown>).pemda : undefined;
  return typeof p === 'string' ? p.trim().replace(/\s+/g, ' ').toLowerCase() : undefined;
};

/**
 * Reads the paths given (or the stdin text) as the part of the plan to check, and the rest of the
 * plan below `root` so that a reference into another file is no false `ref/unknown`. A file of
 * another plan in the same repository (another `pemda:`) is not part of this one.
 */
export function openPlanToCheck(paths: readonly string[], cwd: string, options: CheckOptions = {}): CheckScope {
  const { stdin } = options;
  const given = stdin ? { files: [], planLike: [], skipped: [] } : findCascadeFiles(paths.length ? paths : ['.'], cwd, { looksLikePlan });
  const stdinAbs = stdin ? resolve(cwd, stdin.path) : undefined;
  const mine = new Set([...given.files, ...(stdinAbs ? [stdinAbs] : [])]);
  const sources = given.files.map((f) => loadSource(f, cwd));
  if (stdin) sources.push(SourceFile.parse(displayPath(stdinAbs!, cwd), stdin.text));
  const context: SourceFile[] = [];
  const contextFiles: string[] = [];
  if (options.root) {
    const pemdas = new Set(sources.map(pemdaOf).filter((p) => p !== undefined));
    const around = findCascadeFiles([options.root], cwd, { looksLikePlan, allowEmpty: true }).files.filter((f) => !mine.has(f));
    for (const f of around) {
      const s = loadSource(f, cwd);
      const p = pemdaOf(s);
      if (p !== undefined && pemdas.size && !pemdas.has(p)) continue;
      context.push(s);
      contextFiles.push(f);
    }
  }
  // In the order of a whole-plan run, so a finding between two files lands where that run puts it.
  const all = [...sources, ...context].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    plan: buildPlan(all),
    checked: new Set(sources.map((s) => s.path)),
    files: [...mine],
    context: contextFiles,
    skipped: given.skipped,
  };
}
