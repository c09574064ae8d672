import type { Msg } from '../i18n/message.js';

/**
 * A mistake in how the command was called (a filter naming no node, a view without the option it
 * needs): told in one line, exit 2, no stack trace. Thrown wherever the mistake is found out.
 */
export class UsageError extends Error {
  constructor(readonly text: Msg) {
    super(text.en);
  }
}
