// Plan text made fit for a box: escaped for each format (wrapping is text/wrap.ts).

import { sanitize } from '../text/sanitize.js';

/** Text inside a Graphviz HTML-like label (and an XML text node): no markup can come through. */
export const escapeHtml = (s: string) => sanitize(s, 'xml');

/** Text inside a quoted Mermaid label: no quote, tag, backtick, directive or line break from the plan. */
export const escapeMermaid = (s: string) => sanitize(s, 'mermaid');
