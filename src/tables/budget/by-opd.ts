// Budget per OPD: pagu, what is allocated under it, what remains, its share of the total.
import { msg } from '../../i18n/message.js';
import type { Plan } from '../../model/plan.js';
import { sumRupiah } from '../../values/index.js';
import type { Cell, Table } from '../table.js';
import { label, rupiah, share, tallyCell, UNKNOWN, type CellStyle } from './cells.js';
import { moneyValue, tally, type Measure } from './measure.js';

export function byOpd(plan: Plan, m: Measure, style: CellStyle): Table {
  const rows: Cell[][] = [];
  const pagus: number[] = [];
  const remainders: number[] = [];
  let paguUnknown = false;
  for (const opd of plan.opds) {
    const counted = m.budget.countedFor(opd);
    const pagu = m.budget.pagu.get(opd);
    // An OPD with nothing written (a partner, say) would only add a row of dashes.
    if (!pagu && counted.length === 0) continue;
    // A partner's row shows what is written for it, but nothing of it enters the totals.
    const allocated = tally(opd.mitra ? m.partner : m, counted);
    const paguValue = moneyValue(m, pagu?.amount);
    const paguKnown = !pagu || !!pagu.amount;
    if (!paguKnown && !opd.mitra) paguUnknown = true;
    if (paguValue !== undefined && !opd.mitra) pagus.push(paguValue);
    let remaining: Cell = rupiah(undefined, style);
    if (allocated.unknown || !paguKnown) remaining = UNKNOWN;
    else if (paguValue !== undefined && allocated.amount !== undefined) {
      remaining = rupiah(paguValue - allocated.amount, style);
      if (!opd.mitra) remainders.push(paguValue - allocated.amount);
    }
    rows.push([
      typeof opd.data.singkatan === 'string' ? opd.data.singkatan : opd.id,
      opd.nama + (opd.mitra ? ` (${label(msg('partner', 'mitra'), style)})` : ''),
      paguKnown ? rupiah(paguValue, style) : UNKNOWN,
      tallyCell(allocated, style),
      remaining,
      opd.mitra ? '' : share(allocated, m.grand),
      allocated.count,
    ]);
  }
  const orphans = m.budget.countedFor(undefined);
  if (orphans.length) {
    const allocated = tally(m, orphans);
    rows.push([label(msg('(no OPD)', '(tanpa OPD)'), style), '', rupiah(undefined, style), tallyCell(allocated, style), rupiah(undefined, style),
      share(allocated, m.grand), allocated.count]);
  }
  const sum = (xs: number[]) => {
    const r = sumRupiah(xs);
    return xs.length && r.ok ? r.value : undefined;
  };
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
      paguUnknown ? UNKNOWN : rupiah(sum(pagus), style),
      tallyCell(m.grand, style),
      paguUnknown || m.grand.unknown ? UNKNOWN : rupiah(sum(remainders), style),
      share(m.grand, m.grand), m.grand.count,
    ]],
    notes: [
      ...(m.partner.items.length || plan.opds.some((o) => o.mitra && m.budget.pagu.has(o))
        ? [msg('Partners (mitra) are outside the Pemda budget: their rows show what is written for them, but no total or share counts it.',
          'Mitra berada di luar anggaran Pemda: barisnya menampilkan yang ditulis untuknya, tetapi tidak dihitung dalam jumlah maupun porsi.')]
        : []),
      msg('Allocated: the most detailed amounts written under the OPD (sub kegiatan before kegiatan before program), each item counted once; Items: how many amounts that is. Remaining = pagu − allocated.',
        'Dialokasikan: anggaran paling rinci yang ditulis di bawah OPD (sub kegiatan, lalu kegiatan, lalu program), setiap item dihitung sekali; Item: banyaknya anggaran itu. Sisa = pagu − dialokasikan.'),
    ],
  };
}
