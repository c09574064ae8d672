// Renstra T-C.27 (Permendagri 86/2017): rencana program, kegiatan dan pendanaan of one OPD — each
// sasaran, program, kegiatan and sub kegiatan with its indicators, the kondisi awal, the target and
// Rp of every year of the period, the kondisi akhir, the unit penanggung jawab and the lokasi.
import { msg, type Msg } from '../../core/message.js';
import { amountOfNodes, budgetOf, type Amount } from '../../model/budget.js';
import { opdName, periodOf, type Level, type Plan, type PlanNode, type PlanOpd } from '../../model/plan.js';
import { nearestAbove } from '../../model/nearest.js';
import { valuesOf } from '../../model/targets.js';
import { formatTargetValue } from '../../values/index.js';
import type { Cell, Column, Table } from '../table.js';
import { rupiahCell, targetCell } from './cascade.js';
import { findOpd } from './find-opd.js';
import type { TableView } from './view.js';

const ROW_LEVELS: ReadonlySet<Level> = new Set(['sasaran_opd', 'program', 'kegiatan', 'sub_kegiatan']);
const PEMDA_GOALS: ReadonlySet<Level> = new Set(['tujuan', 'sasaran']);

export const renstraView: TableView = {
  name: 'renstra',
  description: msg(
    'Renstra T-C.27: programs, activities and funding of each OPD, target and Rp per year (Permendagri 86/2017).',
    'Renstra T-C.27: rencana program, kegiatan dan pendanaan setiap OPD, target dan Rp per tahun (Permendagri 86/2017).',
  ),
  build(plan, opts) {
    // A partner outside the Pemda (mitra) has no Renstra of its own: named with --opd it still gets its table.
    const opds = opts.opd === undefined ? plan.opds.filter((o) => !o.mitra) : [findOpd(plan, opts.opd)];
    // Each sasaran OPD's Pemda goal, for the whole plan in one walk (a walk up from each was quadratic in a long chain).
    const goals = nearestAbove(plan.nodes, (n) => PEMDA_GOALS.has(n.level));
    return opds.map((opd) => opdTable(plan, opd, goals));
  },
};

/**
 * Target and Rp of each year under the year merged above them, then the kondisi akhir's: the
 * columns the funding forms of Permendagri 86/2017 share (T-C.27, the RPJMD matrix).
 */
export function fundingColumns(plan: Plan, years: readonly number[]): Column[] {
  const p = periodOf(plan);
  const end = p ? String(p.selesai) : '';
  const akhir = msg(`End of period ${end}`.trim(), `Kondisi akhir ${end}`.trim());
  const pair = (key: string, title: Msg, label: string): Column[] => [
    {
      key: `target_${key}`,
      header: msg(`Target ${label}`, `Target ${label}`),
      align: 'right',
      numFmt: 'number',
      group: { title, header: msg('Target', 'Target') },
    },
    { key: `rp_${key}`, header: msg(`Rp ${label}`, `Rp ${label}`), align: 'right', numFmt: 'rupiah', group: { title, header: msg('Rp', 'Rp') } },
  ];
  return [
    ...years.flatMap((y) => pair(String(y), msg(String(y), String(y)), String(y))),
    // The flat headers keep their words: "Target at the end" / "Target akhir".
    ...pair('akhir', akhir, 'akhir').map((c, i) => ({
      ...c,
      header: i === 0 ? msg('Target at the end', 'Target akhir') : msg('Rp at the end', 'Rp akhir'),
    })),
  ];
}

/** The years of the period; without a periode, the years the targets and amounts are written for. */
export function yearsOf(plan: Plan, nodes: readonly PlanNode[]): number[] {
  const p = periodOf(plan);
  if (p) return Array.from({ length: p.selesai - p.mulai + 1 }, (_, i) => p.mulai + i);
  const ys = new Set<number>();
  const budget = budgetOf(plan);
  for (const n of nodes) {
    for (const y of budget.anggaran.get(n)?.amount?.years?.keys() ?? []) ys.add(y);
    for (const ind of n.indicators) for (const v of valuesOf(plan, ind).target?.years ?? []) if (v.year !== undefined) ys.add(v.year);
  }
  return [...ys].sort((a, b) => a - b);
}

