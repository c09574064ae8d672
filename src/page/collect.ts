// The plan, its chart and its findings as the data the web report's script reads (data.ts).
// Values are read by the model once; here they only become the texts a reader sees.
import type { Settings } from '../core/settings.js';
import { msg, say, type Lang } from '../core/message.js';
import { budgetOf } from '../model/budget.js';
import { planCapaian } from '../model/capaian.js';
import { durationShown, peopleOf } from '../model/people.js';
import { LEVEL_NAMES, opdName, type Plan, type PlanNode } from '../model/plan.js';
import { valuesOf, type Series, type ValueAt } from '../model/targets.js';
import type { Chart } from '../render/chart.js';
import type { Span } from '../core/span.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { formatNumber, formatQuantity, formatRupiah, formatTargetValue } from '../values/index.js';
import type { PageBox, PageData, PageFinding, PageIndicator } from './data.js';
import { pageText } from './text.js';

export interface CollectOptions {
  lang: Lang;
  settings: Settings;
  /** The file name a finding shows, relative to where the report was made. */
  fileName: (file: string) => string;
}

export function collectPage(plan: Plan, chart: Chart, diagnostics: readonly Diagnostic[], opts: CollectOptions): PageData {
  const { lang } = opts;
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const l of chart.links) {
    push(children, l.from.key, l.to.key);
    push(parents, l.to.key, l.from.key);
  }
  const boxOf = findingBoxes(chart, diagnostics);

  const findings: PageFinding[] = diagnostics.map((d, i) => ({
    severity: d.severity,
    rule: d.rule,
    message: say(d.message, lang),
    where: `${opts.fileName(d.file)}:${d.line}:${d.column}`,
    box: boxOf[i],
  }));
  const findingsOf = new Map<string, number[]>();
  for (const [i, f] of findings.entries()) if (f.box !== undefined) push(findingsOf, f.box, i);

  const capaian = planCapaian(plan, opts.settings.capaianTurun);
  const people = peopleOf(plan, opts.settings);
  const budget = budgetOf(plan);
  const answering = new Map<PlanNode, Array<{ id: string; nama: string }>>();
  for (const j of plan.jabatan) {
    for (const r of j.sasaran) if (r.target) push(answering, r.target, { id: j.id, nama: j.nama });
  }

  const acuanIndex = new Map(plan.acuan.map((a, i) => [a, i]));
  const boxes = chart.boxes.map((b): PageBox => {
    const node = b.node;
    const money = budget.anggaran.get(node)?.amount;
    return {
      key: b.key,
      id: node.id,
      nama: node.nama,
      level: node.level,
      levelName: say(LEVEL_NAMES[node.level], lang),
      opd: node.opd?.id,
      opdName: node.opd ? opdName(node.opd) : undefined,
      mitra: node.opd?.mitra === true,
      parents: parents.get(b.key) ?? [],
      children: children.get(b.key) ?? [],
      indicators: node.indicators.map((ind): PageIndicator => {
        const v = valuesOf(plan, ind);
        return {
          label: ind.label,
          nama: ind.data.nama ?? ind.label,
          satuan: v.satuan,
          baseline: v.baseline?.value ? shown(v.baseline.value) : undefined,
          targets: series(v.target),
          realisasi: series(v.realisasi),
          capaian: (capaian.get(ind) ?? []).map((c) => ({
            tahun: c.year,
            text: c.capaian.ok ? `${formatNumber(c.capaian.value, { maxDecimals: 2 })}%` : say(c.capaian.reason, lang),
          })),
        };
      }),
      money: !money
        ? []
        : money.years
          ? [...money.years].sort((a, z) => a[0] - z[0]).map(([tahun, n]) => ({ tahun, text: formatRupiah(n) }))
          : [{ text: formatRupiah(money.total) }],
      positions: answering.get(node) ?? [],
      steps: node.steps.map((s) => {
        const f = people.steps.get(s);
        const parts = [f?.output ? formatQuantity(f.output) : undefined, f ? durationShown(f) : undefined].filter((x): x is string => !!x);
        return { label: s.data.nama ?? s.label, text: parts.join(' · '), pelaksana: s.pelaksana?.target?.nama ?? s.pelaksana?.id };
      }),
      findings: findingsOf.get(b.key) ?? [],
      acuan: (plan.acuanRefs.get(node) ?? []).flatMap((r) => (r.target ? [acuanIndex.get(r.target)!] : [])),
    };
  });

  return {
    lang,
    boxes,
    findings,
    acuan: plan.acuan.map((a) => ({ id: a.id, jenis: String(a.data.jenis ?? ''), nama: a.nama })),
    opds: plan.opds.map((o) => ({ id: o.id, name: opdName(o) + (o.mitra ? ` (${say(msg('partner', 'mitra'), lang)})` : '') })),
    text: pageText(lang),
  };
}

