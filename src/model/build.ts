import type { SourceFile } from '../load/source.js';
import type { DataPath } from '../core/span.js';
import { LEVELS } from './plan.js';
import type { BrokenRef, Entity, EntityKind, Level, Loc, Plan, PlanAcuan, PlanIndicator, PlanJabatan, PlanNode, PlanOpd, PlanStep, Ref } from './plan.js';
import { readPeriode } from './periode.js';
import { checkFileSchema } from './schema-issues.js';
import type { AcuanData, IndikatorData, JabatanData, LangkahData, OpdData } from './schema.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/** The lists each level may hold, and the level of what they hold. */
const CHILD_LISTS: Record<Level, ReadonlyArray<readonly [string, Level]>> = {
  tujuan: [['sasaran', 'sasaran']],
  sasaran: [['ksf', 'ksf']],
  ksf: [
    ['tujuan_opd', 'tujuan_opd'],
    ['sasaran_opd', 'sasaran_opd'],
    ['outcome_antara', 'outcome_antara'],
    ['sasaran_program', 'sasaran_program'],
    ['program', 'program'],
  ],
  tujuan_opd: [['sasaran_opd', 'sasaran_opd']],
  sasaran_opd: [
    ['ksf', 'ksf'],
    ['outcome_antara', 'outcome_antara'],
    ['sasaran_program', 'sasaran_program'],
    ['program', 'program'],
  ],
  outcome_antara: [
    ['outcome_antara', 'outcome_antara'],
    ['sasaran_program', 'sasaran_program'],
    ['program', 'program'],
  ],
  sasaran_program: [['program', 'program']],
  program: [
    ['sasaran_kegiatan', 'sasaran_kegiatan'],
    ['kegiatan', 'kegiatan'],
  ],
  sasaran_kegiatan: [['kegiatan', 'kegiatan']],
  kegiatan: [['sub_kegiatan', 'sub_kegiatan']],
  sub_kegiatan: [],
};
const TOP_LEVEL_LISTS: ReadonlyArray<Level> = LEVELS;

function anonymous(level: Level, source: SourceFile, path: DataPath): string {
  const at = source.locate(path);
  return `${level} (${source.path}:${at.line}:${at.column})`;
}

/**
 * Builds the plan graph from every file: nodes by id, their links resolved, the OPD inherited.
 * Data the schema rejected is read defensively, so that every other check still runs.
 */
