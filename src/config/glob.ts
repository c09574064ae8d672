/**
 * File globs of `overrides` (node:path's matchesGlob is experimental in Node 20 and warns):
 * `*` and `?` within one folder name, `**` across folders, `{a,b}` alternatives, `[abc]` classes.
 * A glob without `/` matches a file name in any folder, as in .gitignore.
 */
export function globToRegExp(glob: string): RegExp {
  const g = glob.replace(/^\.\//, '');
  const body = g.includes('/') ? source(g) : `(?:.*/)?${source(g)}`;
  return new RegExp(`^${body}$`);
}

export function matchesGlob(path: string, glob: string): boolean {
  return globToRegExp(glob).test(path);
}

function source(g: string): string {
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        const wholeSegment = (i === 0 || g[i - 1] === '/') && (i + 2 === g.length || g[i + 2] === '/');
        if (wholeSegment && g[i + 2] === '/') {
          re += '(?:[^/]+/)*'; // `**/`: no folder or any number of them
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = closing(g, i);
      if (end === -1) re += '\\{';
      else {
        re += `(?:${splitTop(g.slice(i + 1, end)).map(source).join('|')})`;
        i = end;
      }
    } else if (c === '[') {
      const end = g.indexOf(']', i + 2);
      if (end === -1) re += '\\[';
      else {
        const inner = g.slice(i + 1, end);
        const negate = inner[0] === '!' || inner[0] === '^';
        const chars = (negate ? inner.slice(1) : inner).replace(/[\\\]^]/g, '\\$&');
        re += negate ? `[^/${chars}]` : `[${chars}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < g.length) {
      re += escapeChar(g[++i]);
    } else re += escapeChar(c);
  }
  return re;
}

function escapeChar(c: string): string {
  return /[.+^${}()|[\]\\*?]/.test(c) ? `\\${c}` : c;
}

/** Index of the `}` closing the `{` at `open`, nesting counted; -1 when there is none. */
function closing(g: string, open: number): number {
  let depth = 0;
  for (let i = open; i < g.length; i++) {
    if (g[i] === '{') depth++;
    else if (g[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Splits `a,b{c,d}` at its top-level commas only. */
function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}') depth--;
    else if (s[i] === ',' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}