/**
 * The box a finding is written in: the innermost drawn node whose text holds the finding's place
 * (a finding's `node` may name what a reference points to, not where it stands); else the box of
 * the id it names. One sweep per file over box starts, findings and box ends in text order, with
 * the boxes open at each place on a stack: no scan of every box for every finding.
 */
function findingBoxes(chart: Chart, diagnostics: readonly Diagnostic[]): Array<string | undefined> {
  const byId = new Map<string, string>();
  for (const b of chart.boxes) if (!byId.has(b.node.id)) byId.set(b.node.id, b.key);
  // Events at one place: boxes starting there first (the outer one first), then findings, then boxes ending.
  type Event = { line: number; column: number; order: 0 | 1 | 2; box?: { key: string; id: number }; finding?: number; outer?: number };
  const byFile = new Map<string, Event[]>();
  let n = 0;
  for (const b of chart.boxes) {
    const span = extent(b.node);
    const box = { key: b.key, id: n++ };
    const outer = -(span.endLine * 1e7 + span.endColumn);
    push(byFile, b.node.loc.source.path, { line: span.line, column: span.column, order: 0, box, outer });
    push(byFile, b.node.loc.source.path, { line: span.endLine, column: span.endColumn, order: 2, box });
  }
  for (const [i, d] of diagnostics.entries()) push(byFile, d.file, { line: d.line, column: d.column, order: 1, finding: i });
  const found: Array<string | undefined> = diagnostics.map((d) => (d.node === undefined ? undefined : byId.get(d.node)));
  for (const events of byFile.values()) {
    events.sort((a, z) => a.line - z.line || a.column - z.column || a.order - z.order || (a.outer ?? 0) - (z.outer ?? 0));
    const open: Array<{ key: string; id: number }> = [];
    const ended = new Set<number>();
    for (const e of events) {
      if (e.order === 0) open.push(e.box!);
      else if (e.order === 2) ended.add(e.box!.id);
      else {
        while (open.length && ended.has(open[open.length - 1].id)) open.pop();
        if (open.length) found[e.finding!] = open[open.length - 1].key;
      }
    }
  }
  return found;
}

/** Where a node is written, from its first line to the end of the last value under it. */
function extent(node: PlanNode): Span {
  const { source, path } = node.loc;
  const span = { ...source.locate(path) };
  for (const k of Object.keys(node.data)) {
    const s = source.locate([...path, k]);
    if (s.endLine > span.endLine || (s.endLine === span.endLine && s.endColumn > span.endColumn)) {
      span.endLine = s.endLine;
      span.endColumn = s.endColumn;
    }
  }
  return span;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function shown(v: ValueAt): string {
  return v.reading.ok ? formatTargetValue(v.reading.value) : String(v.raw);
}

function series(s: Series | undefined): Array<{ tahun?: number; text: string }> {
  if (!s) return [];
  if (s.single) return [{ tahun: s.single.year, text: shown(s.single) }];
  return [...s.years].sort((a, z) => (a.year ?? 0) - (z.year ?? 0)).map((v) => ({ tahun: v.year, text: shown(v) }));
}
