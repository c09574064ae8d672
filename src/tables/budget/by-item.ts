// Budget per program or per kegiatan: the anggaran written on it against the detail under it.
import { msg, type Msg } from '../../core/message.js';
import type { Plan, PlanNode } from '../../model/plan.js';
import type { Cell, Column, Table } from '../table.js';
import { label, rupiah, share, tallyCell, UNKNOWN, type CellStyle } from './cells.js';
import { budgetAncestor, moneyValue, tally, type Measure } from './measure.js';

const opdLabel = (n: PlanNode) => (n.opd ? (typeof n.opd.data.singkatan === 'string' ? n.opd.data.singkatan : n.opd.id) : '');

/**
 * One row per program (or kegiatan) in plan order, with the counted items under it; the items
 * that sit under none (a program's own amount in the kegiatan table, an item with no program)
 * are gathered in one row, so that the total is the same in every table.
 */
export function byItem(plan: Plan, m: Measure, level: 'program' | 'kegiatan', style: CellStyle): Table {
  const under = new Map<PlanNode | undefined, PlanNode[]>();
  for (const item of m.budget.counted) {
    const home = budgetAncestor(m.budget, item, level);
    const list = under.get(home);
    if (list) list.push(item);
    else under.set(home, [item]);
  }
  const rows: Cell[][] = [];
  for (const node of plan.nodes) {
    if (node.level !== level) continue;
    const items = under.get(node) ?? [];
    const written = m.budget.anggaran.get(node);
    // A written amount with nothing counted here is counted in the program's own anggaran.
    // A partner's (mitra) row shows its own money, which no total or share counts.
    const mitra = !!node.opd?.mitra;
    const detail = items.length === 0 && written ? undefined : tally(mitra ? m.partner : m, items);
    const context = level === 'kegiatan' ? [m.budget.parentOf(node)?.id ?? ''] : [];
    rows.push([
      opdLabel(node),
      ...context,
      node.id,
      node.nama,
      written && !written.amount ? UNKNOWN : rupiah(moneyValue(m, written?.amount), style),
      detail ? tallyCell(detail, style) : rupiah(undefined, style),
      mitra ? '' : share(detail, m.grand),
      detail?.count ?? 0,
    ]);
  }
  const rest = under.get(undefined)?.filter((n) => !n.opd?.mitra);
  if (rest?.length) {
    const text: Msg =
      level === 'program' ? msg('(not under a program)', '(tidak di bawah program)') : msg('(not broken down into kegiatan)', '(tidak dirinci ke kegiatan)');
    const detail = tally(m, rest);
    rows.push([
      '',
      ...(level === 'kegiatan' ? [''] : []),
      label(text, style),
      '',
      rupiah(undefined, style),
      tallyCell(detail, style),
      share(detail, m.grand),
      detail.count,
    ]);
  }
  const name = level === 'program' ? msg('Program', 'Program') : msg('Kegiatan', 'Kegiatan');
  const columns: Column[] = [
    { key: 'opd', header: msg('OPD', 'OPD'), weight: 1.5 },
    ...(level === 'kegiatan' ? [{ key: 'program', header: msg('Program', 'Program'), weight: 1.5 }] : []),
    { key: level, header: name, weight: 1.5 },
    { key: 'nama', header: msg('Name', 'Nama'), weight: 3 },
    { key: 'anggaran', header: msg('Anggaran', 'Anggaran'), align: 'right', numFmt: 'rupiah' },
    { key: 'rincian', header: msg('Detailed', 'Rincian'), align: 'right', numFmt: 'rupiah' },
    { key: 'porsi', header: msg('Share', 'Porsi'), align: 'right', numFmt: 'percent' },
    { key: 'item', header: msg('Items', 'Item'), align: 'right', numFmt: 'number' },
  ];
  const blanks = columns.length - 4;
  return {
    title:
      level === 'program'
        ? m.tahun === undefined
          ? msg('Budget per program', 'Anggaran per program')
          : msg(`Budget per program, ${m.tahun}`, `Anggaran per program, tahun ${m.tahun}`)
        : m.tahun === undefined
          ? msg('Budget per kegiatan', 'Anggaran per kegiatan')
          : msg(`Budget per kegiatan, ${m.tahun}`, `Anggaran per kegiatan, tahun ${m.tahun}`),
    columns,
    rows,
    footer: [[label(msg('Total', 'Jumlah'), style), ...Array(blanks).fill(''), tallyCell(m.grand, style), share(m.grand, m.grand), m.grand.count]],
    notes: [
      level === 'program'
        ? msg(
            'Anggaran: as written on the program. Detailed: the most detailed amounts under it (its kegiatan, or their sub kegiatan, when all are written; else its own anggaran), each item counted once.',
            'Anggaran: sebagaimana ditulis pada program. Rincian: anggaran paling rinci di bawahnya (kegiatan, atau sub kegiatannya, bila semuanya ditulis; jika tidak, anggaran program itu sendiri), setiap item dihitung sekali.',
          )
        : msg(
            "Anggaran: as written on the kegiatan. Detailed: its sub kegiatan when all are written, else its own anggaran; — when its program has kegiatan without an amount, so the program's own anggaran is counted instead. A crosscutting item counts under the parent it is written in.",
            'Anggaran: sebagaimana ditulis pada kegiatan. Rincian: sub kegiatannya bila semuanya ditulis, jika tidak anggaran kegiatan itu sendiri; — bila programnya memiliki kegiatan tanpa anggaran, sehingga anggaran program itu sendiri yang dihitung. Item lintas sektor dihitung pada induk tempat ia ditulis.',
          ),
    ],
  };
}
