// The few pieces of HTML the report writes, each escaping what it is given through the one output
// boundary (text/sanitize.ts). Plan text reaches the page only through `text()`, `attr()` and
// `jsonInScript()`; nothing from a plan is ever markup.
import { sanitize, visible } from '../text/sanitize.js';

/** Text as the content of an element (HTML reads XML's escapes alike). */
export function text(s: string): string {
  return sanitize(s, 'xml');
}

/** Text as a double-quoted attribute value. */
export function attr(s: string): string {
  return sanitize(s, 'xml-attr');
}

/**
 * Data inside `<script type="application/json">`: every string with unsafe characters shown as
 * escapes (the script puts them on the page as text), and `<` written as \u003c, so no text of the
 * plan can close the element or open a comment. JSON.parse reads it back unchanged.
 */
export function jsonInScript(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' ? visible(v) : v))
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** An element with escaped attributes and already-built inner HTML. */
export function el(tag: string, attrs: Record<string, string | number | boolean | undefined>, inner = ''): string {
  let a = '';
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    a += v === true ? ` ${k}` : ` ${k}="${attr(String(v))}"`;
  }
  return `<${tag}${a}>${inner}</${tag}>`;
}
