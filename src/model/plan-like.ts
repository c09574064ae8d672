import { CascadeFile } from './schema.js';
import { editDistance } from '../core/suggest.js';

/** The keys a plan file has at its top, besides `cascade` itself: from the schema, the one source. */
export const PLAN_KEYS: readonly string[] = Object.keys(CascadeFile.shape).filter((k) => k !== 'cascade');

const TOP_KEY = /^([A-Za-z_][\w-]*)[ \t]*:(?=\s|$)/gm;

/** The keys written at the start of a line (the top level of a block mapping), from the text alone. */
export function topKeys(text: string): string[] {
  return [...text.matchAll(TOP_KEY)].map((m) => m[1]);
}

/** A top-level key that is `cascade` misspelt (`cascde`, `Cascade`, `casade`): one or two slips. */
export function misspeltCascadeKey(keys: readonly string[]): string | undefined {
  return keys.find((k) => k !== 'cascade' && k.length >= 5 && editDistance(k.toLowerCase(), 'cascade') <= 2);
}

/**
 * A YAML file without `cascade:` that is still meant as part of the plan: it has plan keys at its
 * top (pemda, opd, sasaran_opd, program, …) or a misspelt `cascade:`. Reading it, rather than
 * skipping it, turns the slip into a finding instead of a plan silently smaller than written.
 */
export function looksLikePlan(text: string): boolean {
  const keys = topKeys(text);
  return keys.some((k) => PLAN_KEYS.includes(k)) || misspeltCascadeKey(keys) !== undefined;
}
