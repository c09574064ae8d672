import type { Lang } from '../../core/message.js';

export interface TableOutputContext {
  lang: Lang;
  color: boolean;
  /** Terminal width to fit; 100 when unknown. */
  width: number;
  /**
   * The width is a real limit (a terminal, or COLUMNS): long words are cut to fit it. Down a pipe
   * with no COLUMNS a table whose words alone are wider keeps them whole and grows wider instead.
   */
  strict?: boolean;
  /** CSV starts with a UTF-8 byte-order mark (the default), so Excel reads `–` and `é` as UTF-8. */
  bom?: boolean;
}
