import type { Diagnostic } from '../diagnostic.js';
import type { FormatContext } from '../format-context.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export type Formatter = (diagnostics: readonly Diagnostic[], ctx: FormatContext) => string;

/** Output formats of `cascade validate`: one file each, one line here. */
export const FORMATTERS: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
};
