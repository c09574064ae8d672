import { BLOCK, MAP, NodeTableBuilder, PLAIN, QUOTED, SEQ } from './node-table.js';
import { MAX_DEPTH, NumberForms, type YamlRead } from './read.js';
import { blockValue, doubleQuotedValue, OUTSIDE_SUBSET } from './scan-scalars.js';
import { plainValue, setEntry } from './yaml-values.js';

/**
 * The fast path, for the YAML plans are written in: block mappings and lists, plain scalars (over
 * several lines too), one-line quoted scalars (escapes included), block scalars (`|`, `>`, with
 * `-` or the default chomping), flow collections, comments, a leading `---`. It reads the text in
 * one pass, building the data, the node table and the list of comments together — no event
 * objects, little garbage.
 *
 * Anything else — multi-line quoted scalars, `+` chomping or indentation indicators, anchors,
 * tags, tabs, control characters, later document markers, duplicate or odd keys, and every
 * error — makes it give up (undefined), and the `yaml` package reads the file instead. It gives
 * up rather than guess: test/load holds it to the yaml package's data, problems and positions.
 */

// Characters the subset leaves to the yaml package wherever they appear (tabs among them: where one is allowed is subtle).
const OUTSIDE = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]|\r(?!\n)/g;

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DQUOTE = 34;
const SQUOTE = 39;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;
const COMMA = 44;
const CR = 13;
const LF = 10;

class GiveUp {}
const GIVE_UP = new GiveUp();
/** Nested deeper than MAX_DEPTH at `offset`: no plan is, and deeper still would exhaust the stack. */
class TooDeep {
  constructor(readonly offset: number) {}
}

/** Characters that cannot start a plain scalar (some may when followed by a non-space). */
function badPlainStart(c: number, next: number, flow: boolean): boolean {
  switch (c) {
    case DASH:
    case 63: // ?
    case COLON:
      return next === SPACE || Number.isNaN(next) || next === CR || next === LF || (flow && isFlowIndicator(next));
    case COMMA:
    case LBRACKET:
    case RBRACKET:
    case LBRACE:
    case RBRACE:
    case HASH:
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case DQUOTE:
    case SQUOTE:
    case 37: // %
    case 64: // @
    case 96: // `
      return true;
    default:
      return false;
  }
}
const isFlowIndicator = (c: number) => c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;

class Scanner {
  readonly table: NodeTableBuilder;
  /** [start, end) of every comment, in text order. */
  readonly comments: number[] = [];
  readonly forms = new NumberForms();
  /** The source of the last plain scalar read, when it was a number (its form is noted where it is stored). */
  numSrc: string | undefined;
  /** Whether a `---` opened the document. */
  opened = false;
  // The current content line: where it starts, its indentation, where its content ends (before CR LF).
  lineStart = 0;
  indent = 0;
  contentEnd = 0;
  lineEnd = 0;
  eof = false;

  constructor(readonly text: string) {
    // About one node per 12 bytes in plans as written; the table grows if not.
    this.table = new NodeTableBuilder(Math.ceil(text.length / 10));
  }

  /** Moves to the first line from `from` that holds more than spaces and a comment. */
  seekContent(from: number): void {
    const t = this.text;
    let i = from;
    for (;;) {
      if (i >= t.length) {
        this.eof = true;
        return;
      }
      let nl = t.indexOf('\n', i);
      if (nl === -1) nl = t.length;
      let j = i;
      while (t.charCodeAt(j) === SPACE) j++;
      const c = t.charCodeAt(j);
      if (j < nl && c !== HASH && c !== CR) {
        this.lineStart = i;
        this.indent = j - i;
        this.lineEnd = nl;
        this.contentEnd = t.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
        if (j === i && (t.startsWith('---', j) || t.startsWith('...', j))) {
          // A `---` that opens the one document is common; other markers are left to the yaml package.
          if (this.table.count > 0 || this.opened || t.charCodeAt(j) !== DASH || (j + 3 < this.contentEnd && t.charCodeAt(j + 3) !== SPACE)) throw GIVE_UP;
          this.opened = true;
          this.expectLineEnd(j + 3);
          i = nl + 1;
          continue;
        }
        return;
      }
      if (c === CR && j + 1 < nl) throw GIVE_UP; // a CR inside a line
      if (c === HASH) this.comments.push(j, t.charCodeAt(nl - 1) === CR ? nl - 1 : nl);
      i = nl + 1;
    }
  }

  get contentStart(): number {
    return this.lineStart + this.indent;
  }

