import type { Diagnostic } from '../../core/diagnostic.js';
import type { FormatContext } from '../format-context.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export type Formatter = (diagnostics: readonly Diagnostic[], ctx: FormatContext) => string;

/** Output formats of `cascade validate`: one file each, one line here. */
export const FORMATTERS: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  markdown: formatMarkdown,
};
