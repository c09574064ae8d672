// The web report of a plan: its chart laid out by the same WASM Graphviz as `render`, its
// findings, summary and tables, as one HTML document (html.ts).
import { relative } from 'node:path';
import type { Settings } from '../core/settings.js';
import { msg, say, type Lang } from '../core/message.js';
import type { Plan } from '../model/plan.js';
import { buildChart } from '../render/chart.js';
import { chartToDot } from '../render/graph.js';
import { dotToSvg } from '../render/layout.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { budgetSummary } from '../tables/budget/index.js';
import { VIEWS } from '../tables/views/index.js';
import type { Table } from '../tables/table.js';
import { collectPage } from './collect.js';
import { pageHtml } from './html.js';
import { summaryTables } from './summary.js';

export interface ReportOptions {
  lang: Lang;
  settings: Settings;
  /** The tables' year; else the whole period. */
  tahun?: number;
  version: string;
  /** Where finding paths are shown from. */
  cwd: string;
}

/** The views the report carries, in the order a reader wants them: IKU, the Renstra T-C.27 per OPD, the cascade. */
const REPORT_VIEWS = ['iku', 'renstra', 'cascade', 'crosscutting'];

export async function buildReport(plan: Plan, diagnostics: readonly Diagnostic[], opts: ReportOptions): Promise<string> {
  const { lang } = opts;
  const chart = buildChart(plan, { lang, direction: 'TB' });
  const svg = await dotToSvg(chartToDot(chart));
  const data = collectPage(plan, chart, diagnostics, {
    lang,
    settings: opts.settings,
    fileName: (f) => relative(opts.cwd, f).split('\\').join('/') || f,
  });
  const tables: Table[] = [];
  for (const name of REPORT_VIEWS) {
    const view = VIEWS.find((v) => v.name === name);
    if (view) tables.push(...view.build(plan, { tahun: opts.tahun, settings: opts.settings }));
  }
  tables.push(...budgetSummary(plan, { by: 'program', tahun: opts.tahun, compact: false, lang }));
  const title = opts.tahun === undefined ? chart.title : `${chart.title} · ${say(msg('year', 'tahun'), lang)} ${opts.tahun}`;
  return pageHtml({ data, title, svg, summary: summaryTables(plan, diagnostics, lang), tables, version: opts.version });
}
