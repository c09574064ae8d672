// The plan, its chart and its findings as the data the web report's script reads (data.ts).
// Values are read by the model once; here they only become the texts a reader sees.
import type { Settings } from '../core/settings.js';
import { msg, say, type Lang } from '../core/message.js';
import { budgetOf } from '../model/budget.js';
import { planCapaian } from '../model/capaian.js';
import { durationShown, peopleOf } from '../model/people.js';
import { LEVEL_NAMES, opdName, type Plan, type PlanAcuan, type PlanNode } from '../model/plan.js';
import { valuesOf, type Series, type ValueAt } from '../model/targets.js';
import type { Chart } from '../render/chart.js';
import type { Span } from '../core/span.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { formatNumber, formatQuantity, formatRupiah, formatTargetValue } from '../values/index.js';
import type { PageBox, PageData, PageFinding, PageIndicator, PageTraceStep } from './data.js';
import { pageText } from './text.js';

export interface CollectOptions {
  lang: Lang;
  settings: Settings;
  /** The file name a finding shows, relative to where the report was made. */
  fileName: (file: string) => string;
}

export function collectPage(plan: Plan, chart: Chart, diagnostics: readonly Diagnostic[], opts: CollectOptions): PageData {
  const { lang } = opts;
  const keyOf = new Map<PlanNode, string>(chart.boxes.map((b) => [b.node, b.key]));
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const l of chart.links) {
    push(children, l.from.key, l.to.key);
    push(parents, l.to.key, l.from.key);
  }
  const boxAt = boxFinder(chart);

  const findings: PageFinding[] = diagnostics.map((d) => ({
    severity: d.severity,
    rule: d.rule,
    message: say(d.message, lang),
    where: `${opts.fileName(d.file)}:${d.line}:${d.column}`,
    box: boxAt(d),
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
      up: lineOfSight(node, keyOf),
      acuan: pemdaAcuan(plan, node, acuanIndex),
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
 * the id it names.
 */
function boxFinder(chart: Chart): (d: Diagnostic) => string | undefined {
  const byFile = new Map<string, Array<{ key: string; span: Span }>>();
  const byId = new Map<string, string>();
  for (const b of chart.boxes) {
    push(byFile, b.node.loc.source.path, { key: b.key, span: extent(b.node) });
    if (!byId.has(b.node.id)) byId.set(b.node.id, b.key);
  }
  const before = (l: number, c: number, l2: number, c2: number) => l < l2 || (l === l2 && c <= c2);
  return (d) => {
    let best: { key: string; span: Span } | undefined;
    for (const c of byFile.get(d.file) ?? []) {
      const s = c.span;
      if (!before(s.line, s.column, d.line, d.column) || !before(d.line, d.column, s.endLine, s.endColumn)) continue;
      if (!best || before(best.span.line, best.span.column, s.line, s.column)) best = c;
    }
    return best?.key ?? (d.node === undefined ? undefined : byId.get(d.node));
  };
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

/** Every drawn node above, nearest first, each once (a breadth-first walk: no recursion, cycles end). */
function lineOfSight(node: PlanNode, keyOf: ReadonlyMap<PlanNode, string>): PageTraceStep[] {
  const out: PageTraceStep[] = [];
  const seen = new Set<PlanNode>([node]);
  let level = [...node.parents];
  for (let depth = 1; level.length; depth++) {
    const next: PlanNode[] = [];
    for (const p of level) {
      if (seen.has(p)) continue;
      seen.add(p);
      const key = keyOf.get(p);
      if (key !== undefined) out.push([key, depth]);
      next.push(...p.parents);
    }
    level = next;
  }
  return out;
}

/** The acuan (RPJMN, janji politik, isu strategis) of the Pemda targets the node serves. */
function pemdaAcuan(plan: Plan, node: PlanNode, index: ReadonlyMap<PlanAcuan, number>): number[] {
  const out: number[] = [];
  const seen = new Set<PlanAcuan>();
  const stack = [node];
  const visited = new Set<PlanNode>();
  while (stack.length) {
    const n = stack.pop()!;
    if (visited.has(n)) continue;
    visited.add(n);
    for (const r of plan.acuanRefs.get(n) ?? []) {
      if (r.target && !seen.has(r.target)) {
        seen.add(r.target);
        out.push(index.get(r.target)!);
      }
    }
    stack.push(...n.parents);
  }
  return out;
}
