// Budget per Pemda target: the money of the items serving each sasaran, a shared item whole
// against each target it serves and once in the total.
import { msg } from '../../core/message.js';
import type { Plan, PlanNode } from '../../model/plan.js';
import { moneyToTargets } from '../../model/target-money.js';
import type { Cell, Table } from '../table.js';
import { label, share, tallyCell, type CellStyle } from './cells.js';
import type { Measure, Tally } from './measure.js';

export function bySasaran(plan: Plan, m: Measure, style: CellStyle): Table {
  const flow = moneyToTargets(m.value);
  // Where the money that could not be read would have gone: those rows are unknown.
  const unread = moneyToTargets(new Map([...m.unreadable].map((n) => [n, 0])));
  const cell = (got: { amount: number; items: Set<PlanNode> } | undefined, lost: { items: Set<PlanNode> } | undefined): Tally => {
    const unknown = !!lost?.items.size;
    const count = (got?.items.size ?? 0) + (lost?.items.size ?? 0);
    if (unknown) return { unknown, count };
    // Nothing placeable at all (a year asked of whole-period amounts): absent, not Rp0.
    const absent = m.grand.amount === undefined && !m.grand.unknown;
    return absent ? { unknown, count } : { amount: got?.amount ?? 0, unknown, count };
  };
  const rows: Cell[][] = [];
  for (const node of plan.nodes) {
    if (node.level !== 'sasaran') continue;
    const got = flow.sasaran.get(node);
    const lost = unread.sasaran.get(node);
    const t = cell(got, lost);
    const shared = cell(got && { amount: got.shared, items: got.sharedItems }, lost && { items: lost.sharedItems });
    rows.push([
      node.id,
      node.nama,
      tallyCell(t, style),
      share(t, m.grand),
      t.count,
      got?.sharedItems.size || lost?.sharedItems.size ? tallyCell(shared, style) : null,
    ]);
  }
  if (flow.untraced.items.size || unread.untraced.items.size) {
    const t = cell(flow.untraced, unread.untraced);
    rows.push([
      label(msg('(no sasaran)', '(tanpa sasaran)'), style),
      label(msg('not traced to a Pemda target', 'tidak tertelusur ke sasaran Pemda'), style),
      tallyCell(t, style),
      share(t, m.grand),
      t.count,
      null,
    ]);
  }
  return {
    title:
      m.tahun === undefined
        ? msg('Budget per Pemda target (sasaran)', 'Anggaran per sasaran Pemda')
        : msg(`Budget per Pemda target (sasaran), ${m.tahun}`, `Anggaran per sasaran Pemda, tahun ${m.tahun}`),
    columns: [
      { key: 'sasaran', header: msg('Sasaran', 'Sasaran'), weight: 1.5 },
      { key: 'nama', header: msg('Name', 'Nama'), weight: 4 },
      { key: 'anggaran', header: msg('Anggaran', 'Anggaran'), align: 'right', numFmt: 'rupiah' },
      { key: 'porsi', header: msg('Share', 'Porsi'), align: 'right', numFmt: 'percent' },
      { key: 'item', header: msg('Items', 'Item'), align: 'right', numFmt: 'number' },
      { key: 'bersama', header: msg('Shared', 'Bersama'), align: 'right', numFmt: 'rupiah' },
    ],
    rows,
    footer: [[label(msg('Total', 'Jumlah'), style), '', tallyCell(m.grand, style), share(m.grand, m.grand), m.grand.count, null]],
    notes: [
      msg(
        "Each item's money counts whole against every Pemda target it serves up the cascade. Shared: the part of it that also serves another target (crosscutting), as budget tagging counts a whole sub kegiatan; the total counts each item once, so with shared money the rows add up to more than the total. Items: how many items serve the row.",
        'Anggaran setiap item dihitung utuh pada setiap sasaran Pemda yang didukungnya ke atas cascade. Bersama: bagian yang juga mendukung sasaran lain (lintas sektor), seperti penandaan anggaran menghitung sub kegiatan secara utuh; jumlah menghitung setiap item sekali, sehingga bila ada anggaran bersama, baris-baris berjumlah lebih dari jumlahnya. Item: banyaknya item yang mendukung baris itu.',
      ),
    ],
  };
}
