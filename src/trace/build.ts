// Line of sight: from any node, indicator, jabatan, SOP step or acuan, the chain up to the Pemda
// targets and their acuan, and what supports it below. A plain structure: printed as a tree for
// people (tree.ts) and as JSON for tools.
import type { Settings } from '../core/settings.js';
import { durationShown, peopleOf, type People } from '../model/people.js';
import type { Entity, Level, Plan, PlanAcuan, PlanIndicator, PlanJabatan, PlanNode, PlanStep } from '../model/plan.js';
import { targetShown } from '../model/target-text.js';
import { formatNumber, formatQuantity } from '../values/format.js';

export type TraceKind = 'node' | 'indicator' | 'jabatan' | 'step' | 'acuan';

export interface TraceItem {
  kind: TraceKind;
  /** The id, or for an indicator or step without one, its label ("DISKOPUKM.K1 langkah 1"). */
  id: string;
  nama: string;
  level?: Level;
  opd?: string;
  /** The facts a reader needs at a glance: a target, a step's output and time, a position's jenis. */
  detail?: string;
  /** How it relates to the item it is listed under: answers for it, its atasan, a subordinate, … */
  role?: 'answers' | 'atasan' | 'bawahan' | 'pelaksana' | 'bagian';
  /** Shown already higher in this trace; not expanded again. */
  repeated?: true;
  indikator?: TraceItem[];
  acuan?: TraceItem[];
  /** Up the chain: the parents (or atasan); down: what supports it. */
  children: TraceItem[];
}

export interface Trace {
  subject: TraceItem;
  up: TraceItem[];
  down: TraceItem[];
  /** The Pemda targets (sasaran) the chain reaches, with their acuan. */
  pemda: Array<{ id: string; nama: string; acuan: Array<{ id: string; jenis: string; nama: string }> }>;
}

/** Every id a trace can start from: entities, and SOP steps by id or label. */
export function traceable(plan: Plan): Map<string, Entity | PlanStep> {
  const m = new Map<string, Entity | PlanStep>();
  for (const [id, e] of plan.byId) if (e.kind !== 'opd') m.set(id, e);
  for (const ind of plan.indicators) if (!m.has(ind.label)) m.set(ind.label, ind);
  for (const s of plan.steps) if (!m.has(s.label)) m.set(s.label, s);
  return m;
}

export function buildTrace(plan: Plan, start: Entity | PlanStep, settings: Settings): Trace {
  return new Tracer(plan, peopleOf(plan, settings)).trace(start);
}

class Tracer {
  private upSeen = new Set<unknown>();
  private downSeen = new Set<unknown>();
  private sasaran = new Set<PlanNode>();

  constructor(
    private plan: Plan,
    private people: People,
  ) {}

  trace(start: Entity | PlanStep): Trace {
    let subject: TraceItem;
    let up: TraceItem[] = [];
    let down: TraceItem[] = [];
    switch (start.kind) {
      case 'node':
        subject = this.node(start, true);
        this.upSeen.add(start);
        this.downSeen.add(start);
        if (start.level === 'sasaran') this.sasaran.add(start);
        up = start.parents.map((p) => this.nodeUp(p));
        down = this.supports(start);
        break;
      case 'indicator':
        subject = this.indicator(start);
        up = [this.nodeUp(start.owner)];
        if (start.bagianDari?.target)
          up.push({ ...this.indicator(start.bagianDari.target), role: 'bagian', children: [this.nodeUp(start.bagianDari.target.owner)] });
        this.downSeen.add(start.owner);
        down = [
          ...this.plan.indicators.filter((i) => i.bagianDari?.target === start).map((i) => ({ ...this.indicator(i), role: 'bagian' as const, children: [] })),
          ...this.supports(start.owner),
        ];
        break;
      case 'jabatan':
        subject = this.jabatan(start);
        this.upSeen.add(start);
        this.downSeen.add(start);
        up = [...(start.atasan?.target ? [this.atasanUp(start.atasan.target)] : []), ...this.answersFor(start).map((n) => this.nodeUp(n))];
        down = [...start.steps.map((s) => this.step(s, false)), ...this.subordinates(start)];
        break;
      case 'step':
        subject = this.step(start, false);
        up = [this.nodeUp(start.owner), ...(start.pelaksana?.target ? [{ ...this.atasanUp(start.pelaksana.target), role: 'pelaksana' as const }] : [])];
        break;
      case 'acuan':
        subject = this.acuanItem(start);
        down = this.plan.nodes.filter((n) => this.plan.acuanRefs.get(n)?.some((r) => r.target === start)).map((n) => this.nodeDown(n));
        break;
      default:
        throw new Error(`cannot trace ${(start as Entity).kind}`);
    }
    const pemda = [...this.sasaran].map((s) => ({
      id: s.id,
      nama: s.nama,
      acuan: (this.plan.acuanRefs.get(s) ?? []).flatMap((r) => (r.target ? [{ id: r.target.id, jenis: r.target.data.jenis, nama: r.target.nama }] : [])),
    }));
    return { subject, up, down, pemda };
  }

