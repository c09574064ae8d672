import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

/**
 * Where the paths of findings are written relative to: the working folder. CI annotations and
 * code scanning read paths from the repository's root instead, which differs when cascade runs
 * in a subfolder (`working-directory:`, `cd plans && cascade validate .`).
 */
export interface PathBase {
  cwd: string;
  /**
   * The checkout's root: GITHUB_WORKSPACE in Actions, else the nearest folder with `.git`. Looked
   * up on first use, so formats that never ask (stylish, json) cost no file-system walk.
   */
  readonly repoRoot: string | undefined;
}

export function pathBase(cwd: string, env: NodeJS.ProcessEnv): PathBase {
  let root: { dir: string | undefined } | undefined;
  return {
    cwd,
    get repoRoot() {
      root ??= { dir: findRepoRoot(cwd, env) };
      return root.dir;
    },
  };
}

function findRepoRoot(cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  const workspace = env.GITHUB_WORKSPACE;
  if (workspace && isAbsolute(workspace)) return workspace;
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** A finding's path as the repository names it (with `/`); as written when it lies outside. */
export function repoPath(file: string, base: PathBase | undefined): string {
  if (!base?.repoRoot) return file;
  const rel = relative(base.repoRoot, resolve(base.cwd, file));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : file;
}