  isSeqItem(p: number): boolean {
    if (this.text.charCodeAt(p) !== DASH) return false;
    const n = this.text.charCodeAt(p + 1);
    return p + 1 >= this.contentEnd || n === SPACE;
  }

  skipSpaces(p: number): number {
    while (this.text.charCodeAt(p) === SPACE) p++;
    return p;
  }

  /** After a value: only spaces and a comment may follow on its line. */
  expectLineEnd(p: number): void {
    const q = this.skipSpaces(p);
    if (q >= this.contentEnd) return;
    if (this.text.charCodeAt(q) !== HASH || q === p) throw GIVE_UP;
    this.comment(q);
  }

  /** Notes the comment from `p` to the end of the current line. */
  comment(p: number): void {
    this.comments.push(p, this.contentEnd);
  }

  /** Moves past the current line; a more indented line next would continue a scalar: give up. */
  nextLineNoContinuation(parentIndent: number): void {
    this.seekContent(this.lineEnd + 1);
    if (!this.eof && this.indent > parentIndent) throw GIVE_UP;
  }

  /** The node that starts the current line (a list or a mapping), at that line's indentation. */
  blockNode(depth: number): unknown {
    if (depth > MAX_DEPTH) throw new TooDeep(this.contentStart);
    const p = this.contentStart;
    return this.isSeqItem(p) ? this.seq(this.indent, depth) : this.map(this.indent, p, depth);
  }

  map(n: number, p: number, depth: number): Record<string, unknown> {
    const t = this.text;
    const table = this.table;
    const node = table.add(MAP, p, t.length);
    const obj: Record<string, unknown> = {};
    for (;;) {
      const colon = this.key(p, obj);
      const key = this.lastKey;
      const q = this.skipSpaces(colon + 1);
      let value: unknown;
      if (q >= this.contentEnd || t.charCodeAt(q) === HASH) {
        // The value is on the lines below, or empty: then the yaml package puts it just after `: `.
        const empty = q;
        if (q < this.contentEnd) this.comment(q);
        this.seekContent(this.lineEnd + 1);
        if (!this.eof && this.indent > n) value = this.blockNode(depth + 1);
        else if (!this.eof && this.indent === n && this.isSeqItem(this.contentStart)) value = this.seq(n, depth + 1);
        else {
          table.add(PLAIN, empty, empty);
          value = null;
        }
      } else {
        value = this.inline(q, n, depth + 1);
        if (typeof value === 'number' && this.numSrc !== undefined) this.forms.note(obj, key, value, this.numSrc);
        this.nextLineNoContinuation(n);
      }
      setEntry(obj, key, value);
      if (this.eof || this.indent < n) break;
      if (this.indent > n || this.isSeqItem(this.contentStart)) throw GIVE_UP;
      p = this.contentStart;
    }
    table.close(node);
    return obj;
  }

  /** The text of the key just read. */
  lastKey = '';

