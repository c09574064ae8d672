import { type Level, LEVELS, type PlanNode } from './plan.js';

/** Levels that may stand without a parent (roots of the tree). */
export const ROOT_LEVELS: ReadonlySet<Level> = new Set(['tujuan', 'sasaran']);

/** Levels whose targets need indicators (everything but the key success factors). */
export const INDICATOR_LEVELS: ReadonlySet<Level> = new Set(LEVELS.filter((l) => l !== 'ksf'));

/** The outcome statements of PermenPANRB 89/2021 an OPD may write between its levels; all optional. */
export const OUTCOME_STATEMENTS: ReadonlySet<Level> = new Set(['tujuan_opd', 'outcome_antara', 'sasaran_program', 'sasaran_kegiatan']);

const isPemdaKsf = (p: PlanNode) => p.level === 'ksf' && p.tier === 'pemda';
const isOpdKsf = (p: PlanNode) => p.level === 'ksf' && p.tier === 'opd';
/** What an OPD's outcomes below its sasaran strategis stand under: the target, its factor, or an intermediate outcome. */
const underSasaranOpd = (p: PlanNode) => p.level === 'sasaran_opd' || isOpdKsf(p) || p.level === 'outcome_antara';

/** Whether `parent` may be a parent of `child`, as docs/format.md allows. */
export function isAllowedParent(child: PlanNode, parent: PlanNode): boolean {
  switch (child.level) {
    case 'tujuan':
      return false;
    case 'sasaran':
      return parent.level === 'tujuan';
    case 'ksf':
      // A factor is either a Pemda one (under a sasaran) or an OPD one (under a sasaran_opd), not both.
      return child.tier === 'opd' ? parent.level === 'sasaran_opd' : parent.level === 'sasaran';
    case 'tujuan_opd':
      return isPemdaKsf(parent);
    case 'sasaran_opd':
      return isPemdaKsf(parent) || parent.level === 'tujuan_opd';
    case 'outcome_antara':
    case 'sasaran_program':
      return underSasaranOpd(parent);
    case 'program':
      return underSasaranOpd(parent) || parent.level === 'sasaran_program';
    case 'sasaran_kegiatan':
      return parent.level === 'program';
    case 'kegiatan':
      return parent.level === 'program' || parent.level === 'sasaran_kegiatan';
    case 'sub_kegiatan':
      return parent.level === 'kegiatan';
  }
}

/** What may be a parent of a level, for messages. */
export const ALLOWED_PARENTS: Record<Level, { en: string; id: string }> = {
  tujuan: { en: 'nothing (a tujuan is a root)', id: 'tidak ada (tujuan adalah akar)' },
  sasaran: { en: 'a tujuan', id: 'tujuan' },
  ksf: { en: 'a sasaran Pemda, or a sasaran strategis OPD', id: 'sasaran Pemda, atau sasaran strategis OPD' },
  tujuan_opd: { en: 'a key success factor of a sasaran Pemda', id: 'key success factor dari sasaran Pemda' },
  sasaran_opd: { en: 'a key success factor of a sasaran Pemda, or a tujuan OPD', id: 'key success factor dari sasaran Pemda, atau tujuan OPD' },
  outcome_antara: {
    en: 'a sasaran strategis OPD, a key success factor of one, or an intermediate outcome',
    id: 'sasaran strategis OPD, key success factor-nya, atau outcome antara',
  },
  sasaran_program: {
    en: 'a sasaran strategis OPD, a key success factor of one, or an intermediate outcome',
    id: 'sasaran strategis OPD, key success factor-nya, atau outcome antara',
  },
  program: {
    en: 'a sasaran strategis OPD, a key success factor of one, an intermediate outcome, or a sasaran program',
    id: 'sasaran strategis OPD, key success factor-nya, outcome antara, atau sasaran program',
  },
  sasaran_kegiatan: { en: 'a program', id: 'program' },
  kegiatan: { en: 'a program, or a sasaran kegiatan of one', id: 'program, atau sasaran kegiatan dari program' },
  sub_kegiatan: { en: 'a kegiatan', id: 'kegiatan' },
};

/**
 * The program a kegiatan is written under, or the kegiatan of a sub kegiatan: its first parent,
 * looking through a sasaran kegiatan (the outcome statement between a program and its kegiatan).
 */
export function itemParent(node: PlanNode): PlanNode | undefined {
  const p = node.parents[0];
  return node.level === 'kegiatan' && p?.level === 'sasaran_kegiatan' ? p.parents[0] : p;
}

/** The kegiatan of a program, also those written under its sasaran kegiatan. */
export function kegiatanOf(program: PlanNode): PlanNode[] {
  return program.children.flatMap((c) =>
    c.level === 'sasaran_kegiatan' ? c.children.filter((k) => k.level === 'kegiatan') : c.level === 'kegiatan' ? [c] : [],
  );
}

/** Every node at or below `node` in the cascade (itself included). */
export function descendants(node: PlanNode): Set<PlanNode> {
  const seen = new Set<PlanNode>();
  const stack = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    for (const c of n.children) stack.push(c);
  }
  return seen;
}

/** Every node at or above the given ones in the cascade (themselves included), in one walk. */
export function ancestors(nodes: Iterable<PlanNode>): Set<PlanNode> {
  const seen = new Set<PlanNode>();
  const stack = [...nodes];
  while (stack.length) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    for (const p of n.parents) stack.push(p);
  }
  return seen;
}

/** The node's `id` value: where findings about a whole node point. */
export function idPath(node: PlanNode): ReadonlyArray<string | number> {
  return [...node.loc.path, 'id'];
}
