import type { Msg } from '../i18n/message.js';

/** A mistake in how the command was called: told in one line, exit 2, no stack trace. */
export class UsageError extends Error {
  constructor(readonly text: Msg) {
    super(text.en);
  }
}
