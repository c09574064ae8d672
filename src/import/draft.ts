// The plan as read from the sheets, before it is written as YAML: every entry remembers the cells
// it came from, and every cell that could not be placed or read is a Problem at its place.
import type { Msg } from '../core/message.js';
import type { YamlScalar } from './cells.js';

/** A cell that could not be placed or read (counts: exit 1), or a remark on what was done (does not). */
export interface Problem {
  sheet: string;
  cell: string;
  value: string;
  why: Msg;
  /** True when something of the sheet is left out or was guessed: the import exits 1. */
  leftOut: boolean;
}

export interface DraftIndicator {
  nama: string;
  satuan?: string;
  baseline?: YamlScalar;
  /** Target per year, in the order of the years. */
  targets: Map<number, YamlScalar>;
  /** The kondisi akhir, when no year has a target: the target for the end of the period. */
  end?: YamlScalar;
  endCell?: { sheet: string; cell: string };
  predikat: boolean;
  units: Set<string>;
  notes: Problem[];
}

export type NodeLevel = 'sasaran_opd' | 'program' | 'kegiatan' | 'sub_kegiatan';

export interface DraftNode {
  level: NodeLevel;
  nama: string;
  kode?: string;
  id: string;
  opd: DraftOpd;
  parent?: DraftNode;
  children: DraftNode[];
  /** For a sasaran OPD: the Pemda target it serves (the Tujuan column of a T-C.27). */
  goal?: DraftGoal;
  indicators: DraftIndicator[];
  money: Map<number, number>;
  moneyEnd?: number;
  moneyEndCell?: { sheet: string; cell: string; value: string };
  /** An amount of this node could not be read: its sums are not checked against the rest. */
  moneyUnreadable?: boolean;
  keterangan: string[];
  notes: Problem[];
}

/** A Pemda target (sasaran), under an RPJMD tujuan when the sheet names one. */
export interface DraftGoal {
  id: string;
  nama: string;
  tujuan?: DraftTujuan;
  indicators: DraftIndicator[];
  keterangan: string[];
  notes: Problem[];
}

export interface DraftTujuan {
  id: string;
  nama: string;
  indicators: DraftIndicator[];
  notes: Problem[];
}

export interface DraftOpd {
  id: string;
  nama: string;
  roots: DraftNode[];
  notes: Problem[];
}

export interface Draft {
  pemda?: string;
  periode?: { mulai: number; selesai: number };
  tujuan: DraftTujuan[];
  goals: DraftGoal[];
  opds: DraftOpd[];
  /** Problems with no better place: at the top of rpjmd.yaml. */
  notes: Problem[];
  /** Programs named by an RPJMD matrix: each must be in a Renstra sheet of the same import. */
  rpjmdPrograms: { sheet: string; cell: string; value: string; nama: string; kode?: string }[];
  /** Every problem, in sheet order, for stderr. */
  problems: Problem[];
}

export function newIndicator(nama: string): DraftIndicator {
  return { nama, targets: new Map(), predikat: false, units: new Set(), notes: [] };
}
