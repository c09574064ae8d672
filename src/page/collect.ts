// The plan, its chart and its findings as the data the web report's script reads (data.ts).
// Values are read by the model once; here they only become the texts a reader sees.
import type { Settings } from '../config/settings.js';
import { msg, say, type Lang } from '../i18n/message.js';
import { budgetOf } from '../model/budget.js';
import { planCapaian } from '../model/capaian.js';
import { durationShown, peopleOf } from '../model/people.js';
import { LEVEL_NAMES, opdName, type Plan, type PlanNode } from '../model/plan.js';
import { valuesOf, type Series, type ValueAt } from '../model/targets.js';
import type { Chart } from '../render/chart.js';
import type { Diagnostic } from '../report/diagnostic.js';
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
  const boxOfId = new Map<string, string>();
  for (const b of chart.boxes) if (!boxOfId.has(b.node.id)) boxOfId.set(b.node.id, b.key);

  const findings: PageFinding[] = diagnostics.map((d) => ({
    severity: d.severity,
    rule: d.rule,
    message: say(d.message, lang),
    where: `${opts.fileName(d.file)}:${d.line}:${d.column}`,
    box: d.node === undefined ? undefined : boxOfId.get(d.node),
  }));
  const findingsOf = new Map<string, number[]>();
  findings.forEach((f, i) => f.box !== undefined && push(findingsOf, f.box, i));

  const capaian = planCapaian(plan, opts.settings.capaianTurun);
  const people = peopleOf(plan, opts.settings);
  const budget = budgetOf(plan);
  const answering = new Map<PlanNode, Array<{ id: string; nama: string }>>();
  for (const j of plan.jabatan) {
    for (const r of j.sasaran) if (r.target) push(answering, r.target, { id: j.id, nama: j.nama });
  }

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
      money: !money ? [] : money.years
        ? [...money.years].sort((a, z) => a[0] - z[0]).map(([tahun, n]) => ({ tahun, text: formatRupiah(n) }))
        : [{ text: formatRupiah(money.total) }],
      positions: answering.get(node) ?? [],
      steps: node.steps.map((s) => {
        const f = people.steps.get(s);
        const parts = [f?.output ? formatQuantity(f.output) : undefined, f ? durationShown(f) : undefined].filter((x): x is string => !!x);
        return { label: s.data.nama ?? s.label, text: parts.join(' · '), pelaksana: s.pelaksana?.target?.nama ?? s.pelaksana?.id };
      }),
      findings: findingsOf.get(b.key) ?? [],
      up: lineOfSight(node, keyOf, lang),
      acuan: pemdaAcuan(plan, node),
    };
  });

  return {
    lang,
    boxes,
    findings,
    opds: plan.opds.map((o) => ({ id: o.id, name: opdName(o) + (o.mitra ? ` (${say(msg('partner', 'mitra'), lang)})` : '') })),
    text: pageText(lang),
  };
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

/** Every node above, nearest first, each once (a breadth-first walk: no recursion, cycles end). */
function lineOfSight(node: PlanNode, keyOf: ReadonlyMap<PlanNode, string>, lang: Lang): PageTraceStep[] {
  const out: PageTraceStep[] = [];
  const seen = new Set<PlanNode>([node]);
  let level = [...node.parents];
  for (let depth = 1; level.length; depth++) {
    const next: PlanNode[] = [];
    for (const p of level) {
      if (seen.has(p)) continue;
      seen.add(p);
      out.push({ id: p.id, nama: p.nama, levelName: say(LEVEL_NAMES[p.level], lang), depth, key: keyOf.get(p) });
      next.push(...p.parents);
    }
    level = next;
  }
  return out;
}

/** The acuan (RPJMN, janji politik, isu strategis) of the Pemda targets the node serves. */
function pemdaAcuan(plan: Plan, node: PlanNode): PageBox['acuan'] {
  const out: PageBox['acuan'] = [];
  const seen = new Set<string>();
  const stack = [node];
  const visited = new Set<PlanNode>();
  while (stack.length) {
    const n = stack.pop()!;
    if (visited.has(n)) continue;
    visited.add(n);
    for (const r of plan.acuanRefs.get(n) ?? []) {
      if (r.target && !seen.has(r.target.id)) {
        seen.add(r.target.id);
        out.push({ id: r.target.id, jenis: String(r.target.data.jenis ?? ''), nama: r.target.nama });
      }
    }
    stack.push(...n.parents);
  }
  return out;
}