  /** Reads a key at `p` and adds its node; returns the offset of its `:`. */
  key(p: number, obj: Record<string, unknown>): number {
    const t = this.text;
    const end = this.contentEnd;
    let keyEnd: number;
    let colon: number;
    let text: string;
    const c = t.charCodeAt(p);
    let kind: typeof PLAIN | typeof QUOTED = PLAIN;
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.quoted(p);
      keyEnd = close + 1;
      text = this.quotedValue(p, close);
      colon = this.skipSpaces(keyEnd);
      if (t.charCodeAt(colon) !== COLON) throw GIVE_UP;
      kind = QUOTED;
    } else {
      if (badPlainStart(c, t.charCodeAt(p + 1), false)) throw GIVE_UP;
      colon = p;
      for (;;) {
        colon = t.indexOf(':', colon + 1);
        if (colon === -1 || colon >= end) throw GIVE_UP;
        const after = t.charCodeAt(colon + 1);
        if (after === SPACE || colon + 1 >= end) break;
      }
      keyEnd = colon;
      while (t.charCodeAt(keyEnd - 1) === SPACE) keyEnd--;
      const source = t.slice(p, keyEnd);
      if (source.includes(' #')) throw GIVE_UP;
      const value = plainValue(source);
      // A null key is "" to the yaml package: no plan's key, and the yaml package reports what it makes of it.
      if (value === null) throw GIVE_UP;
      text = String(value);
    }
    const after = t.charCodeAt(colon + 1);
    if (!(after === SPACE || colon + 1 >= end)) throw GIVE_UP;
    // Long implicit keys are an error for the yaml package.
    if (keyEnd - p > 1024) throw GIVE_UP;
    if (Object.hasOwn(obj, text)) throw GIVE_UP;
    const k = this.table.add(kind, p, keyEnd);
    this.table.keys[k] = text;
    this.lastKey = text;
    return colon;
  }

  seq(n: number, depth: number): unknown[] {
    if (depth > MAX_DEPTH) throw new TooDeep(this.contentStart);
    const t = this.text;
    const table = this.table;
    const node = table.add(SEQ, this.contentStart, t.length);
    const arr: unknown[] = [];
    for (;;) {
      const q = this.skipSpaces(this.contentStart + 1);
      if (q >= this.contentEnd || t.charCodeAt(q) === HASH) {
        const empty = q;
        if (q < this.contentEnd) this.comment(q);
        this.seekContent(this.lineEnd + 1);
        if (!this.eof && this.indent > n) arr.push(this.blockNode(depth + 1));
        else {
          table.add(PLAIN, empty, empty);
          arr.push(null);
        }
      } else if (this.isSeqItem(q)) {
        throw GIVE_UP; // `- - x`
      } else if (this.startsEntry(q)) {
        arr.push(this.map(q - this.lineStart, q, depth + 1));
      } else {
        const value = this.inline(q, n, depth + 1);
        if (typeof value === 'number' && this.numSrc !== undefined) this.forms.note(arr, arr.length, value, this.numSrc);
        arr.push(value);
        this.nextLineNoContinuation(n);
      }
      if (this.eof || this.indent < n) break;
      if (this.indent > n) throw GIVE_UP;
      if (!this.isSeqItem(this.contentStart)) break;
    }
    table.close(node);
    return arr;
  }

  /** Whether a list item's text at `p` is a mapping entry (`key: …`). */
  startsEntry(p: number): boolean {
    const t = this.text;
    const end = this.contentEnd;
    const c = t.charCodeAt(p);
    let i: number;
    if (c === DQUOTE || c === SQUOTE) i = this.skipSpaces(this.quoted(p) + 1);
    else if (c === LBRACKET || c === LBRACE) return false;
    else {
      for (i = p; i < end; i++) {
        const x = t.charCodeAt(i);
        if (x === COLON && (i + 1 >= end || t.charCodeAt(i + 1) === SPACE)) return true;
        if (x === HASH && t.charCodeAt(i - 1) === SPACE) return false;
      }
      return false;
    }
    return t.charCodeAt(i) === COLON && (i + 1 >= end || t.charCodeAt(i + 1) === SPACE);
  }

  /** A value written on the key's (or the dash's) line: quoted, flow or plain; `n` is the indentation it belongs to. */
  inline(p: number, n: number, depth: number): unknown {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.quoted(p);
      this.table.add(QUOTED, p, close + 1);
      this.expectLineEnd(close + 1);
      return this.quotedValue(p, close);
    }
    if (c === LBRACKET || c === LBRACE) {
      this.expectLineEnd(this.flow(p, n, depth));
      return this.flowLast;
    }
    if (c === 124 /* | */ || c === 62 /* > */) return this.blockScalar(p, n);
    if (badPlainStart(c, t.charCodeAt(p + 1), false)) throw GIVE_UP;
    const node = this.table.add(PLAIN, p, p);
    let last = this.plainLine(p);
    if (last < 0) {
      // A comment ended the scalar on its first line.
      this.table.end[node] = -last;
      return this.plain(t.slice(p, -last));
    }
    const firstEnd = last;
    // Lines indented deeper than `n` go on with the scalar (folded), up to a comment or a line less indented.
    let folded: string | undefined;
    let breaks = 0;
    let at = this.lineEnd + 1;
    while (at < t.length) {
      let nl = t.indexOf('\n', at);
      if (nl === -1) nl = t.length;
      let j = at;
      while (t.charCodeAt(j) === SPACE) j++;
      const lineEnd = t.charCodeAt(nl - 1) === CR && nl - 1 >= j ? nl - 1 : nl;
      if (j >= lineEnd) {
        breaks++; // an empty line
        at = nl + 1;
        continue;
      }
      if (j - at <= n || t.charCodeAt(j) === HASH) break;
      this.lineStart = at;
      this.indent = j - at;
      this.lineEnd = nl;
      this.contentEnd = lineEnd;
      const e = this.plainLine(j);
      const lineLast = e < 0 ? -e : e;
      folded ??= t.slice(p, firstEnd);
      folded += (breaks ? '\n'.repeat(breaks) : ' ') + t.slice(j, lineLast);
      breaks = 0;
      last = lineLast;
      at = nl + 1;
      if (e < 0) break;
    }
    this.table.end[node] = last;
    return this.plain(folded ?? t.slice(p, last));
  }

  /**
   * One line of a plain scalar from `p`: the end of its text (spaces trimmed), or minus that
   * end when a comment follows on the line (which ends the scalar).
   */
  plainLine(p: number): number {
    const t = this.text;
    const end = this.contentEnd;
    let last = p;
    for (let i = p; i < end; i++) {
      const x = t.charCodeAt(i);
      if (x === SPACE) {
        if (t.charCodeAt(i + 1) === HASH) {
          this.comment(i + 1);
          return -last;
        }
        continue;
      }
      // `a: b: c` is an error the yaml package words itself.
      if (x === COLON && (i + 1 >= end || t.charCodeAt(i + 1) === SPACE)) throw GIVE_UP;
      last = i + 1;
    }
    return last;
  }

  /**
   * A block scalar whose header is at `p`, in a collection at indentation `n`. Leaves the current
   * line at its last line. Indentation indicators and `+` are left to the yaml package.
   */
  blockScalar(p: number, n: number): string {
    const t = this.text;
    let i = p + 1;
    const strip = t.charCodeAt(i) === DASH;
    if (strip) i++;
    if (i < this.contentEnd && t.charCodeAt(i) !== SPACE) throw GIVE_UP;
    this.expectLineEnd(i);
    // Per line: start, indentation, content end.
    const lines: number[] = [];
    let indent = -1;
    let first = -1;
    let owned = 0; // lines that belong to the scalar: up to the last with content or with more spaces than its indentation
    let lastNl = this.lineEnd;
    for (let at = this.lineEnd + 1; at < t.length; ) {
      let nl = t.indexOf('\n', at);
      if (nl === -1) nl = t.length;
      let j = at;
      while (t.charCodeAt(j) === SPACE) j++;
      const lineEnd = t.charCodeAt(nl - 1) === CR && nl - 1 >= j ? nl - 1 : nl;
      const spaces = j - at;
      const count = lines.length / 3;
      if (j < lineEnd) {
        if (indent < 0) {
          if (spaces <= n) break;
          indent = spaces;
          first = count;
        } else if (spaces < indent) break;
        owned = count + 1;
      } else if (indent >= 0 && spaces > indent) owned = count + 1;
      lines.push(at, spaces, lineEnd);
      lastNl = nl;
      at = nl + 1;
    }
    if (indent < 0) throw GIVE_UP; // an empty block scalar
    // Empty lines before the content with more spaces than it need an indentation indicator.
    for (let k = 0; k < first; k++) if (lines[3 * k + 1] > indent) throw GIVE_UP;
    const value = blockValue(t, lines, first, owned, indent, t.charCodeAt(p) === 62, strip);
    const lastOwned = 3 * (owned - 1);
    const endNl = t.indexOf('\n', lines[lastOwned + 2]);
    this.table.add(BLOCK, p, endNl === -1 ? t.length : endNl + 1);
    // The lines after the last owned one are empty: the next line with content follows them.
    this.lineEnd = lastNl;
    this.numSrc = undefined;
    return value;
  }

  /** An unquoted scalar's meaning; a number's source is kept for where it is stored. */
  plain(source: string): unknown {
    const v = plainValue(source);
    this.numSrc = typeof v === 'number' ? source : undefined;
    return v;
  }

  /**
   * A flow list or mapping at `p`, over one line or several indented deeper than `n`;
   * returns the offset after its closing bracket (the current line is then the one it ends on).
   */
  flow(p: number, n: number, depth: number): number {
    if (depth > MAX_DEPTH) throw new TooDeep(p);
    const t = this.text;
    const table = this.table;
    const isMap = t.charCodeAt(p) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const node = table.add(isMap ? MAP : SEQ, p, -1);
    const arr: unknown[] = [];
    const obj: Record<string, unknown> = {};
    let i = this.flowSpace(p + 1, n);
    while (t.charCodeAt(i) !== close) {
      if (isMap) {
        i = this.flowScalar(i, true);
        const keyNode = table.count - 1;
        const key = this.flowLast;
        if (key === null) throw GIVE_UP;
        const text = String(key);
        if (Object.hasOwn(obj, text)) throw GIVE_UP;
        table.keys[keyNode] = text;
        i = this.flowSpace(i, n);
        if (t.charCodeAt(i) !== COLON) throw GIVE_UP; // `{a}`, or a key over two lines
        i = this.flowSpace(i + 1, n);
        const c = t.charCodeAt(i);
        if (c === COMMA || c === close) throw GIVE_UP; // `{a: }`
        i = this.flowItem(i, n, depth);
        const v = this.flowLast;
        if (typeof v === 'number' && this.numSrc !== undefined) this.forms.note(obj, text, v, this.numSrc);
        setEntry(obj, text, v);
      } else {
        i = this.flowItem(i, n, depth);
        const v = this.flowLast;
        if (typeof v === 'number' && this.numSrc !== undefined) this.forms.note(arr, arr.length, v, this.numSrc);
        arr.push(v);
      }
      // Anything but a comma or the bracket here is a scalar going on over a line break.
      i = this.flowSpace(i, n);
      const c = t.charCodeAt(i);
      if (c === COMMA) i = this.flowSpace(i + 1, n);
      else if (c !== close) throw GIVE_UP;
    }
    table.end[node] = i + 1;
    table.close(node);
    this.flowLast = isMap ? obj : arr;
    return i + 1;
  }

  /** The value just read by flow, flowScalar or flowItem. */
  flowLast: unknown;

  /** Spaces, comments and line breaks inside flow brackets; continuation lines must be indented deeper than `n`. */
  flowSpace(p: number, n: number): number {
    const t = this.text;
    let i = p;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === SPACE) i++;
      else if (c === HASH && (i === this.contentStart || t.charCodeAt(i - 1) === SPACE)) {
        this.comment(i);
        i = this.contentEnd;
      } else if (i >= this.contentEnd) {
        this.seekContent(this.lineEnd + 1);
        if (this.eof || this.indent <= n) throw GIVE_UP;
        i = this.contentStart;
      } else return i;
    }
  }

  flowItem(p: number, n: number, depth: number): number {
    const c = this.text.charCodeAt(p);
    if (c === LBRACKET || c === LBRACE) return this.flow(p, n, depth + 1);
    return this.flowScalar(p, false);
  }

  /** A scalar inside flow brackets; a key stops at its `:`, any scalar at , ] }. */
  flowScalar(p: number, isKey: boolean): number {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.quoted(p);
      this.table.add(QUOTED, p, close + 1);
      this.flowLast = this.quotedValue(p, close);
      return close + 1;
    }
    if (badPlainStart(c, t.charCodeAt(p + 1), true)) throw GIVE_UP;
    const end = this.contentEnd;
    let i = p;
    let last = p;
    for (; i < end; i++) {
      const x = t.charCodeAt(i);
      if (x === SPACE) {
        if (t.charCodeAt(i + 1) === HASH) break;
        continue;
      }
      if (isFlowIndicator(x)) break;
      if (x === COLON) {
        const n = t.charCodeAt(i + 1);
        if (n === SPACE || isFlowIndicator(n) || i + 1 >= end) {
          if (!isKey) throw GIVE_UP; // `[a: b]`, a pair inside a list
          break;
        }
      }
      last = i + 1;
    }
    this.table.add(PLAIN, p, last);
    this.flowLast = this.plain(t.slice(p, last));
    return last;
  }

  /** The offset of the quote closing the one-line quoted scalar at `p`. */
  quoted(p: number): number {
    const t = this.text;
    const q = t.charCodeAt(p);
    const end = this.contentEnd;
    for (let i = p + 1; i < end; i++) {
      const c = t.charCodeAt(i);
      if (c === q) {
        if (q === SQUOTE && t.charCodeAt(i + 1) === SQUOTE) i++;
        else return i;
      } else if (c === 92 /* \ */ && q === DQUOTE) i++; // an escape: `\"` closes nothing
    }
    throw GIVE_UP; // runs on to another line
  }

  quotedValue(p: number, close: number): string {
    const s = this.text.slice(p + 1, close);
    if (this.text.charCodeAt(p) === DQUOTE) return doubleQuotedValue(s);
    return s.includes("''") ? s.replaceAll("''", "'") : s;
  }
}

/**
 * Reads `text` if it lies inside the subset; undefined when the yaml package must read it, and
 * the offset where it nests too deep when it does (nothing then reads it further).
 */
export function scanYaml(text: string): YamlRead | { tooDeep: number } | undefined {
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Indentation right after a BOM is a case the yaml package counts its own way: leave it to it.
  if (from && text.charCodeAt(1) === SPACE) return undefined;
  OUTSIDE.lastIndex = from;
  if (OUTSIDE.test(text)) return undefined;
  const s = new Scanner(text);
  try {
    s.seekContent(from);
    if (s.eof) return undefined;
    const root = s.blockNode(1);
    if (!s.eof || s.table.kind[0] !== MAP) return undefined;
    return { data: root, locator: s.table.locator(), comments: s.comments, forms: s.forms, problems: [] };
  } catch (e) {
    if (e === GIVE_UP || e === OUTSIDE_SUBSET) return undefined;
    if (e instanceof TooDeep) return { tooDeep: e.offset };
    throw e;
  }
}
