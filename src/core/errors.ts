import type { Diagnostic } from './diagnostic.js';
import { msg, type Lang, type Msg } from './message.js';

/**
 * A mistake in how the command was called (a filter naming no node, a view without the option it
 * needs): told in one line, exit 2, no stack trace. Thrown wherever the mistake is found out.
 */
export class UsageError extends Error {
  constructor(readonly text: Msg) {
    super(text.en);
  }
}

/** A path the user gave that cannot be used at all: the command cannot run (exit 2). */
export class PathError extends Error {
  constructor(readonly text: Msg) {
    super(text.en);
  }
}

/** A configuration file that cannot be used: its findings, at their lines; the command exits 2. */
export class ConfigError extends UsageError {
  constructor(readonly diagnostics: Diagnostic[]) {
    const lines = (lang: Lang) => diagnostics.map((d) => `  ${d.file}:${d.line}:${d.column}  ${d.message[lang]}  (${d.rule})`).join('\n');
    super(msg(`The configuration cannot be used:\n${lines('en')}`, `Konfigurasi tidak dapat dipakai:\n${lines('id')}`));
  }
}
