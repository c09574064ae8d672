// The IKU manual (manual indikator kinerja utama, definisi operasional): per key indicator, what it
// means, how it is computed, its unit, where its data come from, who answers for it and how often
// it is reported — from the keys the plan already has (docs/format.md, indikator).
import { msg, type Msg } from '../../core/message.js';
import { isIkuNode } from '../../model/iku.js';
import { opdName, periodOf, type Plan, type PlanIndicator, type PlanNode } from '../../model/plan.js';
import { signingOf } from '../../model/signing.js';
import type { Cell, Table } from '../table.js';
import { findOpd } from './find-opd.js';
import type { TableView } from './view.js';

export const manualIkuView: TableView = {
  name: 'manual-iku',
  description: msg(
    'IKU manual (definisi operasional): per key indicator its definition, formula, unit, data source, who answers for it and the reporting period.',
    'Manual IKU (definisi operasional): per indikator kinerja utama definisi, rumus, satuan, sumber data, penanggung jawab, dan periode pelaporan.',
  ),
  build(plan, opts) {
    const opd = opts.opd === undefined ? undefined : findOpd(plan, opts.opd);
    const nodes = plan.nodes.filter((n) => isIkuNode(n) && (opd === undefined || n.opd === opd));
    // The Pemda's first, then each OPD's in the order the plan lists them, as `table iku` does.
    const rank = (n: PlanNode) => (n.level === 'sasaran' ? -1 : plan.opds.indexOf(n.opd!));
    const ordered = nodes.map((n, i) => ({ n, i })).sort((a, b) => rank(a.n) - rank(b.n) || a.i - b.i);
    return [
      manual(
        plan,
        ordered.map((x) => x.n),
        opd?.nama,
      ),
    ];
  },
};

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Who answers for the target: the positions that name it in their sasaran, else the OPD (its head), else the Kepala Daerah. */
function responsible(plan: Plan, node: PlanNode): string {
  const who = plan.jabatan.filter((j) => j.sasaran.some((r) => r.target === node)).map((j) => j.nama);
  if (who.length) return who.join(', ');
  if (node.level === 'sasaran_opd' && node.opd) return `Kepala ${node.opd.nama}`;
  return signingOf(plan).kepalaDaerah;
}

/** Quarterly when the indicator carries quarterly targets or realisasi (Rencana Aksi), else yearly. */
function period(ind: PlanIndicator): string {
  return (ind.data as Record<string, unknown>).triwulan !== undefined ? 'Triwulanan' : 'Tahunan';
}

function manual(plan: Plan, nodes: readonly PlanNode[], opdNama: string | undefined): Table {
  const rows: Cell[][] = [];
  let missing = 0;
  for (const n of nodes) {
    for (const ind of n.indicators) {
      const d = ind.data as Record<string, unknown>;
      if (!text(d.definisi) || !text(d.rumus)) missing++;
      rows.push([
        { text: String(rows.length + 1), value: rows.length + 1 },
        n.level === 'sasaran' ? 'Pemda' : n.opd ? opdName(n.opd) : null,
        n.nama,
        ind.data.nama ?? ind.label,
        text(d.definisi),
        text(d.rumus),
        text(d.satuan),
        text(d.sumber_data),
        responsible(plan, n),
        period(ind),
      ]);
    }
  }
  const notes: Msg[] = [
    msg(
      'Penanggung jawab: the positions that answer for the target (jabatan sasaran), else the head of its OPD, else the Kepala Daerah. Periode pelaporan: quarterly for an indicator with triwulan data, else yearly.',
      'Penanggung jawab: jabatan yang bertanggung jawab atas sasaran (sasaran pada jabatan), atau kepala OPD-nya, atau Kepala Daerah. Periode pelaporan: triwulanan untuk indikator yang memiliki data triwulan, selain itu tahunan.',
    ),
  ];
  if (!rows.length) notes.unshift(msg('No key indicator (IKU) was found.', 'Tidak ditemukan indikator kinerja utama (IKU).'));
  if (missing)
    notes.push(
      msg(
        `${missing} IKU lack a definisi or rumus: cascade validate names them (indikator/manual).`,
        `${missing} IKU belum memiliki definisi atau rumus: cascade validate menyebutkannya (indikator/manual).`,
      ),
    );
  const p = periodOf(plan);
  const who = [opdNama ?? plan.pemda[0]?.value, p ? `${p.mulai}–${p.selesai}` : undefined].filter(Boolean).join(', ');
  return {
    title: msg(`IKU manual${who ? ` — ${who}` : ''}`, `Manual IKU${who ? ` — ${who}` : ''}`),
    columns: [
      { key: 'no', header: msg('No', 'No'), align: 'right' },
      { key: 'pemilik', header: msg('Owner', 'Pemilik'), weight: 1.5 },
      { key: 'sasaran', header: msg('Objective', 'Sasaran'), weight: 3 },
      { key: 'indikator', header: msg('Key indicator', 'Indikator kinerja utama'), weight: 3 },
      { key: 'definisi', header: msg('Definition', 'Definisi operasional'), weight: 4 },
      { key: 'rumus', header: msg('Formula', 'Rumus'), weight: 3 },
      { key: 'satuan', header: msg('Unit', 'Satuan'), weight: 1.5 },
      { key: 'sumber_data', header: msg('Data source', 'Sumber data'), weight: 2 },
      { key: 'penanggung_jawab', header: msg('Responsible', 'Penanggung jawab'), weight: 2.5 },
      { key: 'periode_pelaporan', header: msg('Reporting period', 'Periode pelaporan'), weight: 1.5 },
    ],
    rows,
    notes,
    numbered: true,
  };
}
