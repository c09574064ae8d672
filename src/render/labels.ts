// Plan text made fit for a box: one line of clean text, wrapped, and escaped for each format.

/** Control characters and line breaks become spaces; runs of space become one. */
export function cleanText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Greedy word wrap to `width` characters; a word longer than a line is cut. */
export function wrap(s: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of cleanText(s).split(' ')) {
    if (!word) continue;
    while ([...word].length > width) {
      if (line) {
        lines.push(line);
        line = '';
      }
      const chars = [...word];
      lines.push(chars.slice(0, width).join(''));
      word = chars.slice(width).join('');
    }
    if (!line) line = word;
    else if ([...line].length + 1 + [...word].length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Text inside a Graphviz HTML-like label (and an XML text node): no markup can come through. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Text inside a quoted Mermaid label: Mermaid's own entity codes (#quot; #lt; …), so that
 * neither the label's quotes nor HTML tags nor a Markdown backtick can be written by the plan.
 */
export function escapeMermaid(s: string): string {
  // `%` too: `%%{init: …}%%` inside a label is read as a directive that changes the whole diagram.
  // A line break would end the statement (or a `%%` comment) and start one of the plan's making.
  return s.replace(/[\r\n\t\v\f\u0085\u2028\u2029]+/g, ' ').replace(/[#"<>&`\\%]/g, (c) => `#${c.codePointAt(0)};`);
}
