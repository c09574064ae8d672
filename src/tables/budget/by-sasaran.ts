// Budget per Pemda target: the money that flows to each sasaran down the cascade.
import { msg } from '../../i18n/message.js';
import type { Plan } from '../../model/plan.js';
import type { Cell, Table } from '../table.js';
import { label, rupiah, share, total, type CellStyle } from './cells.js';
import { flowToSasaran } from './flow.js';
import type { Measure } from './measure.js';

export function bySasaran(plan: Plan, m: Measure, style: CellStyle): Table {
  const grand = m.grand ?? 0;
  const flow = flowToSasaran(m.value);
  const rows: Cell[][] = [];
  for (const node of plan.nodes) {
    if (node.level !== 'sasaran') continue;
    const got = flow.sasaran.get(node);
    const amount = m.grand === undefined ? undefined : got?.amount ?? 0;
    rows.push([node.id, node.nama, rupiah(amount, style), share(amount, grand), got?.items.size ?? 0]);
  }
  if (flow.untraced.items.size) {
    rows.push([label(msg('(no sasaran)', '(tanpa sasaran)'), style), label(msg('not traced to a Pemda target', 'tidak tertelusur ke sasaran Pemda'), style),
      rupiah(flow.untraced.amount, style), share(flow.untraced.amount, grand), flow.untraced.items.size]);
  }
  return {
    title: m.tahun === undefined
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
    footer: [[label(msg('Total', 'Jumlah'), style), '', rupiah(m.grand, style), share(m.grand, grand), m.value.size]],
    notes: [
      msg('Each item\'s money flows up the cascade to the sasaran above it. A node that supports several parents (crosscutting) splits what reaches it equally among them, the remainder rupiah to the first (the parent it is written under), so every rupiah is counted once and the rows add up to the total exactly. Items: how many items send money to the row, wholly or in part.',
        'Anggaran setiap item mengalir ke atas cascade sampai sasaran di atasnya. Simpul yang mendukung beberapa induk (lintas sektor) membagi rata yang diterimanya di antara induk-induk itu, sisa rupiahnya ke induk pertama (tempat ia ditulis), sehingga setiap rupiah dihitung sekali dan baris-baris berjumlah tepat sama dengan total. Item: banyaknya item yang anggarannya mengalir ke baris itu, seluruhnya atau sebagian.'),
    ],
  };
}