/** A node's money: its own anggaran, else (program, kegiatan) the sum of what is written below it. */
export function moneyOf(plan: Plan, node: PlanNode): { amount?: Amount; rolled: boolean; unreadable: boolean } {
  const budget = budgetOf(plan);
  const own = budget.anggaran.get(node);
  if (own) return { amount: own.amount, rolled: false, unreadable: !own.amount };
  if (node.level !== 'program' && node.level !== 'kegiatan') return { rolled: false, unreadable: false };
  const items = budget.detailOf(node).items;
  if (!items.length) return { rolled: false, unreadable: false };
  const sum = amountOfNodes(budget, items);
  return sum?.ok ? { amount: sum.value, rolled: true, unreadable: false } : { rolled: true, unreadable: true };
}

/** The Pemda tujuan or sasaran a node serves: the nearest one up the tree (for one node; nearestAbove for all). */
export function pemdaGoal(node: PlanNode): PlanNode | undefined {
  const seen = new Set<PlanNode>();
  const queue = [...node.parents];
  while (queue.length) {
    const n = queue.shift()!;
    if (seen.has(n)) continue;
    seen.add(n);
    if (PEMDA_GOALS.has(n.level)) return n;
    queue.push(...n.parents);
  }
  return undefined;
}

export function baselineCell(plan: Plan, node: PlanNode, i: number): Cell {
  const v = valuesOf(plan, node.indicators[i]).baseline?.value;
  if (!v) return null;
  if (!v.reading.ok) return String(v.raw);
  const tv = v.reading.value;
  return { text: formatTargetValue(tv, { scaleWords: true }), value: tv.kind === 'number' ? tv.value : formatTargetValue(tv) };
}

/** A program, kegiatan or sub kegiatan without a kode names its level, so the one column reads (and imports) unambiguously. */
const LEVEL_WORD: Partial<Record<Level, string>> = { program: 'Program', kegiatan: 'Kegiatan', sub_kegiatan: 'Sub kegiatan' };

/**
 * The OPD's rows in the order of its tree, as a T-C.27 reads: each sasaran OPD, then its programs,
 * each followed by its kegiatan and their sub kegiatan. A node is listed once, under the parent it
 * is written under (its first); what has no parent in the OPD starts a branch of its own.
 */
function treeOrder(plan: Plan, opd: PlanOpd): PlanNode[] {
  const mine = plan.nodes.filter((n) => ROW_LEVELS.has(n.level) && n.opd === opd);
  const set = new Set(mine);
  // The row above a node: its first parent, through levels the form has no rows for (sasaran program …).
  const above = (n: PlanNode): PlanNode | undefined => {
    const seen = new Set<PlanNode>();
    for (let p = n.parents[0]; p && !seen.has(p); p = p.parents[0]) {
      if (set.has(p)) return p;
      seen.add(p);
    }
    return undefined;
  };
  const kids = new Map<PlanNode | undefined, PlanNode[]>();
  for (const n of mine) {
    const p = above(n);
    const list = kids.get(p);
    if (list) list.push(n);
    else kids.set(p, [n]);
  }
  const out: PlanNode[] = [];
  const seen = new Set<PlanNode>();
  const stack = [...(kids.get(undefined) ?? [])].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    out.push(n);
    const below = kids.get(n) ?? [];
    for (let i = below.length - 1; i >= 0; i--) stack.push(below[i]);
  }
  // A cycle leaves nodes unreached from any root: they follow in the plan's order.
  for (const n of mine) if (!seen.has(n)) out.push(n);
  return out;
}