export function buildPlan(sources: SourceFile[]): Plan {
  const plan: Plan = {
    sources,
    unreadable: [],
    nodes: [],
    indicators: [],
    steps: [],
    opds: [],
    acuan: [],
    jabatan: [],
    byId: new Map(),
    definitions: new Map(),
    brokenRefs: [],
    acuanRefs: new Map(),
    schemaFindings: [],
    pemda: [],
    periode: [],
  };
  const define = (id: string | undefined, entity: Entity) => {
    if (id === undefined) return;
    const locs = plan.definitions.get(id);
    if (locs) locs.push(entity.loc);
    else {
      plan.definitions.set(id, [entity.loc]);
      plan.byId.set(id, entity);
    }
  };

  for (const source of sources) {
    // A file the YAML parser could not read says so already; what it recovered of the data is a
    // guess, and checks on a guess would bury the one finding that matters under noise.
    if (source.unreadable()) {
      plan.unreadable.push(source);
      continue;
    }
    const root = source.data;
    for (const f of checkFileSchema(root)) plan.schemaFindings.push({ ...f, source });
    if (!isObj(root)) continue;
    const at = (path: DataPath): Loc => ({ source, path });
    if (typeof root.pemda === 'string') plan.pemda.push({ value: root.pemda, loc: at(['pemda']) });
    if (root.periode !== undefined) {
      const p = readPeriode(root.periode);
      plan.periode.push({ value: 'reason' in p ? undefined : p, loc: at(['periode']) });
    }

    list(root.opd).forEach((o, i) => {
      if (!isObj(o) || text(o.id) === undefined) return;
      const opd: PlanOpd = {
        kind: 'opd',
        id: text(o.id)!,
        nama: text(o.nama) ?? text(o.id)!,
        mitra: o.mitra === true,
        data: o as OpdData,
        loc: at(['opd', i]),
      };
      plan.opds.push(opd);
      define(opd.id, opd);
    });
    list(root.acuan).forEach((a, i) => {
      if (!isObj(a) || text(a.id) === undefined) return;
      const acuan: PlanAcuan = { kind: 'acuan', id: text(a.id)!, nama: text(a.nama) ?? text(a.id)!, data: a as AcuanData, loc: at(['acuan', i]) };
      plan.acuan.push(acuan);
      define(acuan.id, acuan);
    });
    list(root.jabatan).forEach((j, i) => {
      if (!isObj(j) || text(j.id) === undefined) return;
      const jab: PlanJabatan = {
        kind: 'jabatan',
        id: text(j.id)!,
        nama: text(j.nama) ?? text(j.id)!,
        data: j as JabatanData,
        loc: at(['jabatan', i]),
        sasaran: [],
        steps: [],
      };
      plan.jabatan.push(jab);
      define(jab.id, jab);
    });

    const visit = (raw: unknown, level: Level, path: DataPath, nestParent?: PlanNode) => {
      if (!isObj(raw)) return;
      const id = text(raw.id);
      const node: PlanNode = {
        // A node without an id (schema/required reports it) is named where it is written.
        kind: 'node',
        id: id ?? anonymous(level, source, path),
        level,
        nama: text(raw.nama) ?? id ?? '',
        data: raw,
        loc: at(path),
        nestParent,
        mendukung: [],
        parents: nestParent ? [nestParent] : [],
        children: [],
        indicators: [],
        steps: [],
      };
      plan.nodes.push(node);
      define(id, node);
      if (nestParent) nestParent.children.push(node);
      list(raw.indikator).forEach((ind, i) => {
        if (!isObj(ind)) return;
        const indId = text(ind.id);
        const indicator: PlanIndicator = {
          kind: 'indicator',
          id: indId,
          label: indId ?? `${node.id} indikator ${i + 1}`,
          owner: node,
          index: i,
          data: ind as IndikatorData,
          loc: at([...path, 'indikator', i]),
        };
        node.indicators.push(indicator);
        plan.indicators.push(indicator);
        define(indId, indicator);
      });
      let stepNo = 0;
      list(raw.sop).forEach((tahap, t) => {
        if (!isObj(tahap)) return;
        list(tahap.langkah).forEach((l, s) => {
          if (!isObj(l)) return;
          stepNo++;
          const stepId = text(l.id);
          const step: PlanStep = {
            kind: 'step',
            id: stepId,
            label: stepId ?? `${node.id} langkah ${stepNo}`,
            owner: node,
            tahap: text(tahap.tahap) ?? '',
            data: l as LangkahData,
            loc: at([...path, 'sop', t, 'langkah', s]),
          };
          node.steps.push(step);
          plan.steps.push(step);
        });
      });
      for (const [key, childLevel] of CHILD_LISTS[level]) {
        for (const [i, child] of list(raw[key]).entries()) visit(child, childLevel, [...path, key, i], node);
      }
    };
    for (const level of TOP_LEVEL_LISTS) for (const [i, raw] of list(root[level]).entries()) visit(raw, level, [level, i]);
  }

  resolveLinks(plan);
  return plan;
}

/** Reads an id or a list of ids, with the path of each. */
function idsAt(value: unknown, path: DataPath): Array<{ id: string; path: DataPath }> {
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => (text(v) !== undefined ? [{ id: text(v)!, path: [...path, i] }] : []));
  }
  return text(value) !== undefined ? [{ id: text(value)!, path }] : [];
}

