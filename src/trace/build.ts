// Line of sight: from any node, indicator, jabatan, SOP step or acuan, the chain up to the Pemda
// targets and their acuan, and what supports it below. A plain structure: printed as a tree for
// people (tree.ts) and as JSON for tools.
import type { Settings } from '../core/settings.js';
import { durationShown, peopleOf, type People } from '../model/people.js';
import type { Entity, Level, Plan, PlanAcuan, PlanIndicator, PlanJabatan, PlanNode, PlanStep } from '../model/plan.js';
import { budgetOf } from '../model/budget.js';
import { descendants } from '../model/levels.js';
import { isShared, sasaranOf } from '../model/target-money.js';
import { targetShown } from '../model/target-text.js';
import { sumRupiah } from '../values/index.js';
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
  /**
   * For a Pemda target, or a node whose money serves several: the money at or below it (each
   * item once, whole), the part that also serves other targets, and the targets it serves.
   */
  anggaran?: { amount: number; shared: number; sasaran: string[] };
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

/**
 * Builds the trace depth first with an explicit stack of pending expansions, never by recursion:
 * a chain of ten thousand links (only a wrong plan has one, and it must still be traced) would
 * overflow the call stack. Each pending expansion fills its item's children in the order written,
 * so an item first met is expanded there and marked `repeated` wherever it shows again.
 */
class Tracer {
  private upSeen = new Set<unknown>();
  private downSeen = new Set<unknown>();
  private sasaran = new Set<PlanNode>();
  private pending: Array<() => void> = [];
  private answering?: Map<PlanNode, PlanJabatan[]>;
  private bawahan?: Map<PlanJabatan, PlanJabatan[]>;

  constructor(
    private plan: Plan,
    private people: People,
  ) {}

  trace(start: Entity | PlanStep): Trace {
    let subject: TraceItem;
    const up: TraceItem[] = [];
    const down: TraceItem[] = [];
    switch (start.kind) {
      case 'node':
        subject = this.node(start, true);
        this.upSeen.add(start);
        this.downSeen.add(start);
        if (start.level === 'sasaran') this.sasaran.add(start);
        this.each(start.parents, (p) => this.nodeUp(p, up));
        this.drain();
        this.supports(start, down);
        this.drain();
        break;
      case 'indicator': {
        subject = this.indicator(start);
        this.nodeUp(start.owner, up);
        this.drain();
        const whole = start.bagianDari?.target;
        if (whole) {
          const item: TraceItem = { ...this.indicator(whole), role: 'bagian', children: [] };
          up.push(item);
          this.nodeUp(whole.owner, item.children);
          this.drain();
        }
        this.downSeen.add(start.owner);
        for (const i of this.plan.indicators) if (i.bagianDari?.target === start) down.push({ ...this.indicator(i), role: 'bagian', children: [] });
        this.supports(start.owner, down);
        this.drain();
        break;
      }
      case 'jabatan':
        subject = this.jabatan(start);
        this.upSeen.add(start);
        this.downSeen.add(start);
        if (start.atasan?.target) this.atasanUp(start.atasan.target, up);
        this.drain();
        this.each(this.answersFor(start), (n) => this.nodeUp(n, up));
        this.drain();
        for (const s of start.steps) down.push(this.step(s, false));
        this.subordinates(start, down);
        this.drain();
        break;
      case 'step':
        subject = this.step(start, false);
        this.nodeUp(start.owner, up);
        this.drain();
        if (start.pelaksana?.target) this.atasanUp(start.pelaksana.target, up, 'pelaksana');
        this.drain();
        break;
      case 'acuan':
        subject = this.acuanItem(start);
        this.each(
          this.plan.nodes.filter((n) => this.plan.acuanRefs.get(n)?.some((r) => r.target === start)),
          (n) => this.nodeDown(n, down),
        );
        this.drain();
        break;
      default:
        throw new Error(`cannot trace ${(start as Entity).kind}`);
    }
    const pemda = [...this.sasaran].map((s) => ({
      id: s.id,
      nama: s.nama,
      acuan: (this.plan.acuanRefs.get(s) ?? []).flatMap((r) => (r.target ? [{ id: r.target.id, jenis: r.target.data.jenis, nama: r.target.nama }] : [])),
    }));
    const anggaran = start.kind === 'node' ? this.money(start) : undefined;
    return { subject, up, down, pemda, ...(anggaran ? { anggaran } : {}) };
  }

