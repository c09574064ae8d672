// Budget per OPD: pagu, what is allocated under it, what remains, its share of the total.
import { msg } from '../../i18n/message.js';
import type { Plan, PlanNode } from '../../model/plan.js';
import type { Cell, Table } from '../table.js';
import { label, rupiah, share, total, type CellStyle } from './cells.js';
import { moneyValue, type Measure } from './measure.js';

export function byOpd(plan: Plan, m: Measure, style: CellStyle): Table {
  const grand = m.grand ?? 0;
  const itemsOf = (list: readonly PlanNode[]) => list.filter((n) => m.value.has(n));
  const rows: Cell[][] = [];
  const paguSum: number[] = [];
  const remainders: number[] = [];
  for (const opd of plan.opds) {
    const counted = m.budget.countedFor(opd);
    const items = itemsOf(counted);
    const pagu = m.budget.pagu.get(opd);
    const paguValue = moneyValue(m, pagu?.amount);
    // An OPD with nothing written (a partner, say) would only add a row of dashes.
    if (!pagu && counted.length === 0) continue;
    // Amounts that exist but cannot be placed (a year asked of whole-period amounts) are not Rp0.
    const allocated = items.length === 0 && counted.length > 0 ? undefined : total(items.map((n) => m.value.get(n)!));
    const remaining = paguValue !== undefined && allocated !== undefined ? paguValue - allocated : undefined;
    if (paguValue !== undefined) paguSum.push(paguValue);
    if (remaining !== undefined) remainders.push(remaining);
    rows.push([
      typeof opd.data.singkatan === 'string' ? opd.data.singkatan : opd.id,
      opd.nama + (opd.mitra ? ` (${label(msg('partner', 'mitra'), style)})` : ''),
      pagu && !pagu.amount ? { text: '?', value: null } : rupiah(paguValue, style),
      rupiah(allocated, style),
      rupiah(remaining, style),
      share(allocated, grand),
      items.length,
    ]);
  }
  const orphanCounted = m.budget.countedFor(undefined);
  if (orphanCounted.length) {
    const orphans = itemsOf(orphanCounted);
    const allocated = orphans.length ? total(orphans.map((n) => m.value.get(n)!)) : undefined;
    rows.push([label(msg('(no OPD)', '(tanpa OPD)'), style), '', rupiah(undefined, style), rupiah(allocated, style), rupiah(undefined, style),
      share(allocated, grand), orphans.length]);
  }
  return {
    title: m.tahun === undefined
      ? msg('Budget per OPD', 'Anggaran per OPD')
      : msg(`Budget per OPD, ${m.tahun}`, `Anggaran per OPD, tahun ${m.tahun}`),
    columns: [
      { key: 'opd', header: msg('OPD', 'OPD'), weight: 1.5 },
      { key: 'nama', header: msg('Name', 'Nama'), weight: 3 },
      { key: 'pagu', header: msg('Pagu', 'Pagu'), align: 'right', numFmt: 'rupiah' },
      { key: 'dialokasikan', header: msg('Allocated', 'Dialokasikan'), align: 'right', numFmt: 'rupiah' },
      { key: 'sisa', header: msg('Remaining', 'Sisa'), align: 'right', numFmt: 'rupiah' },
      { key: 'porsi', header: msg('Share', 'Porsi'), align: 'right', numFmt: 'percent' },
      { key: 'item', header: msg('Items', 'Item'), align: 'right', numFmt: 'number' },
    ],
    rows,
    footer: [[
      label(msg('Total', 'Jumlah'), style), '',
      rupiah(paguSum.length ? total(paguSum) : undefined, style),
      rupiah(m.grand, style),
      rupiah(remainders.length ? total(remainders) : undefined, style),
      share(m.grand, grand), m.value.size,
    ]],
    notes: [
      msg('Allocated: the most detailed amounts written under the OPD (sub kegiatan before kegiatan before program), each item counted once; Items: how many amounts that is. Remaining = pagu − allocated.',
        'Dialokasikan: anggaran paling rinci yang ditulis di bawah OPD (sub kegiatan, lalu kegiatan, lalu program), setiap item dihitung sekali; Item: banyaknya anggaran itu. Sisa = pagu − dialokasikan.'),
    ],
  };
}
