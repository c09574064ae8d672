import picomatch from 'picomatch';

/**
 * File globs of `overrides`, read by picomatch: `*` and `?` within one folder name, `**` across
 * folders, `{a,b}` alternatives, `[abc]` and `[!abc]` classes. A glob without `/` matches a file
 * name in any folder, as in .gitignore. Parentheses are plain characters (folder names such as
 * `draft (lama)`), not picomatch's groups.
 */
export function globMatcher(glob: string): (path: string) => boolean {
  const g = glob.replace(/^\.\//, '').replace(/[()]/g, '\\$&');
  return picomatch(g.includes('/') ? g : `**/${g}`, { dot: true, posix: true });
}

export function matchesGlob(path: string, glob: string): boolean {
  return globMatcher(glob)(path);
}