  private node(n: PlanNode, full: boolean): TraceItem {
    const item: TraceItem = { kind: 'node', id: n.id, nama: n.nama, level: n.level, opd: n.opd?.id, children: [] };
    if (full) {
      item.indikator = n.indicators.map((i) => this.indicator(i));
      if (n.level === 'sasaran') item.acuan = (this.plan.acuanRefs.get(n) ?? []).flatMap((r) => (r.target ? [this.acuanItem(r.target)] : []));
    }
    return item;
  }

  /** A node with its indicators and, as children, its parents up to the roots. */
  private nodeUp(n: PlanNode): TraceItem {
    const item = this.node(n, true);
    if (n.level === 'sasaran') this.sasaran.add(n);
    if (this.upSeen.has(n)) return { ...item, repeated: true, indikator: undefined, acuan: undefined };
    this.upSeen.add(n);
    item.children = n.parents.map((p) => this.nodeUp(p));
    return item;
  }

  private nodeDown(n: PlanNode): TraceItem {
    const item = this.node(n, false);
    if (this.downSeen.has(n)) return { ...item, repeated: true };
    this.downSeen.add(n);
    item.children = this.supports(n);
    return item;
  }

  /** What supports a node: the positions answering for it, its SOP steps, its child nodes. */
  private supports(n: PlanNode): TraceItem[] {
    const answering = this.plan.jabatan.filter((j) => j.sasaran.some((r) => r.target === n));
    return [
      ...answering.map((j) => ({ ...this.jabatan(j), role: 'answers' as const })),
      ...n.steps.map((s) => this.step(s, true)),
      ...n.children.map((c) => this.nodeDown(c)),
    ];
  }

  private indicator(i: PlanIndicator): TraceItem {
    const t = targetShown(this.plan, i);
    const text = t.withSatuan;
    return {
      kind: 'indicator',
      id: i.label,
      nama: i.data.nama ?? i.label,
      detail: text ? `target ${text}${t.year !== undefined ? ` (${t.year})` : ''}` : undefined,
      children: [],
    };
  }

  private acuanItem(a: PlanAcuan): TraceItem {
    return { kind: 'acuan', id: a.id, nama: a.nama, detail: a.data.jenis, children: [] };
  }

  private jabatan(j: PlanJabatan): TraceItem {
    const d = j.data;
    const jenis =
      d.jenis === 'struktural' && d.eselon
        ? `struktural ${d.eselon}`
        : d.jenis === 'fungsional' && d.setara
          ? `fungsional setara ${d.setara}`
          : String(d.jenis ?? '');
    return { kind: 'jabatan', id: j.id, nama: j.nama, opd: this.people.byJabatan.get(j)?.opd?.id, detail: jenis, children: [] };
  }

  private atasanUp(j: PlanJabatan): TraceItem {
    const item: TraceItem = { ...this.jabatan(j), role: 'atasan' };
    if (this.upSeen.has(j)) return { ...item, repeated: true };
    this.upSeen.add(j);
    if (j.atasan?.target) item.children = [this.atasanUp(j.atasan.target)];
    return item;
  }

  private subordinates(j: PlanJabatan): TraceItem[] {
    return this.plan.jabatan
      .filter((b) => b.atasan?.target === j)
      .map((b) => {
        const item: TraceItem = { ...this.jabatan(b), role: 'bawahan' };
        if (this.downSeen.has(b)) return { ...item, repeated: true };
        this.downSeen.add(b);
        item.children = [...b.steps.map((s) => this.step(s, false)), ...this.subordinates(b)];
        return item;
      });
  }

  /** The nodes a position answers for, then the kegiatan of its steps, each once. */
  private answersFor(j: PlanJabatan): PlanNode[] {
    const nodes = [...j.sasaran.flatMap((r) => (r.target ? [r.target] : [])), ...j.steps.map((s) => s.owner)];
    return [...new Set(nodes)];
  }

  private step(s: PlanStep, withPelaksana: boolean): TraceItem {
    const f = this.people.steps.get(s);
    const d = s.data as unknown as Record<string, unknown>;
    const parts: string[] = [];
    const output = f?.output ? formatQuantity(f.output) : d.output;
    if (output !== undefined) parts.push(String(output));
    const time = f ? durationShown(f) : d.durasi;
    const times = f?.perYear !== undefined ? formatNumber(f.perYear) : d.frekuensi;
    if (time !== undefined) parts.push(`${String(time)} × ${String(times ?? 1)}`);
    if (withPelaksana && s.pelaksana) parts.push(s.pelaksana.target ? `${s.pelaksana.id} (${s.pelaksana.target.nama})` : s.pelaksana.id);
    if (!withPelaksana) parts.push(`${s.owner.id} · ${s.tahap}`);
    return { kind: 'step', id: s.label, nama: s.data.nama ?? s.label, detail: parts.join(' · '), children: [] };
  }
}
