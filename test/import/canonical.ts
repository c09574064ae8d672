// What a Renstra T-C.27 carries of a plan, in a form two plans can be compared by, whatever their
// ids and files: each OPD's tree of sasaran OPD, program, kegiatan and sub kegiatan (the Pemda
// target each sasaran serves), the indicators with satuan, baseline and targets per year, and the
// money per year of each node; and the findings of validate on those entries.
import { budgetOf } from '../../src/model/budget.js';
import { openPlan } from '../../src/model/open.js';
import { opdName, type Plan, type PlanNode } from '../../src/model/plan.js';
import { valuesOf, type ValueAt } from '../../src/model/targets.js';
import { RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/run.js';
import { formatTargetValue } from '../../src/values/index.js';

const CARRIED = new Set(['sasaran_opd', 'program', 'kegiatan', 'sub_kegiatan']);

function valueText(v: ValueAt | undefined): string | undefined {
  if (!v) return undefined;
  if (!v.reading.ok) return `?${String(v.raw)}`;
  const tv = v.reading.value;
  return formatTargetValue(tv.kind === 'predikat' ? tv : { ...tv, unit: undefined, decimals: undefined });
}

/** The node's money: its own anggaran, else what its children add up to (as the T-C.27 shows it). */
function money(plan: Plan, n: PlanNode): Record<string, number> {
  const own = budgetOf(plan).anggaran.get(n)?.amount;
  if (own) return own.years ? Object.fromEntries([...own.years].filter(([, v]) => v !== 0)) : { total: own.total };
  const sum: Record<string, number> = {};
  for (const c of n.children) if (c.parents[0] === n && c.opd === n.opd) for (const [y, v] of Object.entries(money(plan, c))) sum[y] = (sum[y] ?? 0) + v;
  return sum;
}

function pemdaGoal(n: PlanNode): string | undefined {
  const queue = [...n.parents];
  const seen = new Set<PlanNode>();
  while (queue.length) {
    const p = queue.shift()!;
    if (seen.has(p)) continue;
    seen.add(p);
    if (p.level === 'sasaran' || p.level === 'tujuan') return p.nama;
    queue.push(...p.parents);
  }
  return undefined;
}

/** A key for a node that does not depend on ids: OPD, level and the names down its tree. */
function keyOf(n: PlanNode): string {
  const names: string[] = [];
  for (let x: PlanNode | undefined = n; x && CARRIED.has(x.level) && x.opd === n.opd; x = x.parents[0]) names.unshift(`${x.level}:${x.nama}`);
  return `${n.opd ? opdName(n.opd) : '-'} / ${names.join(' / ')}`;
}

export function canonical(plan: Plan) {
  const nodes = plan.nodes.filter((n) => CARRIED.has(n.level) && n.opd && !n.opd.mitra);
  return nodes
    .map((n) => ({
      key: keyOf(n),
      kode: typeof n.data.kode === 'string' ? n.data.kode : undefined,
      goal: n.level === 'sasaran_opd' ? pemdaGoal(n) : undefined,
      money: n.level === 'sasaran_opd' ? undefined : money(plan, n),
      indicators: n.indicators.map((ind) => {
        const v = valuesOf(plan, ind);
        const t = v.target;
        const targets = t?.single ? { end: valueText(t.single) } : Object.fromEntries((t?.years ?? []).map((y) => [String(y.year), valueText(y)]));
        return { nama: ind.data.nama, satuan: v.satuan, baseline: valueText(v.baseline?.value), targets };
      }),
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Findings about the carried entries: rule, the entry's key (an indicator by its place), severity. */
export function findings(plan: Plan): string[] {
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  for (const d of runRules(plan, RULES)) {
    if (!d.node) continue;
    const m = /^(.*) indikator (\d+)$/.exec(d.node);
    const n = byId.get(m ? m[1] : d.node) ?? plan.nodes.find((x) => x.indicators.some((i) => i.id === d.node));
    if (!n || !CARRIED.has(n.level) || !n.opd || n.opd.mitra) continue;
    out.push(`${d.rule} ${d.severity} ${keyOf(n)}${m ? ` #${m[2]}` : ''}`);
  }
  return out.sort();
}

export function open(paths: string[]) {
  return openPlan(paths).plan;
}
