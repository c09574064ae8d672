import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CONFIG_NAMES } from './load.js';

/**
 * The folder a plan lives in, seen from `start`: the nearest folder up with cascade.config.yaml
 * (where `cascade init` puts it), else the repository's root (a `.git` entry), else none.
 */
export function findPlanRoot(start: string): string | undefined {
  const from = resolve(start);
  for (let dir = from; ; dir = dirname(dir)) {
    if (CONFIG_NAMES.some((n) => isFile(join(dir, n)))) return dir;
    if (dirname(dir) === dir) break;
  }
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The deepest folder holding every path given (a file stands for its folder). */
export function commonFolder(paths: readonly string[]): string {
  const dirs = paths.map((p) => (isFolder(p) ? resolve(p) : dirname(resolve(p))));
  let common = dirs[0];
  for (const d of dirs.slice(1)) {
    while (!within(d, common)) common = dirname(common);
  }
  return common;
}

/** Whether `p` is `folder` or lies below it. */
export function within(p: string, folder: string): boolean {
  const rel = relative(folder, p);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The root whose other files complete the plan of the paths given, or undefined when the paths
 * already hold all of it (a check of the root itself, or of a folder above it).
 * The configuration in use, when the paths lie below it, marks the root; else it is looked up.
 */
export function planRootFor(paths: readonly string[], cwd: string, configFile: string | undefined): string | undefined {
  const abs = (paths.length ? paths : ['.']).map((p) => resolve(cwd, p));
  const start = commonFolder(abs);
  const configDir = configFile ? dirname(resolve(cwd, configFile)) : undefined;
  const root = configDir && within(start, configDir) ? configDir : findPlanRoot(start);
  if (!root) return undefined;
  return abs.some((p) => isFolder(p) && within(root, p)) ? undefined : root;
}