/** One OPD's table; `goals` gives each sasaran OPD the Pemda tujuan or sasaran it serves, the nearest up the tree. */
function opdTable(plan: Plan, opd: PlanOpd, goals: ReadonlyMap<PlanNode, PlanNode>): Table {
  const nodes = treeOrder(plan, opd);
  const years = yearsOf(plan, nodes);
  const lokasiOf = (n: PlanNode) => (typeof n.data.lokasi === 'string' ? n.data.lokasi : null);
  const unit = opdName(opd);
  let wholeOnly = 0;
  let ownGoals = 0;
  let unreadable = 0;
  const rows: Cell[][] = [];
  for (const node of nodes) {
    const money = moneyOf(plan, node);

    if (money.amount && !money.amount.years) wholeOnly++;
    if (money.unreadable) unreadable++;
    // The OPD's own tujuan where the plan writes one (Permendagri 86/2017's column), else the Pemda's it serves.
    const own = node.level === 'sasaran_opd' ? node.parents.find((p) => p.level === 'tujuan_opd') : undefined;
    if (own) ownGoals++;
    const goal = node.level === 'sasaran_opd' ? (own ?? goals.get(node)) : undefined;
    const kode = typeof node.data.kode === 'string' ? node.data.kode : null;
    const head: Cell[] = [
      goal?.nama ?? null,
      node.level === 'sasaran_opd' ? node.nama : null,
      kode,
      node.level === 'sasaran_opd' ? null : kode || !LEVEL_WORD[node.level] ? node.nama : `${LEVEL_WORD[node.level]}: ${node.nama}`,
    ];
    const inds = node.indicators.length ? node.indicators.map((_, i) => i) : [-1];
    for (const i of inds) {
      const first = i <= 0;
      const perYear = years.flatMap((y) => [
        i < 0 ? null : targetCell(plan, node, i, y),
        first && money.amount?.years ? rupiahCell(money.amount.years.get(y) ?? 0) : null,
      ]);
      rows.push([
        ...head,
        i < 0 ? null : (node.indicators[i].data.nama ?? node.indicators[i].label),
        i < 0 ? null : (valuesOf(plan, node.indicators[i]).satuan ?? null),
        i < 0 ? null : baselineCell(plan, node, i),
        ...perYear,
        i < 0 ? null : targetCell(plan, node, i, undefined),
        first && money.amount ? rupiahCell(money.amount.total) : null,
        unit,
        lokasiOf(node),
      ]);
    }
  }
  const notes: Msg[] = [
    msg(
      'Rp of a program or kegiatan with no anggaran of its own is the sum of what is written below it; each amount is shown once, on the first indicator row.',
      'Rp program atau kegiatan tanpa anggaran sendiri adalah jumlah yang ditulis di bawahnya; setiap jumlah ditampilkan sekali, pada baris indikator pertama.',
    ),
    ownGoals
      ? msg(
          "Tujuan: the OPD's tujuan above the sasaran OPD, else the Pemda tujuan or sasaran it serves.",
          'Tujuan: tujuan OPD di atas sasaran OPD, atau tujuan atau sasaran Pemda yang didukungnya.',
        )
      : msg('Tujuan: the Pemda tujuan or sasaran the sasaran OPD serves.', 'Tujuan: tujuan atau sasaran Pemda yang didukung sasaran OPD.'),
  ];
  if (wholeOnly)
    notes.push(
      msg(
        `${wholeOnly} amount(s) are written for the whole period only: Rp per year is empty, the end-of-period Rp is the total.`,
        `${wholeOnly} anggaran ditulis untuk seluruh periode saja: Rp per tahun kosong, Rp kondisi akhir adalah totalnya.`,
      ),
    );
  if (unreadable)
    notes.push(
      msg(
        `${unreadable} anggaran could not be read and are left empty; run cascade validate.`,
        `${unreadable} anggaran tidak dapat dibaca dan dikosongkan; jalankan cascade validate.`,
      ),
    );
  const p = periodOf(plan);
  const period = p ? ` ${p.mulai}–${p.selesai}` : '';
  return {
    title: msg(
      `Renstra T-C.27 — programs, activities and funding — ${unit}${period}`,
      `Renstra T-C.27 — rencana program, kegiatan dan pendanaan — ${unit}${period}`,
    ),
    columns: [
      { key: 'tujuan', header: msg('Goal', 'Tujuan'), weight: 3 },
      { key: 'sasaran', header: msg('Objective', 'Sasaran'), weight: 3 },
      { key: 'kode', header: msg('Code', 'Kode'), weight: 2 },
      { key: 'program_kegiatan', header: msg('Program / activity / sub-activity', 'Program / kegiatan / sub kegiatan'), weight: 4 },
      { key: 'indikator', header: msg('Indicator', 'Indikator'), weight: 4 },
      { key: 'satuan', header: msg('Unit', 'Satuan') },
      { key: 'kondisi_awal', header: msg('Baseline', 'Kondisi awal'), align: 'right', numFmt: 'number' },
      ...fundingColumns(plan, years),
      { key: 'unit', header: msg('Responsible unit', 'Unit kerja penanggung jawab'), weight: 2 },
      { key: 'lokasi', header: msg('Location', 'Lokasi'), weight: 2 },
    ],
    rows,
    notes,
    numbered: true,
  };
}
