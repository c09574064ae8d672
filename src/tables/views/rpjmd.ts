// The RPJMD matrix (Permendagri 86/2017): indikasi rencana program prioritas yang disertai
// kebutuhan pendanaan — each Sasaran Pemda with its indicators, baseline, target and Rp per year,
// then the programs that serve it, each with the OPDs that carry it.
import { msg, type Msg } from '../../core/message.js';
import { addAmounts, budgetOf, type Amount } from '../../model/budget.js';
import { descendants } from '../../model/levels.js';
import { periodOf, type Plan, type PlanNode, type PlanOpd } from '../../model/plan.js';
import { moneyToTargets } from '../../model/target-money.js';
import { measure, tally } from '../budget/measure.js';
import type { Cell, Table } from '../table.js';
import { opdCell, rupiahCell, targetCell } from './cascade.js';
import { findOpd } from './find-opd.js';
import { baselineCell, fundingColumns, moneyOf, pemdaGoal, yearsOf } from './renstra.js';
import type { TableView } from './view.js';

export const rpjmdView: TableView = {
  name: 'rpjmd',
  description: msg(
    'RPJMD matrix: priority programs with their funding needs per Pemda target — indicators, baseline, target and Rp per year, the OPDs carrying each program.',
    'Matriks RPJMD: indikasi rencana program prioritas yang disertai kebutuhan pendanaan per sasaran Pemda — indikator, baseline, target dan Rp per tahun, OPD pengampu program.',
  ),
  build(plan, opts) {
    const opd = opts.opd === undefined ? undefined : findOpd(plan, opts.opd);
    return [matrix(plan, opd)];
  },
};

/** Programs that carry one Pemda program: the same kode (else the same name) under one sasaran. */
interface ProgramGroup {
  nodes: PlanNode[];
}

function groupPrograms(programs: readonly PlanNode[]): ProgramGroup[] {
  const groups = new Map<string, ProgramGroup>();
  for (const p of programs) {
    const key = typeof p.data.kode === 'string' && p.data.kode.trim() ? `kode:${p.data.kode.trim()}` : `nama:${p.nama.trim().toLowerCase()}`;
    const g = groups.get(key);
    if (g) g.nodes.push(p);
    else groups.set(key, { nodes: [p] });
  }
  return [...groups.values()];
}

/** Rp of each year and of the period, one cell each, from a reading of money (or none). */
function moneyCells(a: Amount | undefined, years: readonly number[]): { years: Cell[]; total: Cell } {
  return { years: years.map((y) => (a?.years ? rupiahCell(a.years.get(y) ?? 0) : null)), total: a ? rupiahCell(a.total) : null };
}

