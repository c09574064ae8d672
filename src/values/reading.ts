import type { Msg } from '../core/message.js';

/** The outcome of reading a value: the value, or a bilingual reason it could not be read. */
export type Reading<T> = { ok: true; value: T } | { ok: false; reason: Msg };

/** A failed reading; assignable to every `Reading<T>`. */
export type Failure = { ok: false; reason: Msg };

export function ok<T>(value: T): Reading<T> {
  return { ok: true, value };
}

export function fail(reason: Msg): Failure {
  return { ok: false, reason };
}
