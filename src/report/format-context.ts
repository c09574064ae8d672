import type { Lang } from '../i18n/message.js';
import type { RuleMeta } from '../rules/rule.js';
import type { Summary } from './diagnostic.js';

/** What a formatter may know besides the findings. */
export interface FormatContext {
  summary: Summary;
  lang: Lang;
  color: boolean;
  rules: readonly RuleMeta[];
  /** The tool's version, for formats that name their producer. */
  version: string;
}
