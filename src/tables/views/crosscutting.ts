// Crosscutting: each Pemda target against the OPDs (and mitra outside the Pemda budget) that
// serve it, where each comes in, with its indicators, targets and money toward that target.
import { msg, type Msg } from '../../core/message.js';
import { anggaranOf, budgetOf } from '../../model/budget.js';
import { descendants } from '../../model/levels.js';
import { opdName, type Plan, type PlanNode, type PlanOpd } from '../../model/plan.js';
import { isShared } from '../../model/target-money.js';
import { valuesOf } from '../../model/targets.js';
import { selectTree } from '../../model/select.js';
import { sumRupiah } from '../../values/index.js';
import type { Cell, Table } from '../table.js';
import { LEVEL_TEXT, rupiahCell, targetCell } from './cascade.js';
import type { TableView, ViewOptions } from './view.js';

const named = (n: PlanNode) => `${n.id} — ${n.nama}`;

/** Where an OPD enters the cascade of a Pemda target: its node, and the nodes it supports there. */
interface Entry {
  opd: PlanOpd;
  node: PlanNode;
  via: PlanNode[];
}

/** The OPD's topmost nodes under the target: those with no parent of the same OPD under it. */
function entries(target: PlanNode): Entry[] {
  const under = descendants(target);
  const out: Entry[] = [];
  for (const node of under) {
    const opd = node.opd;
    if (!opd || node === target) continue;
    const inside = node.parents.filter((p) => under.has(p));
    if (inside.some((p) => p.opd === opd)) continue;
    out.push({ opd, node, via: inside });
  }
  return out;
}

