import { findCascadeFiles, loadSource } from '../load/files.js';
import { buildPlan } from './build.js';
import type { Plan } from './plan.js';

export interface OpenedPlan {
  plan: Plan;
  /** Absolute paths of the files read. */
  files: string[];
  /** YAML files in the folders given that are not cascade files. */
  skipped: string[];
}

/** Paths → the one plan they hold. Throws PathError when a path cannot be used at all. */
export function openPlan(paths: readonly string[], cwd = process.cwd()): OpenedPlan {
  const { files, skipped } = findCascadeFiles(paths.length ? paths : ['.'], cwd);
  const sources = files.map((f) => loadSource(f, cwd));
  return { plan: buildPlan(sources), files, skipped };
}
