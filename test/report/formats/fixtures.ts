import { msg, type Lang } from '../../../src/core/message.js';
import { summarize } from '../../../src/report/summary.js';
import type { Diagnostic } from '../../../src/core/diagnostic.js';
import type { FormatContext } from '../../../src/report/format-context.js';
import { RULES } from '../../../src/rules/index.js';
import { TOOL_RULES } from '../../../src/config/meta.js';
import { lint, yaml } from '../../helpers/rule-tester.js';

/** Real findings of the rules over a broken plan, with what a planner might type in names. */
export function realDiagnostics(): Diagnostic[] {
  return lint({
    'opd/dinas a,b.yaml': yaml`
      cascade: 1
      sasaran_opd:
        - {id: SS1, nama: "x", opd: "NO:PE", mendukung: K1, indikator: [{nama: i}]}
    `,
    'rpjmd.yaml': yaml`
      cascade: 1
      sasaran:
        - id: S1
          nama: Sasaran
          indikatr: []
    `,
  });
}

/** A finding whose text holds everything each format must escape. */
export const NASTY: Diagnostic = {
  file: 'dir/we,ird:name%.yaml',
  line: 3,
  column: 7,
  endLine: 4,
  endColumn: 2,
  severity: 'warning',
  rule: 'ref/unknown',
  node: 'A&B',
  message: msg(
    'Line one\r\nline two: 100% <b>bold</b> & "q" \'s\' | pipe `co|de` [link](http://x) ::stop:: \u0007bell ]]>',
    'Baris satu\nbaris dua: 100% <i>miring</i> & | `ko|de`',
  ),
};

export function contextFor(diagnostics: readonly Diagnostic[], lang: Lang = 'en', files = 2): FormatContext {
  return {
    summary: summarize(diagnostics, files, 3),
    lang,
    color: false,
    version: '9.9.9',
    rules: [...RULES.map((r) => r.meta), ...TOOL_RULES],
  };
}