export const crosscuttingView: TableView = {
  name: 'crosscutting',
  description: msg(
    'Pemda targets against the OPDs and mitra that serve each: where each comes in, its indicators, targets and budget.',
    'Sasaran Pemda terhadap OPD dan mitra yang mendukung masing-masing: titik masuknya, indikator, target, dan anggarannya.',
  ),
  build(plan: Plan, opts: ViewOptions): Table[] {
    const { nodes } = selectTree(plan, { opd: opts.opd }); // checks --opd, and gives the plan's order
    const order = new Map(nodes.map((n, i) => [n, i]));
    const opdOrder = new Map(plan.opds.map((o, i) => [o, i]));
    const budget = budgetOf(plan);
    const counted = new Set(budget.counted);
    let unreadable = 0;
    const targets = nodes.filter((n) => n.level === 'sasaran');
    const detail: Cell[][] = [];
    const summary: Cell[][] = [];
    let shared = 0;
    /** Every item listed, once, for the total: a shared item shows under each target it serves. */
    const listed = new Set<PlanNode>();
    let sharedShown = 0;
    for (const target of targets) {
      const all = entries(target);
      const list = all
        .filter((e) => opts.opd === undefined || e.opd.id === opts.opd)
        .sort((a, b) => (opdOrder.get(a.opd) ?? 0) - (opdOrder.get(b.opd) ?? 0) || (order.get(a.node) ?? 0) - (order.get(b.node) ?? 0));
      const serving = [...new Set(all.map((e) => e.opd))].sort((a, b) => (opdOrder.get(a) ?? 0) - (opdOrder.get(b) ?? 0));
      if (serving.length > 1) shared++;
      summary.push([
        named(target),
        serving
          .filter((o) => !o.mitra)
          .map(opdName)
          .join(', ') || null,
        serving
          .filter((o) => o.mitra)
          .map(opdName)
          .join(', ') || null,
        { text: String(serving.length), value: serving.length },
      ]);
      for (const e of list) {
        // Money toward this target: the OPD's own counted amounts under where it comes in; none
        // when one of them cannot be read (a partial sum would look like the whole).
        const own = [...descendants(e.node)].filter((n) => n.opd === e.opd && counted.has(n));
        const broken = own.some((n) => budget.anggaran.get(n) && !budget.anggaran.get(n)!.amount);
        if (broken) unreadable++;
        const known = own.map((n) => anggaranOf(plan, n, opts.tahun)).filter((a): a is number => a !== undefined);
        const sum = known.length && !broken ? sumRupiah(known) : undefined;
        for (const n of own) listed.add(n);
        const sharedKnown = own.filter(isShared).map((n) => anggaranOf(plan, n, opts.tahun) ?? 0);
        const sharedSum = sharedKnown.length && !broken ? sumRupiah(sharedKnown) : undefined;
        if (sharedKnown.length) sharedShown++;
        const head: Cell[] = [
          target.id,
          opdName(e.opd),
          e.opd.mitra ? 'mitra' : 'OPD',
          e.via.map((v) => (v.opd && v.opd !== e.opd ? `${v.id} (crosscutting)` : v.id)).join(', ') || null,
          { text: LEVEL_TEXT[e.node.level], value: e.node.level },
          named(e.node),
        ];
        const money = sum?.ok ? rupiahCell(sum.value) : null;
        const sharedMoney = sharedSum?.ok ? rupiahCell(sharedSum.value) : null;
        if (e.node.indicators.length === 0) detail.push([...head, null, null, null, money, sharedMoney]);
        e.node.indicators.forEach((ind, i) => {
          detail.push([
            ...head,
            ind.data.nama ?? ind.label,
            targetCell(plan, e.node, i, opts.tahun),
            valuesOf(plan, ind).satuan ?? null,
            i === 0 ? money : null,
            i === 0 ? sharedMoney : null,
          ]);
        });
      }
    }
    const notes: Msg[] = [
      msg(
        `${shared} of ${targets.length} Pemda target(s) are served by more than one OPD or mitra (crosscutting).`,
        `${shared} dari ${targets.length} sasaran Pemda didukung oleh lebih dari satu OPD atau mitra (crosscutting).`,
      ),
      msg(
        'A mitra is a partner outside the Pemda budget (e.g. the police): its targets are recorded, its money is not.',
        'Mitra adalah mitra di luar APBD Pemda (mis. kepolisian): sasarannya dicatat, anggarannya tidak.',
      ),
    ];
    const detailNotes: Msg[] = [
      ...(sharedShown
        ? [
            msg(
              'Shared: money of items that also serve another Pemda target (crosscutting). It shows whole under each target it serves, as budget tagging counts a whole sub kegiatan; the total counts it once.',
              'Bersama: anggaran item yang juga mendukung sasaran Pemda lain (lintas sektor). Ditampilkan utuh pada setiap sasaran yang didukungnya, seperti penandaan anggaran menghitung sub kegiatan secara utuh; jumlahnya menghitungnya sekali.',
            ),
          ]
        : []),
      ...(unreadable
        ? [
            msg(
              `${unreadable} contribution(s) have an anggaran that cannot be read: no budget shown for them; run cascade validate.`,
              `${unreadable} kontribusi memiliki anggaran yang tidak dapat dibaca: anggarannya tidak ditampilkan; jalankan cascade validate.`,
            ),
          ]
        : []),
      msg(
        'Comes in at: the OPD\'s topmost node under the target. Supports: the node(s) it supports there; "(crosscutting)" when they belong to another OPD.',
        'Masuk pada: simpul teratas OPD di bawah sasaran. Mendukung: simpul yang didukungnya di sana; "(crosscutting)" bila milik OPD lain.',
      ),
      opts.tahun === undefined
        ? msg(
            "Target: the end-of-period target. Anggaran: the OPD's amounts under that node for the whole period, each rupiah once.",
            'Target: target akhir periode. Anggaran: jumlah milik OPD di bawah simpul itu untuk seluruh periode, setiap rupiah sekali.',
          )
        : msg(`Target and anggaran for ${opts.tahun}.`, `Target dan anggaran tahun ${opts.tahun}.`),
    ];
    const tables: Table[] = [
      {
        title: msg('Crosscutting: Pemda targets and who serves them', 'Crosscutting: sasaran Pemda dan pendukungnya'),
        columns: [
          { key: 'sasaran', header: msg('Pemda target', 'Sasaran Pemda'), weight: 4 },
          { key: 'opd', header: msg('OPDs', 'OPD'), weight: 3 },
          { key: 'mitra', header: msg('Mitra', 'Mitra'), weight: 2 },
          { key: 'jumlah', header: msg('Count', 'Jumlah'), align: 'right', numFmt: 'number' },
        ],
        rows: summary,
        notes,
      },
      {
        title: msg('Crosscutting: what each OPD contributes', 'Crosscutting: kontribusi setiap OPD'),
        columns: [
          { key: 'sasaran', header: msg('Pemda target', 'Sasaran Pemda'), weight: 2 },
          { key: 'opd', header: msg('OPD', 'OPD'), weight: 2 },
          { key: 'peran', header: msg('Role', 'Peran') },
          { key: 'mendukung', header: msg('Supports', 'Mendukung'), weight: 2.5 },
          { key: 'tingkat', header: msg('Level', 'Tingkat'), weight: 2 },
          { key: 'masuk', header: msg('Comes in at', 'Masuk pada'), weight: 4 },
          { key: 'indikator', header: msg('Indicator', 'Indikator'), weight: 4 },
          {
            key: 'target',
            header: msg(opts.tahun === undefined ? 'Target' : `Target ${opts.tahun}`, opts.tahun === undefined ? 'Target' : `Target ${opts.tahun}`),
            align: 'right',
            numFmt: 'number',
          },
          { key: 'satuan', header: msg('Unit', 'Satuan') },
          { key: 'anggaran', header: msg('Budget', 'Anggaran'), align: 'right', numFmt: 'rupiah' },
          { key: 'bersama', header: msg('Shared', 'Bersama'), align: 'right', numFmt: 'rupiah' },
        ],
        rows: detail,
        footer: totalRow(plan, listed, opts.tahun),
        notes: detailNotes,
      },
    ];
    const links = linksTable(plan, opts);
    if (links) tables.push(links);
    return tables;
  },
};

