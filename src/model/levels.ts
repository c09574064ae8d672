import type { Level, PlanNode } from './plan.js';

/** Levels that may stand without a parent (roots of the tree). */
export const ROOT_LEVELS: ReadonlySet<Level> = new Set(['tujuan', 'sasaran']);

/** Levels whose targets need indicators (everything but the key success factors). */
export const INDICATOR_LEVELS: ReadonlySet<Level> = new Set(['tujuan', 'sasaran', 'sasaran_opd', 'program', 'kegiatan', 'sub_kegiatan']);

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
    case 'sasaran_opd':
      return parent.level === 'ksf' && parent.tier === 'pemda';
    case 'program':
      return parent.level === 'sasaran_opd' || (parent.level === 'ksf' && parent.tier === 'opd');
    case 'kegiatan':
      return parent.level === 'program';
    case 'sub_kegiatan':
      return parent.level === 'kegiatan';
  }
}

/** What may be a parent of a level, for messages. */
export const ALLOWED_PARENTS: Record<Level, { en: string; id: string }> = {
  tujuan: { en: 'nothing (a tujuan is a root)', id: 'tidak ada (tujuan adalah akar)' },
  sasaran: { en: 'a tujuan', id: 'tujuan' },
  ksf: { en: 'a sasaran Pemda, or a sasaran strategis OPD', id: 'sasaran Pemda, atau sasaran strategis OPD' },
  sasaran_opd: { en: 'a key success factor of a sasaran Pemda', id: 'key success factor dari sasaran Pemda' },
  program: { en: 'a sasaran strategis OPD, or a key success factor of one', id: 'sasaran strategis OPD, atau key success factor-nya' },
  kegiatan: { en: 'a program', id: 'program' },
  sub_kegiatan: { en: 'a kegiatan', id: 'kegiatan' },
};

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
