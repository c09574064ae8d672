// The Renstra matrix: the cascade from sasaran down to kegiatan, one row per indicator, with the
// target, the anggaran and the OPD that answers for it — the table planners paste into the Renstra.
import { msg, type Msg } from '../../core/message.js';
import { anggaranOf, budgetOf } from '../../model/budget.js';
import { opdName, periodOf, type Level, type Plan, type PlanNode } from '../../model/plan.js';
import { targetShown } from '../../model/target-text.js';
import { valuesOf } from '../../model/targets.js';
import { selectTree } from '../../model/select.js';
import { formatRupiah, sumRupiah } from '../../values/index.js';
import type { Cell, Table } from '../table.js';
import type { TableView, ViewOptions } from './view.js';

/** Level names as the Renstra writes them. */
export const LEVEL_TEXT: Record<Level, string> = {
  tujuan: 'Tujuan',
  sasaran: 'Sasaran Pemda',
  ksf: 'KSF',
  tujuan_opd: 'Tujuan OPD',
  sasaran_opd: 'Sasaran OPD',
  outcome_antara: 'Outcome antara',
  sasaran_program: 'Sasaran program',
  program: 'Program',
  sasaran_kegiatan: 'Sasaran kegiatan',
  kegiatan: 'Kegiatan',
  sub_kegiatan: 'Sub kegiatan',
};

export function opdCell(node: PlanNode): string | null {
  if (!node.opd) return null;
  return node.opd.mitra ? `${opdName(node.opd)} (mitra)` : opdName(node.opd);
}

export function rupiahCell(n: number | undefined): Cell {
  return n === undefined ? null : { text: formatRupiah(n), value: n };
}

/** "70" with "%" for a percentage, as the IKU table writes it; the number stays exact. */
export function targetCell(plan: Plan, node: PlanNode, index: number, tahun: number | undefined): Cell {
  const ind = node.indicators[index];
  const t = targetShown(plan, ind, tahun);
  if (!t.text) return null;
  const text = valuesOf(plan, ind).satuan === '%' ? t.withSatuan : t.bare;
  return { text, value: t.value ?? text };
}

export const cascadeView: TableView = {
  name: 'cascade',
  description: msg(
    'The Renstra matrix: sasaran → indikator → target → program → kegiatan → anggaran → OPD.',
    'Matriks Renstra: sasaran → indikator → target → program → kegiatan → anggaran → OPD.',
  ),
  build(plan: Plan, opts: ViewOptions): Table[] {
    // The chart's order and --opd rule: the OPD's rows under the Pemda targets they serve.
    const { nodes } = selectTree(plan, { opd: opts.opd });
    const tahun = opts.tahun;
    const budget = budgetOf(plan);
    const counted = new Set(budget.counted);
    const toAdd: number[] = [];
    let missingYear = 0;
    let unreadable = 0;
    const rows: Cell[][] = [];
    for (const node of nodes) {
      const amount = anggaranOf(plan, node, tahun);
      const money = budget.anggaran.get(node);
      if (tahun !== undefined && amount === undefined && money?.amount) missingYear++;
      if (amount !== undefined && counted.has(node)) toAdd.push(amount);
      // An amount that cannot be read is shown as written, never as a number (validate says why).
      let moneyCell = rupiahCell(amount);
      if (money && !money.amount) {
        unreadable++;
        const written = node.data.anggaran;
        moneyCell = typeof written === 'string' || typeof written === 'number' ? String(written) : '?';
      }
      const kode = typeof node.data.kode === 'string' ? node.data.kode : null;
      const head: Cell[] = [node.id, kode, { text: LEVEL_TEXT[node.level], value: node.level }, node.nama];
      const tail: Cell[] = [opdCell(node)];
      if (node.indicators.length === 0) rows.push([...head, null, null, null, moneyCell, ...tail]);
      node.indicators.forEach((ind, i) => {
        // The anggaran once per node, so that a column sum counts each amount once per level.
        rows.push([
          ...head,
          ind.data.nama ?? ind.label,
          targetCell(plan, node, i, tahun),
          valuesOf(plan, ind).satuan ?? null,
          i === 0 ? moneyCell : null,
          ...tail,
        ]);
      });
    }
    const total = sumRupiah(toAdd);
    const p = periodOf(plan);
    const notes: Msg[] = [
      tahun === undefined
        ? msg(
            'Target: the end-of-period target. Anggaran: for the whole period, as written at each level.',
            'Target: target akhir periode. Anggaran: untuk seluruh periode, sebagaimana ditulis pada setiap tingkat.',
          )
        : msg(`Target and anggaran for ${tahun}.`, `Target dan anggaran tahun ${tahun}.`),
      msg(
        'The total counts each rupiah once: the most detailed amounts written (kegiatan rather than their program).',
        'Jumlah menghitung setiap rupiah sekali: rincian terdalam yang ditulis (kegiatan, bukan programnya).',
      ),
    ];
    if (unreadable) {
      notes.push(
        msg(
          `${unreadable} anggaran could not be read: shown as written and left out of the total; run cascade validate.`,
          `${unreadable} anggaran tidak dapat dibaca: ditampilkan apa adanya dan tidak dijumlahkan; jalankan cascade validate.`,
        ),
      );
    }
    if (missingYear) {
      notes.push(
        msg(
          `No amount for ${tahun} where the anggaran is written for the whole period only (${missingYear} node(s)).`,
          `Tidak ada jumlah tahun ${tahun} bila anggaran ditulis hanya untuk seluruh periode (${missingYear} simpul).`,
        ),
      );
    }
    if (nodes.some((n) => n.parents.length > 1)) {
      notes.push(
        msg(
          'A node that supports several parents (crosscutting) is listed once, under the parent it is written under; see `cascade table crosscutting`.',
          'Simpul yang mendukung beberapa induk (crosscutting) dicantumkan sekali, di bawah induk tempat ia ditulis; lihat `cascade table crosscutting`.',
        ),
      );
    }
    const about = [plan.pemda[0]?.value, opts.opd, p ? `${p.mulai}–${p.selesai}` : undefined]
      .filter(Boolean)
      .map((x) => ` — ${x}`)
      .join('');
    return [
      {
        title: msg(`Cascade matrix${about}`, `Matriks Renstra${about}`),
        columns: [
          // Weights let ids and codes, which cannot wrap, keep their width in a 160-column terminal.
          { key: 'id', header: msg('ID', 'ID'), weight: 3 },
          { key: 'kode', header: msg('Code', 'Kode'), weight: 2.5 },
          { key: 'tingkat', header: msg('Level', 'Tingkat'), weight: 2.5 },
          { key: 'uraian', header: msg('Description', 'Uraian'), weight: 5 },
          { key: 'indikator', header: msg('Indicator', 'Indikator'), weight: 5 },
          {
            key: 'target',
            header: msg(tahun === undefined ? 'Target' : `Target ${tahun}`, tahun === undefined ? 'Target' : `Target ${tahun}`),
            align: 'right',
            numFmt: 'number',
          },
          { key: 'satuan', header: msg('Unit', 'Satuan'), weight: 1.5 },
          {
            key: 'anggaran',
            header: msg(tahun === undefined ? 'Budget' : `Budget ${tahun}`, tahun === undefined ? 'Anggaran' : `Anggaran ${tahun}`),
            align: 'right',
            numFmt: 'rupiah',
          },
          { key: 'opd', header: msg('OPD', 'OPD'), weight: 2 },
        ],
        rows,
        footer: total.ok && toAdd.length ? [[null, null, null, 'Jumlah', null, null, null, rupiahCell(total.value), null]] : undefined,
        notes,
      },
    ];
  },
};
