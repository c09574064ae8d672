// Budget per OPD: pagu, what is allocated under it, what remains, its share of the total.
import { msg, type Msg } from '../../core/message.js';
import type { Plan, PlanNode } from '../../model/plan.js';
import { formatRupiah, sumRupiah } from '../../values/index.js';
import type { Cell, Table } from '../table.js';
import { label, rupiah, share, tallyCell, UNKNOWN, type CellStyle } from './cells.js';
import { moneyValue, tally, type Measure } from './measure.js';

export function byOpd(plan: Plan, m: Measure, style: CellStyle): Table {
  const rows: Cell[][] = [];
  // Rows whose pagu is known for what is summed (the period, or the year asked): their pagu,
  // allocated and remaining add up. The others (no pagu, a pagu for the whole period in a year's
  // summary, no OPD) show what is allocated only, and are totalled apart, so no total contradicts.
  const withPagu = { pagus: [] as number[], allocated: [] as PlanNode[], remainders: [] as number[], paguUnknown: false, rows: 0 };
  const without = { allocated: [] as PlanNode[], periodPagus: [] as number[], rows: 0 };
  for (const opd of plan.opds) {
    const counted = m.budget.countedFor(opd);
    const pagu = m.budget.pagu.get(opd);
    // An OPD with nothing written (a partner, say) would only add a row of dashes.
    if (!pagu && counted.length === 0) continue;
    // A partner's row shows what is written for it, but nothing of it enters the totals.
    const allocated = tally(opd.mitra ? m.partner : m, counted);
    const paguValue = moneyValue(m, pagu?.amount);
    const paguKnown = !pagu || !!pagu.amount;
    // A pagu written for the whole period cannot be placed in one year: shown as such.
    const periodPagu = m.tahun !== undefined && pagu?.amount && !pagu.amount.years ? pagu.amount.total : undefined;
    let paguCell: Cell = paguKnown ? rupiah(paguValue, style) : UNKNOWN;
    if (periodPagu !== undefined) {
      const text = `${formatRupiah(periodPagu, { compact: style.compact })} (${label(msg('whole period', 'seluruh periode'), style)})`;
      paguCell = { text, value: text };
    }
    let remaining: Cell = rupiah(undefined, style);
    if (allocated.unknown || !paguKnown) remaining = UNKNOWN;
    else if (paguValue !== undefined && allocated.amount !== undefined) remaining = rupiah(paguValue - allocated.amount, style);
    if (!opd.mitra) {
      if (pagu && (paguValue !== undefined || !paguKnown)) {
        withPagu.rows++;
        withPagu.allocated.push(...counted);
        if (!paguKnown) withPagu.paguUnknown = true;
        if (paguValue !== undefined) withPagu.pagus.push(paguValue);
        if (paguValue !== undefined && allocated.amount !== undefined) withPagu.remainders.push(paguValue - allocated.amount);
      } else {
        without.rows++;
        without.allocated.push(...counted);
        if (periodPagu !== undefined) without.periodPagus.push(periodPagu);
      }
    }
    rows.push([
      typeof opd.data.singkatan === 'string' ? opd.data.singkatan : opd.id,
      opd.nama + (opd.mitra ? ` (${label(msg('partner', 'mitra'), style)})` : ''),
      paguCell,
      tallyCell(allocated, style),
      remaining,
      opd.mitra ? '' : share(allocated, m.grand),
      allocated.count,
    ]);
  }
  const orphans = m.budget.countedFor(undefined);
  if (orphans.length) {
    const allocated = tally(m, orphans);
    without.rows++;
    without.allocated.push(...orphans);
    rows.push([
      label(msg('(no OPD)', '(tanpa OPD)'), style),
      '',
      rupiah(undefined, style),
      tallyCell(allocated, style),
      rupiah(undefined, style),
      share(allocated, m.grand),
      allocated.count,
    ]);
  }
  const sum = (xs: number[]) => {
    const r = sumRupiah(xs);
    return xs.length && r.ok ? r.value : undefined;
  };
  const year = m.tahun === undefined ? '' : ` ${m.tahun}`;
  const pagued = tally(m, withPagu.allocated);
  const paguedRow = (name: Msg): Cell[] => [
    label(name, style),
    '',
    withPagu.paguUnknown ? UNKNOWN : rupiah(sum(withPagu.pagus), style),
    tallyCell(pagued, style),
    withPagu.paguUnknown || pagued.unknown || withPagu.remainders.length !== withPagu.rows ? UNKNOWN : rupiah(sum(withPagu.remainders), style),
    share(pagued, m.grand),
    pagued.count,
  ];
  const footer: Cell[][] = [];
  if (without.rows === 0) footer.push(paguedRow(msg('Total', 'Jumlah')));
  else {
    if (withPagu.rows) footer.push(paguedRow(msg(`Total, OPD with a pagu${year}`, `Jumlah, OPD dengan pagu${year ? ` tahun${year}` : ''}`)));
    const rest = tally(m, without.allocated);
    const periodSum = sum(without.periodPagus);
    const periodText =
      periodSum === undefined ? undefined : `${formatRupiah(periodSum, { compact: style.compact })} (${label(msg('whole period', 'seluruh periode'), style)})`;
    footer.push([
      label(m.tahun === undefined ? msg('Total, no pagu', 'Jumlah, tanpa pagu') : msg(`Total, no pagu for${year}`, `Jumlah, tanpa pagu tahun${year}`), style),
      '',
      periodText === undefined ? rupiah(undefined, style) : { text: periodText, value: periodText },
      tallyCell(rest, style),
      rupiah(undefined, style),
      share(rest, m.grand),
      rest.count,
    ]);
    footer.push([
      label(msg('Total', 'Jumlah'), style),
      '',
      rupiah(undefined, style),
      tallyCell(m.grand, style),
      rupiah(undefined, style),
      share(m.grand, m.grand),
      m.grand.count,
    ]);
  }
  return {
    title: m.tahun === undefined ? msg('Budget per OPD', 'Anggaran per OPD') : msg(`Budget per OPD, ${m.tahun}`, `Anggaran per OPD, tahun ${m.tahun}`),
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
    footer,
    notes: [
      ...(without.rows && m.tahun !== undefined && without.periodPagus.length
        ? [
            msg(
              `A pagu written for the whole period cannot be split into years: it is shown as such, with no remaining for ${m.tahun}, and totalled apart.`,
              `Pagu yang ditulis untuk seluruh periode tidak dapat dibagi per tahun: ditampilkan apa adanya, tanpa sisa untuk tahun ${m.tahun}, dan dijumlahkan terpisah.`,
            ),
          ]
        : []),
      ...(without.rows
        ? [
            msg(
              "Pagu − allocated = remaining holds on every row and total that has a pagu; the last row is all the Pemda's money.",
              'Pagu − dialokasikan = sisa berlaku pada setiap baris dan jumlah yang berpagu; baris terakhir adalah seluruh anggaran Pemda.',
            ),
          ]
        : []),
      ...(m.partner.items.length || plan.opds.some((o) => o.mitra && m.budget.pagu.has(o))
        ? [
            msg(
              'Partners (mitra) are outside the Pemda budget: their rows show what is written for them, but no total or share counts it.',
              'Mitra berada di luar anggaran Pemda: barisnya menampilkan yang ditulis untuknya, tetapi tidak dihitung dalam jumlah maupun porsi.',
            ),
          ]
        : []),
      msg(
        'Allocated: the most detailed amounts written under the OPD (sub kegiatan before kegiatan before program), each item counted once; Items: how many amounts that is. Remaining = pagu − allocated.',
        'Dialokasikan: anggaran paling rinci yang ditulis di bawah OPD (sub kegiatan, lalu kegiatan, lalu program), setiap item dihitung sekali; Item: banyaknya anggaran itu. Sisa = pagu − dialokasikan.',
      ),
    ],
  };
}
