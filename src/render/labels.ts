// Plan text made fit for a box: escaped for each format (wrapping is text/wrap.ts).

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
