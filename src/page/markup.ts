// The few pieces of HTML the report writes, each escaping what it is given. Plan text reaches the
// page only through `text()` and `attr()`; nothing from a plan is ever markup.

/** Characters a page must not show raw: controls, bidi overrides, and what HTML cannot hold. */
const UNSHOWABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with what a page must not show raw replaced by U+FFFD; markup characters left as they are. */
export function scrub(s: string): string {
  return s.replace(UNSHOWABLE, '\uFFFD');
}

/** Text as the content of an element. */
export function text(s: string): string {
  return scrub(s).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Text as a double-quoted attribute value (the only kind this page writes). */
export function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;');
}

/**
 * JSON inside `<script type="application/json">`: `<` written as \u003c, so no text of the plan
 * can close the element or open a comment; the script reads it back with JSON.parse unchanged.
 */
export function jsonInScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
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
