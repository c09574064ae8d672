// Character classes and small text helpers shared by the readers. Readers scan with
// charCodeAt instead of regular expressions: they run on every value of large plans.
import { msg, type Msg } from '../core/message.js';

// Compiled once; consulted only for non-ASCII characters.
const NON_ASCII_LETTER = /\p{L}/u;

// Longer strings are not values anyone writes by hand; the bound still lets the printers' longest
// output (a range of two 330-character subnormal decimals) read back.
export const MAX_TEXT = 1000;

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2007 || c === 0x2009 || c === 0x202f || c === 0x3000 || c === 0xfeff;
}

export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return true; // astral characters: units, not numbers
  return NON_ASCII_LETTER.test(String.fromCharCode(c));
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** '-' (hyphen-minus), en dash, em dash, minus sign. */
export function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2212;
}

export function skipSpace(s: string, i: number, end: number): number {
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  return i;
}

export function trimEnd(s: string, start: number, end: number): number {
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return end;
}

/** A value quoted for a message, cut short so one bad value cannot flood a report. */
export function show(s: string): string {
  return `"${s.length > 40 ? `${s.slice(0, 37)}…` : s}"`;
}

/** What a non-string, non-number YAML value is, for "expected X, got Y" messages. */
export function describe(x: unknown): Msg {
  if (x === null || x === undefined) return msg('nothing (an empty value)', 'tidak ada (nilai kosong)');
  if (typeof x === 'boolean') return msg(`${x}`, `${x ? 'true (benar)' : 'false (salah)'}`);
  if (Array.isArray(x)) return msg('a list', 'sebuah daftar');
  if (typeof x === 'object') return msg('a mapping', 'sebuah pemetaan (mapping)');
  if (typeof x === 'string') return msg(`the text ${show(x)}`, `teks ${show(x)}`);
  if (typeof x === 'number') return msg(`the number ${x}`, `angka ${x}`);
  return msg(`a value of type ${typeof x}`, `nilai bertipe ${typeof x}`);
}
