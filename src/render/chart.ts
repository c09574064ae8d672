// The chart as planners draw it, before any output format: boxes with their text, and links.
import { UsageError } from '../core/errors.js';
import { msg, say, type Lang } from '../core/message.js';
import { anggaranOf } from '../model/budget.js';
import { isShared } from '../model/target-money.js';
import { opdName, periodOf, type Level, type Plan, type PlanNode } from '../model/plan.js';
import { targetShown } from '../model/target-text.js';
import { formatRupiah } from '../values/index.js';
import { selectTree, type ChartFilter } from '../model/select.js';
import { cleanText } from '../text/wrap.js';
import { LEVEL_HEADINGS, MITRA_HEADINGS, TIER_OF, type Tier } from './style.js';

/** Boxes show at most this many indicators; the rest are counted, so a box stays readable. */
export const MAX_INDICATORS = 4;

export interface BoxIndicator {
  nama: string;
  /** "70%", "6 juta kunjungan"; undefined when no target is written. */
  target?: string;
}

export interface Box {
  /** Id in the DOT graph: the plan id when it is a clean, unique id; else a made-up one. */
  key: string;
  node: PlanNode;
  level: Level;
  tier: Tier;
  mitra: boolean;
  /** "SASARAN PEMDA · S1", "PROGRAM · 2.17.07". */
  heading: string;
  nama: string;
  indicators: BoxIndicator[];
  /** Indicators left out of the box. */
  more: number;
  opd?: string;
  /** "Rp2,0 M". */
  anggaran?: string;
}

export interface Link {
  from: Box;
  to: Box;
  crosscutting: boolean;
}

export type Direction = 'TB' | 'LR';

export interface Chart {
  title: string;
  /** The filters used, so a partial chart says it is partial. */
  subtitle?: string;
  boxes: Box[];
  links: Link[];
  direction: Direction;
  lang: Lang;
}

export interface ChartOptions extends ChartFilter {
  direction?: Direction;
  lang: Lang;
}

const CLEAN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function buildChart(plan: Plan, opts: ChartOptions): Chart {
  const { nodes, links } = selectTree(plan, opts);
  if (nodes.length === 0) {
    throw new UsageError(
      msg(
        'Nothing to draw: the plan has no boxes, or the filters left none.',
        'Tidak ada yang digambar: rencana tidak memuat kotak, atau filter tidak menyisakan satu pun.',
      ),
    );
  }
  const used = new Set<string>();
  const boxes = new Map<PlanNode, Box>();
  nodes.forEach((node, i) => {
    // An id the schema rejects, or one defined twice, must not merge boxes or reach DOT as markup.
    const key = CLEAN_ID.test(node.id) && !used.has(node.id) ? node.id : `#${i + 1}`;
    used.add(key);
    boxes.set(node, boxOf(plan, node, key, opts.lang));
  });
  return {
    title: titleOf(plan, opts.lang),
    subtitle: subtitleOf(opts),
    boxes: [...boxes.values()],
    links: links.map((l) => ({ from: boxes.get(l.parent)!, to: boxes.get(l.child)!, crosscutting: l.crosscutting })),
    direction: opts.direction ?? 'TB',
    lang: opts.lang,
  };
}

function boxOf(plan: Plan, node: PlanNode, key: string, lang: Lang): Box {
  const kode = typeof node.data.kode === 'string' ? cleanText(node.data.kode) : '';
  const indicators = node.indicators.map((ind) => ({ nama: cleanText(ind.data.nama ?? ind.label), target: targetShown(plan, ind).withSatuan || undefined }));
  const anggaran = anggaranOf(plan, node);
  return {
    key,
    node,
    level: node.level,
    tier: TIER_OF[node.level],
    mitra: node.opd?.mitra === true,
    heading: `${say(node.opd?.mitra ? (MITRA_HEADINGS[node.level] ?? LEVEL_HEADINGS[node.level]) : LEVEL_HEADINGS[node.level], lang)} · ${kode || cleanText(node.id)}`,
    nama: cleanText(node.nama),
    indicators: indicators.slice(0, MAX_INDICATORS),
    more: Math.max(0, indicators.length - MAX_INDICATORS),
    opd: node.opd ? cleanText(opdName(node.opd)) + (node.opd.mitra ? ` (${say(msg('partner', 'mitra'), lang)})` : '') : undefined,
    // Money serving several Pemda targets is one amount, drawn once and said to be shared.
    anggaran:
      anggaran === undefined
        ? undefined
        : formatRupiah(anggaran, { compact: true }) + (isShared(node) ? ` (${say(msg('shared by several targets', 'bersama beberapa sasaran'), lang)})` : ''),
  };
}

function titleOf(plan: Plan, lang: Lang): string {
  const pemda = plan.pemda[0]?.value;
  const p = periodOf(plan);
  const parts = [say(msg('Performance tree (pohon kinerja)', 'Pohon kinerja'), lang)];
  if (pemda) parts.push(cleanText(pemda));
  if (p) parts.push(`${p.mulai}–${p.selesai}`);
  return parts.join(' · ');
}

function subtitleOf(opts: ChartOptions): string | undefined {
  const parts: string[] = [];
  const t = (en: string, id: string) => say(msg(en, id), opts.lang);
  if (opts.root !== undefined) parts.push(`${t('under', 'di bawah')} ${opts.root}`);
  if (opts.depth !== undefined) parts.push(`${t('depth', 'kedalaman')} ${opts.depth}`);
  if (opts.opd !== undefined) parts.push(`OPD ${opts.opd}`);
  if (opts.levels) parts.push(`${t('levels', 'tingkat')}: ${opts.levels.join(', ')}`);
  return parts.length ? cleanText(parts.join(' · ')) : undefined;
}

/** "+2 more indicators" under the last indicator shown. */
export function moreText(n: number, lang: Lang): string {
  return say(msg(`+${n} more indicator${n === 1 ? '' : 's'}`, `+${n} indikator lainnya`), lang);
}
