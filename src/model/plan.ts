import type { SourceFile } from '../load/source.js';
import type { DataPath } from '../core/span.js';
import type { Periode } from './periode.js';
import type { SchemaFinding } from './schema-issues.js';
import type { AcuanData, IndikatorData, JabatanData, LangkahData, OpdData } from './schema.js';

/** Where something was written: a file and the path to it inside that file's data. */
export interface Loc {
  source: SourceFile;
  path: DataPath;
}

/**
 * The levels, top down. tujuan_opd, outcome_antara, sasaran_program and sasaran_kegiatan are the
 * outcome statements of PermenPANRB 89/2021's pohon kinerja; a plan may leave any of them out.
 */
export const LEVELS = [
  'tujuan',
  'sasaran',
  'ksf',
  'tujuan_opd',
  'sasaran_opd',
  'outcome_antara',
  'sasaran_program',
  'program',
  'sasaran_kegiatan',
  'kegiatan',
  'sub_kegiatan',
] as const;
export type Level = (typeof LEVELS)[number];

/** Names of the levels as planners say them. */
export const LEVEL_NAMES: Record<Level, { en: string; id: string }> = {
  tujuan: { en: 'tujuan (goal)', id: 'tujuan' },
  sasaran: { en: 'sasaran Pemda', id: 'sasaran Pemda' },
  ksf: { en: 'key success factor', id: 'faktor kunci' },
  tujuan_opd: { en: 'tujuan OPD', id: 'tujuan OPD' },
  sasaran_opd: { en: 'sasaran strategis OPD', id: 'sasaran strategis OPD' },
  outcome_antara: { en: 'intermediate outcome', id: 'outcome antara' },
  sasaran_program: { en: 'sasaran program', id: 'sasaran program' },
  program: { en: 'program', id: 'program' },
  sasaran_kegiatan: { en: 'sasaran kegiatan', id: 'sasaran kegiatan' },
  kegiatan: { en: 'kegiatan', id: 'kegiatan' },
  sub_kegiatan: { en: 'sub kegiatan', id: 'sub kegiatan' },
};

/** A reference from one place in the plan to an id; `target` is set when it resolved. */
export interface Ref<T> {
  id: string;
  loc: Loc;
  target?: T;
}

export interface PlanNode {
  kind: 'node';
  id: string;
  level: Level;
  nama: string;
  /** The mapping as written (validated by the schema; read defensively where it may be wrong). */
  data: Record<string, unknown>;
  loc: Loc;
  /** The parent whose list this node is written in. */
  nestParent?: PlanNode;
  /** Its `mendukung` references, in the order written. */
  mendukung: Ref<PlanNode>[];
  /** Every parent: the nesting one first, then those of `mendukung`, each once. */
  parents: PlanNode[];
  children: PlanNode[];
  /** For a ksf: under a Pemda sasaran, or under a sasaran_opd (an OPD-level factor). */
  tier?: 'pemda' | 'opd';
  /** The OPD that owns it: its own `opd`, else inherited down the tree. */
  opd?: PlanOpd;
  opdRef?: Ref<PlanOpd | undefined>;
  indicators: PlanIndicator[];
  steps: PlanStep[];
}

export interface PlanIndicator {
  kind: 'indicator';
  id?: string;
  /** How findings and tables name it: its id, or "<owner> indikator N". */
  label: string;
  owner: PlanNode;
  index: number;
  data: IndikatorData;
  loc: Loc;
  bagianDari?: Ref<PlanIndicator>;
}

export interface PlanStep {
  kind: 'step';
  id?: string;
  label: string;
  owner: PlanNode;
  tahap: string;
  data: LangkahData;
  loc: Loc;
  pelaksana?: Ref<PlanJabatan>;
}

export interface PlanOpd {
  kind: 'opd';
  id: string;
  nama: string;
  mitra: boolean;
  data: OpdData;
  loc: Loc;
}

export interface PlanAcuan {
  kind: 'acuan';
  id: string;
  nama: string;
  data: AcuanData;
  loc: Loc;
}

export interface PlanJabatan {
  kind: 'jabatan';
  id: string;
  nama: string;
  data: JabatanData;
  loc: Loc;
  opd?: Ref<PlanOpd>;
  atasan?: Ref<PlanJabatan>;
  sasaran: Ref<PlanNode>[];
  /** SOP steps naming it as pelaksana. */
  steps: PlanStep[];
}

export type Entity = PlanNode | PlanIndicator | PlanOpd | PlanAcuan | PlanJabatan;
export type EntityKind = Entity['kind'];

/** A reference that did not resolve, or resolved to the wrong kind of thing. */
export interface BrokenRef {
  id: string;
  loc: Loc;
  /** What the reference should name. */
  expects: EntityKind;
  /** The key it was written under: mendukung, opd, acuan, atasan, pelaksana, sasaran, bagian_dari. */
  key: string;
  /** When the id exists but names something else. */
  found?: Entity;
}

export interface HeaderValue<T> {
  value: T;
  loc: Loc;
}

/** The whole plan, built once from all files; every later stage reads only this. */
export interface Plan {
  sources: SourceFile[];
  /**
   * The files whose YAML could not be read: left out of the plan, which is then incomplete —
   * a reference may point into them, and sums and children across files are not whole.
   */
  unreadable: SourceFile[];
  nodes: PlanNode[];
  indicators: PlanIndicator[];
  steps: PlanStep[];
  opds: PlanOpd[];
  acuan: PlanAcuan[];
  jabatan: PlanJabatan[];
  /** The first definition of each id. */
  byId: Map<string, Entity>;
  /** Every place an id is defined, for duplicate checks. */
  definitions: Map<string, Loc[]>;
  brokenRefs: BrokenRef[];
  /** Sasaran references to acuan, resolved. */
  acuanRefs: Map<PlanNode, Ref<PlanAcuan>[]>;
  /** What the schema found wrong, file by file. */
  schemaFindings: Array<SchemaFinding & { source: SourceFile }>;
  pemda: HeaderValue<string>[];
  /** Each file's periode; undefined where it cannot be read (the schema says why). */
  periode: HeaderValue<Periode | undefined>[];
}

/** What charts and tables call an OPD: its singkatan, else its name. */
export function opdName(opd: PlanOpd): string {
  const s = opd.data.singkatan;
  return typeof s === 'string' && s.trim() ? s.trim() : opd.nama;
}

export function nodeById(plan: Plan, id: string): PlanNode | undefined {
  const e = plan.byId.get(id);
  return e?.kind === 'node' ? e : undefined;
}

/** The plan period, from the first file that states it. */
export function periodOf(plan: Plan): Periode | undefined {
  for (const p of plan.periode) if (p.value) return p.value;
  return undefined;
}
