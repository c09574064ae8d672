// Budget per Pemda target: the money that flows to each sasaran down the cascade.
import { msg } from '../../core/message.js';
import type { Plan, PlanNode } from '../../model/plan.js';
import type { Cell, Table } from '../table.js';
import { label, share, tallyCell, type CellStyle } from './cells.js';
import { flowToSasaran } from './flow.js';
import type { Measure, Tally } from './measure.js';

export function bySasaran(plan: Plan, m: Measure, style: CellStyle): Table {
  const flow = flowToSasaran(m.value);
  // Where the money that could not be read would have gone: those rows are unknown.
  const unread = flowToSasaran(new Map([...m.unreadable].map((n) => [n, 0])));
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
    const t = cell(flow.sasaran.get(node), unread.sasaran.get(node));
    rows.push([node.id, node.nama, tallyCell(t, style), share(t, m.grand), t.count]);
  }
  if (flow.untraced.items.size || unread.untraced.items.size) {
    const t = cell(flow.untraced, unread.untraced);
    rows.push([
      label(msg('(no sasaran)', '(tanpa sasaran)'), style),
      label(msg('not traced to a Pemda target', 'tidak tertelusur ke sasaran Pemda'), style),
      tallyCell(t, style),
      share(t, m.grand),
      t.count,
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
    ],
    rows,
    footer: [[label(msg('Total', 'Jumlah'), style), '', tallyCell(m.grand, style), share(m.grand, m.grand), m.grand.count]],
    notes: [
      msg(
        "Each item's money flows up the cascade to the sasaran above it. A node that supports several parents (crosscutting) splits what reaches it equally among them, the remainder rupiah to the first (the parent it is written under), so every rupiah is counted once and the rows add up to the total exactly. Items: how many items send money to the row, wholly or in part.",
        'Anggaran setiap item mengalir ke atas cascade sampai sasaran di atasnya. Simpul yang mendukung beberapa induk (lintas sektor) membagi rata yang diterimanya di antara induk-induk itu, sisa rupiahnya ke induk pertama (tempat ia ditulis), sehingga setiap rupiah dihitung sekali dan baris-baris berjumlah tepat sama dengan total. Item: banyaknya item yang anggarannya mengalir ke baris itu, seluruhnya atau sebagian.',
      ),
    ],
  };
}
