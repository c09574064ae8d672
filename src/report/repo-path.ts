import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/**
 * Where the paths of findings are written relative to: the working folder. CI annotations and
 * code scanning read paths from the repository's root instead, which differs when cascade runs
 * in a subfolder (`working-directory:`, `cd plans && cascade validate .`).
 */
export interface PathBase {
  cwd: string;
  /** The checkout's root: GITHUB_WORKSPACE in Actions, else the nearest folder with `.git`. */
  repoRoot?: string;
}

export function pathBase(cwd: string, env: NodeJS.ProcessEnv): PathBase {
  const workspace = env.GITHUB_WORKSPACE;
  if (workspace && isAbsolute(workspace)) return { cwd, repoRoot: workspace };
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return { cwd, repoRoot: dir };
    if (dirname(dir) === dir) return { cwd };
  }
}

/** A finding's path as the repository names it (with `/`); as written when it lies outside. */
export function repoPath(file: string, base: PathBase | undefined): string {
  if (!base?.repoRoot) return file;
  const rel = relative(base.repoRoot, resolve(base.cwd, file));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : file;
}
