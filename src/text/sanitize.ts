// The output boundary: every writer passes plan text and file names through `sanitize` for its
// format. Two steps: characters that are unsafe or invisible everywhere (terminal controls, bidi
// overrides that reorder what a reviewer sees, characters XML cannot hold) are shown as escapes
// such as `\u001b`, so a reader sees that something odd was written; then the format's own escaping.

export type Target =
  /** Terminal text that may span lines (table cells, notes). */
  | 'terminal'
  /** One terminal line: a file name, a heading. */
  | 'terminal-line'
  /** A GitHub-flavoured Markdown table cell or paragraph. */
  | 'markdown'
  /** Text inside an HTML `<code>` in Markdown. */
  | 'markdown-code'
  /** One CSV field, quoted when it must be, and never a formula. */
  | 'csv'
  /** A whole JSON document as JSON.stringify wrote it. */
  | 'json'
  /** An XML text node (JUnit, SVG, Graphviz HTML-like labels). */
  | 'xml'
  /** An XML attribute value between double or single quotes. */
  | 'xml-attr'
  /** A spreadsheet cell's text: exceljs escapes the XML, but cannot write what XML cannot hold. */
  | 'xlsx'
  /** A Word text run: the docx library escapes the XML; line breaks become breaks, tabs spaces. */
  | 'docx'
  /** A DOT quoted string, without its quotes. */
  | 'dot'
  /** A quoted Mermaid label. */
  | 'mermaid'
  /** The message of a GitHub Actions workflow command. */
  | 'github-data'
  /** A property value of a GitHub Actions workflow command. */
  | 'github-property';

// C0 controls but tab, line feed and carriage return (each target decides on those), DEL, C1
// controls (U+009B is a CSI on many terminals), bidi embeddings, overrides, isolates and marks,
// line and paragraph separators, the noncharacters U+FFFE/U+FFFF (an xlsx holding one cannot be
// opened), and lone surrogates.
const UNSAFE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function shown(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
  return SHORT[c] ?? `\\u${code.toString(16).padStart(4, '0')}`;
}

function hasUnsafe(s: string): boolean {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(s);
}

/** The unsafe characters as escapes; tabs and line breaks are left to the target. */
function escapeUnsafe(s: string): string {
  return hasUnsafe(s) ? s.replace(UNSAFE, shown) : s;
}

/**
 * Unsafe characters as visible escapes. With `lines`, line feeds and tabs stay (CRLF becomes one
 * line feed; a lone CR, which would move the cursor back over the line, is shown); without, they
 * are shown too, so the text stays one line.
 */
export function visible(s: string, lines = true): string {
  const t = escapeUnsafe(s);
  if (!/[\r\n\t]/.test(t)) return t;
  return lines ? t.replace(/\r\n/g, '\n').replace(/\r/g, shown) : t.replace(/[\r\n\t]/g, shown);
}

const MARKDOWN_SPECIAL = /[\\|*_`[\]<>#!~]/g;
const HTML_SPECIAL = /[&<>"'`|[\]*_~\\!]/g;
const MERMAID_SPECIAL = /[#"<>&`\\%]/g;
const XML_TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const GITHUB: Record<string, string> = { '%': '%25', '\r': '%0D', '\n': '%0A', ':': '%3A', ',': '%2C' };
const DOT_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n' };

/** A spreadsheet runs a cell starting with = + - @ (or a tab or CR trick) as a formula: a quote mark keeps it text. */
function notFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function sanitize(text: string, target: Target): string {
  switch (target) {
    case 'terminal':
      return visible(text);
    case 'terminal-line':
      return visible(text, false);
    case 'markdown':
      // Plan text can neither break the table, nor become markup, a link or a code span.
      return visible(text).replace(MARKDOWN_SPECIAL, '\\$&').replace(/\n/g, '<br>').replace(/\t/g, ' ');
    case 'markdown-code':
      // Markdown still works inside an HTML <code>: its own characters become entities too.
      return visible(text, false).replace(HTML_SPECIAL, (c) => `&#${c.charCodeAt(0)};`);
    case 'csv': {
      const s = notFormula(visible(text));
      return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    }
    case 'json':
      // JSON.stringify escapes C0 controls; the rest is escaped the same way, so the data is
      // unchanged for a JSON reader and inert in a terminal.
      return hasUnsafe(text) ? text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : text;
    case 'xml':
      // A raw CR would be read back as a line feed: it is written as a reference.
      return escapeUnsafe(text)
        .replace(/[&<>"]/g, (c) => XML_TEXT[c])
        .replace(/\r/g, '&#13;');
    case 'xml-attr':
      // A parser folds a raw line break in an attribute into a space: it is written as a reference.
      return escapeUnsafe(text)
        .replace(/[&<>"']/g, (c) => XML_TEXT[c])
        .replace(/[\n\r\t]/g, (c) => `&#${c.charCodeAt(0)};`);
    case 'xlsx':
      return notFormula(visible(text));
    case 'docx':
      return visible(text).replace(/\t/g, ' ');
    case 'dot':
      // A backslash is doubled too, so a string ending in one cannot swallow its closing quote.
      return visible(text)
        .replace(/[\\"\n]/g, (c) => DOT_ESCAPES[c])
        .replace(/\t/g, ' ');
    case 'mermaid':
      // A line break would end the statement and start one of the plan's making; `%` could
      // open a `%%{init}%%` directive; the rest are Mermaid's entity codes (#quot; …).
      return visible(text)
        .replace(/[\n\t]+/g, ' ')
        .replace(MERMAID_SPECIAL, (c) => `#${c.charCodeAt(0)};`);
    case 'github-data':
      // A line break would end the command; GitHub shows %0A as one.
      return escapeUnsafe(text).replace(/[%\r\n]/g, (c) => GITHUB[c]);
    case 'github-property':
      return escapeUnsafe(text).replace(/[%\r\n:,]/g, (c) => GITHUB[c]);
  }
}
