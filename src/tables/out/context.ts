import type { Lang } from '../../i18n/message.js';

export interface TableOutputContext {
  lang: Lang;
  color: boolean;
  /** Terminal width to fit; 100 when unknown. */
  width: number;
}
