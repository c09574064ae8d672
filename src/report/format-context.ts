import type { Lang } from '../core/message.js';
import type { RuleMeta } from '../core/rule-meta.js';
import type { Summary } from './summary.js';
import type { PathBase } from './repo-path.js';

/** What a formatter may know besides the findings. */
export interface FormatContext {
  summary: Summary;
  lang: Lang;
  color: boolean;
  rules: readonly RuleMeta[];
  /** The tool's version, for formats that name their producer. */
  version: string;
  /** For formats read by CI (GitHub annotations, SARIF): paths from the repository's root. */
  paths?: PathBase;
}
