import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/**
 * What git leaves out of a repository is no part of the plan in it: the folder walk skips what the
 * `.gitignore` files (and `.git/info/exclude`) ignore — build output, a `tmp/` of scratch copies —
 * as git, Prettier and Biome do. The patterns are git's (the `ignore` package reads them).
 */

/** The rules of one `.gitignore`, for the paths below its folder. */
interface Layer {
  base: string;
  rules: Ignore;
}

/** The rules in force in a folder: those of the folders above it, then its own (later ones win). */
export type IgnoreRules = readonly Layer[];

function layerOf(base: string, file: string): Layer | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined; // none, or unreadable: nothing is ignored by it
  }
  return { base, rules: ignore({ allowRelativePaths: true }).add(text) };
}

/** The rules `dir`'s own `.gitignore` adds to those in force above it. */
export function withFolder(rules: IgnoreRules, dir: string): IgnoreRules {
  const own = layerOf(dir, join(dir, '.gitignore'));
  return own ? [...rules, own] : rules;
}

/** At a repository's root: the rules of its `.git/info/exclude`, which every `.gitignore` overrides. */
export function withExclude(rules: IgnoreRules, top: string): IgnoreRules {
  const own = layerOf(top, join(top, '.git', 'info', 'exclude'));
  return own ? [...rules, own] : rules;
}

/** Whether git ignores `full` (a folder when `isDir`): the deepest rule that matches decides. */
export function isIgnored(rules: IgnoreRules, full: string, isDir: boolean): boolean {
  let ignored = false;
  for (const { base, rules: ig } of rules) {
    const rel = relative(base, full);
    if (!rel || rel.startsWith('..')) continue;
    const r = ig.test(rel.split(sep).join('/') + (isDir ? '/' : ''));
    if (r.ignored) ignored = true;
    else if (r.unignored) ignored = false;
  }
  return ignored;
}

function repositoryRoot(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    try {
      statSync(join(d, '.git'));
      return d;
    } catch {
      if (dirname(d) === d) return undefined;
    }
  }
}

/**
 * The rules from above `dir` that reach into it: its repository's `.git/info/exclude` and the
 * `.gitignore` files from the repository's root down to `dir`'s parent (`dir`'s own is read by the
 * walk). None outside a repository. A folder the user names is read even when git ignores it (as
 * a file named is): then only the rules inside it apply.
 */
export function rulesAbove(dir: string): IgnoreRules {
  const top = repositoryRoot(dir);
  if (!top || top === dir) return [];
  let rules = withExclude([], top);
  const chain: string[] = [];
  for (let d = dirname(dir); d !== top; d = dirname(d)) chain.unshift(d);
  for (const d of [top, ...chain]) rules = withFolder(rules, d);
  return isIgnored(rules, dir, true) ? [] : rules;
}
