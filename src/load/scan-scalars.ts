/**
 * The meanings of the scalar styles the scanner reads beyond plain one-line text: block scalars
 * (`|`, `>`) and escapes in double quotes. They follow the YAML 1.2 spec as the `yaml` package
 * reads it (the reference); test/load holds them to it on generated and suite texts.
 */

/** Thrown when a text is outside what these readers take on: the yaml package then reads it. */
export class OutsideSubset {}
export const OUTSIDE_SUBSET = new OutsideSubset();

/**
 * A block scalar's value from its lines: `lines` holds, per line, its start, its indentation and
 * its content end (before any CR); `first` is the first line with content, `end` the count of
 * lines the scalar owns; every line with content is indented at least `indent`.
 */
export function blockValue(text: string, lines: readonly number[], first: number, end: number, indent: number, folded: boolean, strip: boolean): string {
  let value = '';
  // Empty lines before the first content are kept as line breaks.
  for (let i = 0; i < first; i++) value += '\n';
  let sep = '';
  let prevMore = false;
  for (let i = first; i < end; i++) {
    const start = lines[3 * i];
    const spaces = lines[3 * i + 1];
    const contentEnd = lines[3 * i + 2];
    const content = spaces < indent ? '' : text.slice(start + indent, contentEnd);
    if (!folded) {
      value += sep + content;
      sep = '\n';
    } else if (spaces > indent) {
      // More indented lines keep their breaks in folded text.
      if (sep === ' ') sep = '\n';
      else if (!prevMore && sep === '\n') sep = '\n\n';
      value += sep + content;
      sep = '\n';
      prevMore = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMore = false;
    }
  }
  return strip ? value : `${value}\n`;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The value of a one-line double-quoted scalar's inside, escapes decoded. */
export function doubleQuotedValue(raw: string): string {
  if (!raw.includes('\\')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = raw[++i];
    const simple = ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const len = HEX_LENGTH[e];
    const hex = len ? raw.substr(i + 1, len) : '';
    if (!len || hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) throw OUTSIDE_SUBSET;
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) throw OUTSIDE_SUBSET;
    out += String.fromCodePoint(code);
    i += len;
  }
  return out;
}