function matrix(plan: Plan, only: PlanOpd | undefined): Table {
  const budget = budgetOf(plan);
  const ofOpd = (n: PlanNode) => only === undefined || n.opd === only;
  const programs = plan.nodes.filter((n) => n.level === 'program' && ofOpd(n));
  const years = yearsOf(plan, plan.nodes);
  const sasaranList = plan.nodes.filter((n) => n.level === 'sasaran');

  // A sasaran's money is what flows to it down the cascade, as `budget-summary --by sasaran` counts it.
  const measures = [undefined, ...years].map((y) => measure(plan, y));
  const values = (m: (typeof measures)[number]) => new Map([...m.value].filter(([n]) => ofOpd(n)));
  const flows = measures.map((m) => moneyToTargets(values(m)));
  const sasaranMoney = (s: PlanNode): { years: Cell[]; total: Cell } => ({
    years: years.map((_, i) => rupiahCell(flows[i + 1].sasaran.get(s)?.amount)),
    total: rupiahCell(flows[0].sasaran.get(s)?.amount),
  });

  const rows: Cell[][] = [];
  let partners = 0;
  let unreadable = 0;
  let wholeOnly = 0;
  const placed = new Map<PlanNode, number>();
  const programRows = (group: ProgramGroup) => {
    const amounts: Amount[] = [];
    let known = true;
    for (const n of group.nodes) {
      placed.set(n, (placed.get(n) ?? 0) + 1);
      if (n.opd?.mitra) continue; // a partner's money is outside the Pemda budget
      const m = moneyOf(plan, n);
      if (m.unreadable) known = false;
      else if (m.amount) amounts.push(m.amount);
    }
    const partnersOnly = group.nodes.every((n) => n.opd?.mitra);
    if (!known) unreadable++;
    const sum = known && amounts.length ? addAmounts(amounts) : undefined;
    const amount = sum?.ok ? sum.value : undefined;
    if (amount && !amount.years) wholeOnly++;
    if (group.nodes.some((n) => n.opd?.mitra)) partners++;
    const money = partnersOnly ? moneyCells(undefined, years) : moneyCells(amount, years);
    const first = group.nodes[0];
    const kode = typeof first.data.kode === 'string' ? first.data.kode : null;
    const carriers = [...new Set(group.nodes.map(opdCell).filter((o): o is string => !!o))].join(', ');
    const lines = group.nodes.flatMap((n) => (n.indicators.length ? n.indicators.map((_, i) => ({ n, i })) : [{ n, i: -1 }]));
    lines.forEach(({ n, i }, k) => {
      const top = k === 0;
      rows.push([
        null,
        null,
        top ? kode : null,
        top ? first.nama : null,
        i < 0 ? null : (n.indicators[i].data.nama ?? n.indicators[i].label),
        i < 0 ? null : baselineCell(plan, n, i),
        ...years.flatMap((y, yi) => [i < 0 ? null : targetCell(plan, n, i, y), top ? money.years[yi] : null]),
        i < 0 ? null : targetCell(plan, n, i, undefined),
        top ? money.total : null,
        top ? carriers : null,
      ]);
    });
  };

  for (const s of sasaranList) {
    const under = programs.filter((p) => descendants(s).has(p));
    if (only && !under.length) continue;
    const money = sasaranMoney(s);
    const tujuan = pemdaGoal(s);
    const inds = s.indicators.length ? s.indicators.map((_, i) => i) : [-1];
    inds.forEach((i, k) => {
      const top = k === 0;
      rows.push([
        top ? (tujuan?.level === 'tujuan' ? tujuan.nama : null) : null,
        top ? s.nama : null,
        null,
        null,
        i < 0 ? null : (s.indicators[i].data.nama ?? s.indicators[i].label),
        i < 0 ? null : baselineCell(plan, s, i),
        ...years.flatMap((y, yi) => [i < 0 ? null : targetCell(plan, s, i, y), top ? money.years[yi] : null]),
        i < 0 ? null : targetCell(plan, s, i, undefined),
        top ? money.total : null,
        null,
      ]);
    });
    for (const g of groupPrograms(under)) programRows(g);
  }
  const untraced = programs.filter((p) => !placed.has(p));
  if (untraced.length) {
    rows.push([null, '(tanpa sasaran Pemda)', ...Array(6 + 2 * years.length).fill(null)]);
    for (const g of groupPrograms(untraced)) programRows(g);
  }

  // The total is the Pemda's money as budget-summary counts it: every amount once, partners' left out.
  const items = only ? budget.countedFor(only) : budget.counted.filter((n) => !n.opd?.mitra);
  const total = measures.map((m) => tally(m, items).amount);
  const footer: Cell[][] = [
    [null, 'Jumlah', null, null, null, null, ...years.flatMap((_, i) => [null, rupiahCell(total[i + 1])]), null, rupiahCell(total[0]), null],
  ];
  const notes: Msg[] = [
    msg(
      "A Pemda target's Rp is the money of the programs below it, as budget-summary --by sasaran counts it (money serving several targets counts whole under each, once in the total); a program's Rp is its own anggaran, else the sum of what is written below it.",
      'Rp sasaran Pemda adalah anggaran program di bawahnya, sebagaimana dihitung budget-summary --by sasaran (anggaran yang mendukung beberapa sasaran dihitung utuh pada masing-masing, sekali dalam jumlah); Rp program adalah anggarannya sendiri, atau jumlah yang ditulis di bawahnya.',
    ),
    msg(
      'Programs with the same kode (else the same name) under one target are one row: Perangkat Daerah lists the OPDs carrying it.',
      'Program dengan kode yang sama (atau nama yang sama) di bawah satu sasaran menjadi satu baris: kolom Perangkat Daerah memuat OPD pengampunya.',
    ),
  ];
  const shared = [...placed.values()].filter((c) => c > 1).length;
  if (shared)
    notes.push(
      msg(
        `${shared} program(s) serve more than one Pemda target and are listed under each, with their whole Rp; the total counts them once.`,
        `${shared} program mendukung lebih dari satu sasaran Pemda dan dicantumkan di bawah masing-masing dengan Rp penuh; jumlah menghitungnya sekali.`,
      ),
    );
  if (partners)
    notes.push(
      msg(
        `${partners} program(s) are carried by partners (mitra), outside the Pemda budget: their money is in no Rp here.`,
        `${partners} program diampu mitra, di luar anggaran Pemda: anggarannya tidak dihitung di sini.`,
      ),
    );
  if (wholeOnly)
    notes.push(
      msg(
        `${wholeOnly} program(s) have money for the whole period only: Rp per year is empty.`,
        `${wholeOnly} program hanya memiliki anggaran untuk seluruh periode: Rp per tahun kosong.`,
      ),
    );
  if (unreadable)
    notes.push(
      msg(
        `${unreadable} program(s) have an anggaran that could not be read and are left empty; run cascade validate.`,
        `${unreadable} program memiliki anggaran yang tidak dapat dibaca dan dikosongkan; jalankan cascade validate.`,
      ),
    );
  const p = periodOf(plan);
  const who = [plan.pemda[0]?.value, only?.nama, p ? `${p.mulai}–${p.selesai}` : undefined].filter(Boolean).join(', ');
  return {
    title: msg(
      `RPJMD — priority programs and funding needs${who ? ` — ${who}` : ''}`,
      `RPJMD — indikasi rencana program prioritas dan kebutuhan pendanaan${who ? ` — ${who}` : ''}`,
    ),
    columns: [
      { key: 'tujuan', header: msg('Goal', 'Tujuan'), weight: 3 },
      { key: 'sasaran', header: msg('Pemda target', 'Sasaran'), weight: 3 },
      { key: 'kode', header: msg('Code', 'Kode'), weight: 2 },
      { key: 'program', header: msg('Program', 'Program pembangunan daerah'), weight: 4 },
      { key: 'indikator', header: msg('Indicator', 'Indikator kinerja'), weight: 4 },
      { key: 'kondisi_awal', header: msg('Baseline', 'Kondisi awal'), align: 'right', numFmt: 'number' },
      ...fundingColumns(plan, years),
      { key: 'perangkat_daerah', header: msg('Responsible OPD', 'Perangkat Daerah penanggung jawab'), weight: 3 },
    ],
    rows,
    footer,
    notes,
    numbered: true,
  };
}