  /** The money a node carries toward the Pemda targets, counted as budget-summary --by sasaran counts it. */
  private money(n: PlanNode): Trace['anggaran'] {
    const budget = budgetOf(this.plan);
    const below = descendants(n);
    const items = budget.counted.filter((i) => below.has(i) && !i.opd?.mitra);
    const shared = items.filter(isShared);
    if (n.level !== 'sasaran' && !shared.length) return undefined;
    const sum = (list: PlanNode[]) => {
      const r = sumRupiah(list.map((i) => budget.anggaran.get(i)?.amount?.total ?? 0));
      return r.ok ? r.value : undefined;
    };
    if (items.some((i) => !budget.anggaran.get(i)?.amount)) return undefined; // unreadable: validate says where
    const amount = sum(items);
    const sharedAmount = sum(shared);
    if (amount === undefined || sharedAmount === undefined) return undefined;
    const targets = new Set(items.flatMap((i) => sasaranOf(i)));
    return { amount, shared: sharedAmount, sasaran: this.plan.nodes.filter((s) => targets.has(s)).map((s) => s.id) };
  }

  /** Runs the pending expansions, the most recently scheduled first: a depth-first walk. */
  private drain(): void {
    for (let next = this.pending.pop(); next; next = this.pending.pop()) next();
  }

  /** Schedules `expand` for each item so that they run in the order given. */
  private each<T>(items: readonly T[], expand: (item: T) => void): void {
    for (let k = items.length - 1; k >= 0; k--) {
      const item = items[k];
      this.pending.push(() => expand(item));
    }
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
  private nodeUp(n: PlanNode, into: TraceItem[]): void {
    const item = this.node(n, true);
    if (n.level === 'sasaran') this.sasaran.add(n);
    if (this.upSeen.has(n)) {
      into.push({ ...item, repeated: true, indikator: undefined, acuan: undefined });
      return;
    }
    this.upSeen.add(n);
    into.push(item);
    this.each(n.parents, (p) => this.nodeUp(p, item.children));
  }

  private nodeDown(n: PlanNode, into: TraceItem[]): void {
    const item = this.node(n, false);
    if (this.downSeen.has(n)) {
      into.push({ ...item, repeated: true });
      return;
    }
    this.downSeen.add(n);
    into.push(item);
    this.supports(n, item.children);
  }

  /** What supports a node: the positions answering for it, its SOP steps, its child nodes. */
  private supports(n: PlanNode, into: TraceItem[]): void {
    if (!this.answering) {
      this.answering = new Map();
      for (const j of this.plan.jabatan) for (const t of new Set(j.sasaran.map((r) => r.target))) if (t) push(this.answering, t, j);
    }
    for (const j of this.answering.get(n) ?? []) into.push({ ...this.jabatan(j), role: 'answers' });
    for (const s of n.steps) into.push(this.step(s, true));
    this.each(n.children, (c) => this.nodeDown(c, into));
  }

  /** A position's atasan chain, one level at a time (a chain of positions can be long). */
  private atasanUp(first: PlanJabatan, into: TraceItem[], role: TraceItem['role'] = 'atasan'): void {
    let list = into;
    for (let j: PlanJabatan | undefined = first; j; j = j.atasan?.target) {
      const item: TraceItem = { ...this.jabatan(j), role: j === first ? role : 'atasan' };
      if (this.upSeen.has(j)) {
        list.push({ ...item, repeated: true });
        return;
      }
      this.upSeen.add(j);
      list.push(item);
      list = item.children;
    }
  }

  private subordinates(j: PlanJabatan, into: TraceItem[]): void {
    if (!this.bawahan) {
      this.bawahan = new Map();
      for (const b of this.plan.jabatan) if (b.atasan?.target) push(this.bawahan, b.atasan.target, b);
    }
    this.each(this.bawahan.get(j) ?? [], (b) => {
      const item: TraceItem = { ...this.jabatan(b), role: 'bawahan' };
      if (this.downSeen.has(b)) {
        into.push({ ...item, repeated: true });
        return;
      }
      this.downSeen.add(b);
      into.push(item);
      for (const s of b.steps) item.children.push(this.step(s, false));
      this.subordinates(b, item.children);
    });
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

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
