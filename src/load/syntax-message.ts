import { msg } from '../core/message.js';
import type { RawProblem } from './read.js';

/**
 * What the yaml package's errors mean, in plain words in both languages; its own (English)
 * words follow in brackets so that a search for them still finds help.
 */
const PLAIN: Record<string, { en: string; id: string }> = {
  TAB_AS_INDENT: { en: 'a tab is used for indentation; indent with spaces, not tabs', id: 'tab tidak boleh dipakai untuk indentasi; gunakan spasi, bukan tab' },
  BAD_INDENT: {
    en: 'the indentation does not match the lines above (the keys of one mapping and the items of one list start at the same column), or a [ or { is not closed',
    id: 'indentasinya tidak sesuai dengan baris di atasnya (kunci satu mapping dan butir satu daftar mulai di kolom yang sama), atau kurung [ atau { belum ditutup',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    en: 'the indentation is not consistent, or a nested mapping is written on one line',
    id: 'indentasi tidak konsisten, atau mapping bersarang ditulis pada satu baris',
  },
  MULTILINE_IMPLICIT_KEY: {
    en: 'a key must be on one line; check the indentation and the colon after the key',
    id: 'kunci harus berada dalam satu baris; periksa indentasi dan tanda titik dua',
  },
  MISSING_CHAR: { en: 'something is missing here (a colon, a bracket or a quote)', id: 'ada tanda yang kurang (titik dua, kurung, atau tanda kutip)' },
  BAD_SCALAR_START: {
    en: 'a value may not start with a special character such as @ or `; put it in quotes',
    id: 'nilai tidak boleh diawali karakter khusus seperti @ atau `; beri tanda kutip',
  },
  UNEXPECTED_TOKEN: {
    en: 'unexpected text here; check the quotes, the colons and the indentation',
    id: 'ada teks yang tidak diharapkan di sini; periksa tanda kutip, titik dua, dan indentasi',
  },
  MULTIPLE_DOCS: {
    en: 'the file holds more than one YAML document (---); one file, one document',
    id: 'file berisi lebih dari satu dokumen YAML (---); satu file, satu dokumen',
  },
  BAD_ALIAS: { en: 'an alias (*name) names no anchor (&name) above it', id: 'alias (*nama) tidak menunjuk anchor (&nama) yang ada' },
  BAD_DQ_ESCAPE: {
    en: 'a backslash in double quotes starts an escape YAML does not know; write \\\\ for a backslash, or use single quotes',
    id: 'garis miring terbalik dalam tanda kutip ganda memulai escape yang tidak dikenal YAML; tulis \\\\ untuk garis miring terbalik, atau pakai tanda kutip tunggal',
  },
  KEY_OVER_1024_CHARS: {
    en: 'a key is longer than 1024 characters; a colon is probably missing after a key above',
    id: 'kunci lebih panjang dari 1024 karakter; mungkin titik dua setelah kunci di atasnya hilang',
  },
};

/** A line less (or more) indented than any key or item above it can take. */
const DEDENT = {
  en: "this line's indentation matches nothing above it: start it at the same column as the other keys of its mapping",
  id: 'indentasi baris ini tidak cocok dengan baris mana pun di atasnya: mulai di kolom yang sama dengan kunci lain dalam mapping-nya',
};

/**
 * The one syntax finding of a file: at the first place the parser stopped understanding it,
 * or at the quote that was never closed (which the parser reports where the text ends).
 */
export function syntaxProblem(text: string, code: string, words: string, start: number, end: number, openQuote?: number): RawProblem {
  if (openQuote !== undefined) {
    return {
      rule: 'yaml/syntax',
      start: openQuote,
      end: openQuote + 1,
      message: msg(
        'This quote is never closed: end the text with the same quote mark on this line.',
        'Tanda kutip ini tidak pernah ditutup: akhiri teksnya dengan tanda kutip yang sama di baris ini.',
      ),
    };
  }
  // A tab before the first text on the line is the mistake, whatever the parser calls it.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lead = /^[ \t]*/.exec(text.slice(lineStart, Math.min(text.length, lineStart + 200)))![0];
  const tab = lead.indexOf('\t');
  const inLead = start <= lineStart + lead.length;
  const plain = tab >= 0 && inLead ? PLAIN.TAB_AS_INDENT : /^Sequence item without/.test(words) ? DEDENT : PLAIN[code];
  if (tab >= 0 && plain === PLAIN.TAB_AS_INDENT) {
    start = lineStart + tab;
    end = start + 1;
  } else if (inLead && lead.length > 0 && lineStart + lead.length < text.length) {
    // An indentation mistake: point at the line's first text, whose column is what is wrong.
    start = lineStart + lead.length;
    end = Math.max(end, start + 1);
  }
  return {
    rule: 'yaml/syntax',
    start,
    end,
    message: plain
      ? msg(`YAML syntax error: ${plain.en} (${words})`, `Kesalahan sintaks YAML: ${plain.id} (${words})`)
      : msg(`YAML syntax error: ${words}`, `Kesalahan sintaks YAML: ${words}`),
  };
}
