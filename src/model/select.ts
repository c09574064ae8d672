// Which nodes and links a chart draws and a cascade table lists: the whole tree, or the part a
// planner asked for (--root, --depth, --opd, --levels).
import { msg } from '../core/message.js';
import { descendants } from './levels.js';
import { LEVELS, nodeById, type Level, type Plan, type PlanNode } from './plan.js';
import { closest } from '../core/suggest.js';
import { UsageError } from '../core/errors.js';

export interface ChartFilter {
  /** Only this node and what is under it. */
  root?: string;
  /** Only this many links below the top boxes (0: the top boxes alone). */
  depth?: number;
  /** Only this OPD's boxes, with the Pemda targets above them. */
  opd?: string;
  /** Only boxes of these levels; links then skip the levels left out. */
  levels?: readonly Level[];
}

/** A link drawn from a parent box down to a child box. */
export interface ChartLink {
  parent: PlanNode;
  child: PlanNode;
  /** Not the parent the child is written under (or first supports): a `mendukung` across the tree. */
  crosscutting: boolean;
}

export interface Selection {
  /** In drawing order: depth first from the roots, as the tree reads left to right. */
  nodes: PlanNode[];
  links: ChartLink[];
}

/** The boxes and links to draw; a filter naming nothing in the plan is the user's mistake. */
export function selectTree(plan: Plan, filter: ChartFilter = {}): Selection {
  let keep: Set<PlanNode>;
  let tops: PlanNode[];
  if (filter.root !== undefined) {
    const root = nodeById(plan, filter.root);
    if (!root)
      throw unknown(
        '--root',
        filter.root,
        plan.nodes.map((n) => n.id),
      );
    keep = descendants(root);
    tops = [root];
  } else {
    keep = new Set(plan.nodes);
    tops = plan.nodes.filter((n) => n.parents.length === 0);
  }
  if (filter.depth !== undefined) keep = withinDepth(tops, keep, filter.depth);
  if (filter.opd !== undefined) {
    const opd = filter.opd;
    if (!plan.opds.some((o) => o.id === opd))
      throw unknown(
        '--opd',
        opd,
        plan.opds.map((o) => o.id),
      );
    keep = ofOpd(keep, opd);
  }
  if (filter.levels) {
    const levels = new Set(filter.levels);
    keep = new Set([...keep].filter((n) => levels.has(n.level)));
  }
  const nodes = drawingOrder(plan, tops, keep);
  const links = nodes.flatMap((child) => keptParents(child, keep).map((p) => ({ parent: p.node, child, crosscutting: !p.tree })));
  return { nodes, links };
}

/** Reads `--levels sasaran,sasaran_opd`: every name must be a level of the format. */
export function parseLevels(text: string): Level[] {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0) throw new UsageError(msg('--levels needs at least one level.', '--levels memerlukan paling sedikit satu tingkat.'));
  for (const n of names) {
    if (!(LEVELS as readonly string[]).includes(n)) throw unknown('--levels', n, LEVELS);
  }
  return names as Level[];
}

function unknown(option: string, value: string, candidates: Iterable<string>): UsageError {
  const list = [...candidates];
  const near = closest(value, list);
  if (option === '--levels') {
    return new UsageError(
      msg(
        `--levels: "${value}" is not a level.${near ? ` Did you mean ${near}?` : ''} Levels: ${list.join(', ')}.`,
        `--levels: "${value}" bukan tingkat.${near ? ` Maksud Anda ${near}?` : ''} Tingkat: ${list.join(', ')}.`,
      ),
    );
  }
  return new UsageError(
    msg(
      `${option}: "${value}" is not in the plan.${near ? ` Did you mean ${near}?` : ''}`,
      `${option}: "${value}" tidak ada dalam rencana.${near ? ` Maksud Anda ${near}?` : ''}`,
    ),
  );
}

/** Breadth first from the top boxes: the fewest links down to each box. */
function withinDepth(tops: PlanNode[], keep: Set<PlanNode>, depth: number): Set<PlanNode> {
  const out = new Set<PlanNode>();
  let level = tops.filter((n) => keep.has(n));
  for (let d = 0; d <= depth && level.length; d++) {
    const next: PlanNode[] = [];
    for (const n of level) {
      if (out.has(n)) continue;
      out.add(n);
      for (const c of n.children) if (keep.has(c) && !out.has(c)) next.push(c);
    }
    level = next;
  }
  return out;
}

/** The OPD's boxes, and above them the Pemda boxes (no OPD) they serve; other OPDs are left out. */
function ofOpd(keep: Set<PlanNode>, opd: string): Set<PlanNode> {
  const out = new Set<PlanNode>();
  const stack = [...keep].filter((n) => n.opd?.id === opd);
  while (stack.length) {
    const n = stack.pop()!;
    if (out.has(n)) continue;
    out.add(n);
    for (const p of n.parents) if (keep.has(p) && !p.opd) stack.push(p);
  }
  return out;
}

/**
 * Depth first from the top boxes in the order written, so siblings sit as the plan lists them.
 * A box sits under the parent it is written under (its first parent), never under one it also
 * supports; boxes whose first parent is left out follow in plan order.
 */
function drawingOrder(plan: Plan, tops: PlanNode[], keep: Set<PlanNode>): PlanNode[] {
  const seen = new Set<PlanNode>();
  const out: PlanNode[] = [];
  const visit = (start: PlanNode) => {
    const stack = [start];
    while (stack.length) {
      const n = stack.pop()!;
      if (seen.has(n)) continue;
      seen.add(n);
      if (keep.has(n)) out.push(n);
      for (let i = n.children.length - 1; i >= 0; i--) {
        const c = n.children[i];
        if (!seen.has(c) && c.parents[0] === n) stack.push(c);
      }
    }
  };
  for (const n of tops) visit(n);
  for (const n of plan.nodes) if (keep.has(n)) visit(n);
  return out;
}

/**
 * The nearest drawn boxes above a box, looking through boxes left out. A link is part of the
 * tree when it follows first parents only; any `mendukung` beyond that makes it crosscutting.
 */
function keptParents(node: PlanNode, keep: Set<PlanNode>): Array<{ node: PlanNode; tree: boolean }> {
  const found = new Map<PlanNode, boolean>();
  const seen = { tree: new Set<PlanNode>(), cross: new Set<PlanNode>() };
  const stack = node.parents.map((p, i) => ({ p, tree: i === 0 })).reverse();
  const order: PlanNode[] = [];
  while (stack.length) {
    const { p, tree } = stack.pop()!;
    const visited = tree ? seen.tree : seen.cross;
    if (visited.has(p) || p === node) continue;
    visited.add(p);
    if (keep.has(p)) {
      if (!found.has(p)) order.push(p);
      found.set(p, (found.get(p) ?? false) || tree);
      continue;
    }
    for (let i = p.parents.length - 1; i >= 0; i--) stack.push({ p: p.parents[i], tree: tree && i === 0 });
  }
  return order.map((n) => ({ node: n, tree: found.get(n)! }));
}