function resolveLinks(plan: Plan): void {
  function resolve<K extends EntityKind>(id: string, loc: Loc, expects: K, key: string): Ref<Extract<Entity, { kind: K }>> {
    const found = plan.byId.get(id);
    if (found?.kind === expects) return { id, loc, target: found as Extract<Entity, { kind: K }> };
    const broken: BrokenRef = { id, loc, expects, key, found };
    plan.brokenRefs.push(broken);
    return { id, loc };
  }
  const locAt = (base: Loc, path: DataPath): Loc => ({ source: base.source, path });

  for (const node of plan.nodes) {
    for (const r of idsAt(node.data.mendukung, [...node.loc.path, 'mendukung'])) {
      const ref = resolve(r.id, locAt(node.loc, r.path), 'node', 'mendukung');
      node.mendukung.push(ref);
      if (ref.target && !node.parents.includes(ref.target)) {
        node.parents.push(ref.target);
        ref.target.children.push(node);
      }
    }
    const opdId = text(node.data.opd);
    if (opdId !== undefined) {
      node.opdRef = resolve(opdId, locAt(node.loc, [...node.loc.path, 'opd']), 'opd', 'opd');
    }
    if (node.level === 'sasaran') {
      const refs = idsAt(node.data.acuan, [...node.loc.path, 'acuan']).map((r) => resolve(r.id, locAt(node.loc, r.path), 'acuan', 'acuan'));
      plan.acuanRefs.set(node, refs);
    }
    if (node.level === 'ksf') node.tier = node.parents[0]?.level === 'sasaran_opd' ? 'opd' : 'pemda';
  }
  for (const ind of plan.indicators) {
    const b = text(ind.data.bagian_dari);
    if (b !== undefined) ind.bagianDari = resolve(b, locAt(ind.loc, [...ind.loc.path, 'bagian_dari']), 'indicator', 'bagian_dari');
  }
  for (const jab of plan.jabatan) {
    const d = jab.data as unknown as Obj;
    if (text(d.opd) !== undefined) jab.opd = resolve(text(d.opd)!, locAt(jab.loc, [...jab.loc.path, 'opd']), 'opd', 'opd');
    if (text(d.atasan) !== undefined) jab.atasan = resolve(text(d.atasan)!, locAt(jab.loc, [...jab.loc.path, 'atasan']), 'jabatan', 'atasan');
    jab.sasaran = idsAt(d.sasaran, [...jab.loc.path, 'sasaran']).map((r) => resolve(r.id, locAt(jab.loc, r.path), 'node', 'sasaran'));
  }
  for (const step of plan.steps) {
    const p = text((step.data as unknown as Obj).pelaksana);
    if (p === undefined) continue;
    step.pelaksana = resolve(p, locAt(step.loc, [...step.loc.path, 'pelaksana']), 'jabatan', 'pelaksana');
    step.pelaksana.target?.steps.push(step);
  }
  inheritOpd(plan);
}

/**
 * A node's OPD is its own, else its first parent's that has one, found by walking up (cycles
 * guarded). Iterative: a chain of thousands of `mendukung` links would overflow the call stack.
 */
function inheritOpd(plan: Plan): void {
  const state = new Map<PlanNode, 'busy' | 'done'>();
  const frames: Array<{ node: PlanNode; next: number }> = [];
  /** Starts a node; false when it is settled at once (its own opd). */
  const open = (node: PlanNode): boolean => {
    state.set(node, 'busy');
    if (node.opdRef) {
      node.opd = node.opdRef.target;
      state.set(node, 'done');
      return false;
    }
    frames.push({ node, next: 0 });
    return true;
  };
  for (const root of plan.nodes) {
    if (state.has(root) || !open(root)) continue;
    while (frames.length) {
      const f = frames[frames.length - 1];
      let settled: PlanOpd | undefined;
      let done = f.next >= f.node.parents.length;
      if (!done) {
        const p = f.node.parents[f.next++];
        const s = state.get(p);
        if (s === undefined && open(p)) continue; // settle the parent first
        if (s !== 'busy') settled = p.opd;
        if (settled) done = true;
      }
      // Finish this node, and each waiting one whose parent just gave it an OPD.
      while (done) {
        const top = frames.pop()!;
        if (settled) top.node.opd = settled;
        state.set(top.node, 'done');
        const below = frames[frames.length - 1];
        settled = top.node.opd;
        done = !!below && !!settled;
      }
    }
  }
}
