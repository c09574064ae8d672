// The summary of the report: boxes per level, findings per severity, money per year and per OPD.
// Tables like every other view, so the page writes them as it writes the rest.
import { msg, say, type Lang } from '../core/message.js';
import { LEVELS, LEVEL_NAMES, periodOf, type Plan } from '../model/plan.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { budgetSummary } from '../tables/budget/index.js';
import { measure } from '../tables/budget/measure.js';
import { tallyCell } from '../tables/budget/cells.js';
import type { Table } from '../tables/table.js';
import { PAGE_TEXT } from './text.js';

export function summaryTables(plan: Plan, diagnostics: readonly Diagnostic[], lang: Lang): Table[] {
  const t = PAGE_TEXT;
  const levels: Table = {
    title: t.levelCounts,
    columns: [
      { key: 'level', header: t.level },
      { key: 'count', header: t.count, align: 'right' },
    ],
    rows: LEVELS.map((l) => [say(LEVEL_NAMES[l], lang), plan.nodes.filter((n) => n.level === l).length] as [string, number]).filter((r) => r[1] > 0),
    footer: [[say(t.total, lang), plan.nodes.length]],
  };
  const severities = (['error', 'warning', 'info'] as const).map((s) => [say(t[s], lang), diagnostics.filter((d) => d.severity === s).length]);
  const findings: Table = {
    title: t.findingCounts,
    columns: [
      { key: 'severity', header: t.severity },
      { key: 'count', header: t.count, align: 'right' },
    ],
    rows: severities,
  };
  const style = { compact: false, lang };
  const period = periodOf(plan);
  const years: Table = {
    title: t.moneyByYear,
    columns: [
      { key: 'tahun', header: t.year },
      { key: 'amount', header: t.amount, align: 'right', numFmt: 'rupiah' },
    ],
    rows: period ? range(period.mulai, period.selesai).map((y) => [String(y), tallyCell(measure(plan, y).grand, style)]) : [],
    footer: [[say(t.total, lang), tallyCell(measure(plan).grand, style)]],
    notes: [
      msg(
        "Partners' (mitra) money is outside the Pemda budget and in no total.",
        'Anggaran mitra berada di luar anggaran Pemda dan tidak dihitung dalam jumlah.',
      ),
    ],
  };
  const [byOpd] = budgetSummary(plan, { by: 'opd', compact: false, lang });
  return [levels, findings, years, { ...byOpd, title: t.moneyByOpd }];
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to && out.length < 50; y++) out.push(y);
  return out;
}