/** The total of the money listed, each item once; none when an amount cannot be read. */
function totalRow(plan: Plan, items: ReadonlySet<PlanNode>, tahun: number | undefined): Cell[][] | undefined {
  if (!items.size) return undefined;
  const budget = budgetOf(plan);
  if ([...items].some((n) => budget.anggaran.get(n) && !budget.anggaran.get(n)!.amount)) return undefined;
  const sum = sumRupiah([...items].map((n) => anggaranOf(plan, n, tahun) ?? 0));
  if (!sum.ok) return undefined;
  return [['Jumlah', null, null, null, null, null, null, null, null, rupiahCell(sum.value), null]];
}

/** Nodes that support a parent beyond the one they are written under: crosscutting links themselves. */
function linksTable(plan: Plan, opts: ViewOptions): Table | undefined {
  const rows: Cell[][] = [];
  for (const node of plan.nodes) {
    for (const parent of node.parents.slice(1)) {
      if (opts.opd !== undefined && node.opd?.id !== opts.opd && parent.opd?.id !== opts.opd) continue;
      rows.push([named(node), node.opd ? opdName(node.opd) : null, named(parent), parent.opd ? opdName(parent.opd) : null]);
    }
  }
  if (!rows.length) return undefined;
  return {
    title: msg('Crosscutting links: nodes that also support another parent', 'Tautan crosscutting: simpul yang juga mendukung induk lain'),
    columns: [
      { key: 'simpul', header: msg('Node', 'Simpul'), weight: 3 },
      { key: 'opd', header: msg('Its OPD', 'OPD-nya'), weight: 2 },
      { key: 'juga_mendukung', header: msg('Also supports', 'Juga mendukung'), weight: 3 },
      { key: 'opd_induk', header: msg('OPD of that parent', 'OPD induk itu'), weight: 2 },
    ],
    rows,
    notes: [
      msg(
        'Written with `mendukung` beside the parent it is nested under (or its first `mendukung`).',
        'Ditulis dengan `mendukung` di samping induk tempat ia bersarang (atau `mendukung` pertamanya).',
      ),
    ],
  };
}
