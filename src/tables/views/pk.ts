// The Perjanjian Kinerja of a position for one year, in the form of PermenPANRB 53/2014: the
// statement between pihak pertama (the position) and pihak kedua (its atasan; the Kepala Daerah
// for a kepala OPD), then the annex — sasaran, indikator and that year's target; the programs or
// kegiatan with that year's anggaran — each signed by both.
import { UsageError } from '../../core/errors.js';
import { msg, type Msg } from '../../core/message.js';
import { BUDGET_LEVELS, budgetOf } from '../../model/budget.js';
import { documentYear } from '../../model/document-year.js';
import { opdOf } from '../../model/people.js';
import type { Level, Plan, PlanJabatan, PlanNode } from '../../model/plan.js';
import { placeAndDate, signingOf } from '../../model/signing.js';
import { targetShown } from '../../model/target-text.js';
import { formatRupiah, sumRupiah } from '../../values/index.js';
import type { Cell, Signatory, Table } from '../table.js';
import { findOpd } from './find-opd.js';
import { moneyOf } from './renstra.js';
import { findJabatan } from './skp.js';
import type { TableView, ViewOptions } from './view.js';

const PK = msg('Perjanjian Kinerja', 'Perjanjian Kinerja');

export const pkView: TableView = {
  name: 'pk',
  description: msg(
    'Perjanjian Kinerja (PermenPANRB 53/2014) of a position (--jabatan) or of every position of an OPD (--opd) for a year: the statement with pihak pertama and kedua, sasaran, indikator and target, programs with their anggaran, signatures.',
    'Perjanjian Kinerja (PermenPANRB 53/2014) satu jabatan (--jabatan) atau semua jabatan satu OPD (--opd) untuk satu tahun: pernyataan pihak pertama dan kedua, sasaran, indikator dan target, program dengan anggarannya, tanda tangan.',
  ),
  build(plan, opts) {
    const positions = chosen(plan, opts);
    const year = documentYear(plan, opts.tahun, PK);
    return positions.flatMap((j) => agreement(plan, j, year));
  },
};

const answered = (j: PlanJabatan): PlanNode[] => [...new Set(j.sasaran.flatMap((r) => (r.target ? [r.target] : [])))];

function chosen(plan: Plan, opts: ViewOptions): PlanJabatan[] {
  if (opts.jabatan !== undefined || opts.opd === undefined) {
    if (opts.jabatan === undefined && !plan.jabatan.length) return [findJabatan(plan, undefined, 'pk')];
    if (opts.jabatan === undefined) {
      throw new UsageError(
        msg(
          'A Perjanjian Kinerja is signed per position: give --jabatan ID, or --opd ID for every position of an OPD.',
          'Perjanjian Kinerja ditandatangani per jabatan: berikan --jabatan ID, atau --opd ID untuk semua jabatan satu OPD.',
        ),
      );
    }
    const j = findJabatan(plan, opts.jabatan, 'pk');
    if (!answered(j).length) {
      throw new UsageError(
        msg(
          `${j.id} answers for no target of the cascade (its sasaran): a Perjanjian Kinerja has nothing to promise; its work is in its SKP (cascade table skp --jabatan ${j.id}).`,
          `${j.id} tidak bertanggung jawab atas sasaran apa pun (kunci sasaran): Perjanjian Kinerja tidak memuat apa-apa; pekerjaannya ada di SKP (cascade table skp --jabatan ${j.id}).`,
        ),
      );
    }
    return [j];
  }
  const opd = findOpd(plan, opts.opd);
  const list = plan.jabatan.filter((j) => opdOf(j) === opd && answered(j).length);
  if (!list.length) {
    throw new UsageError(
      msg(
        `No position of ${opd.id} answers for a target of the cascade (the sasaran of its jabatan).`,
        `Tidak ada jabatan di ${opd.id} yang bertanggung jawab atas sasaran (kunci sasaran pada jabatan).`,
      ),
    );
  }
  return list;
}

function signatory(j: PlanJabatan, role: Msg): Signatory {
  const p = j.data.pejabat;
  return { role, jabatan: j.nama, nama: p?.nama, pangkat: p?.pangkat, nip: p?.nip ?? '' };
}

/** What the annex calls the targets of a level, as the forms of each echelon title them. */
const SASARAN_OF: Partial<Record<Level, Msg>> = {
  sasaran_opd: msg('Strategic objective', 'Sasaran strategis'),
  outcome_antara: msg('Intermediate outcome', 'Outcome antara'),
  sasaran_program: msg('Program objective', 'Sasaran program'),
  sasaran_kegiatan: msg('Activity objective', 'Sasaran kegiatan'),
  program: msg('Program objective', 'Sasaran program'),
  kegiatan: msg('Activity objective', 'Sasaran kegiatan'),
  sub_kegiatan: msg('Sub-activity objective', 'Sasaran sub kegiatan'),
};

/**
 * The budget items a position's annex lists: its own program, kegiatan or sub kegiatan; under a
 * target (sasaran strategis, sasaran program or kegiatan, outcome antara) the first budget items
 * below it — the programs of a kepala OPD, the kegiatan of a sasaran kegiatan.
 */
function budgetItems(plan: Plan, nodes: readonly PlanNode[]): PlanNode[] {
  const budget = budgetOf(plan);
  const items = new Set<PlanNode>();
  const seen = new Set<PlanNode>();
  const stack = [...nodes];
  while (stack.length) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    if (BUDGET_LEVELS.has(n.level)) items.add(n);
    else stack.push(...n.children);
  }
  // A kegiatan listed with its program is part of the program's money: listed once, as the program.
  const within = (n: PlanNode) => {
    for (let p = budget.parentOf(n); p; p = budget.parentOf(p)) if (items.has(p)) return true;
    return false;
  };
  return plan.nodes.filter((n) => items.has(n) && !within(n));
}

function agreement(plan: Plan, j: PlanJabatan, year: number): Table[] {
  const opd = opdOf(j);
  const signing = signingOf(plan);
  const sup = j.atasan?.target && j.atasan.target !== j ? j.atasan.target : undefined;
  const first = signatory(j, msg('Pihak Pertama,', 'Pihak Pertama,'));
  const second: Signatory = sup
    ? signatory(sup, msg('Pihak Kedua,', 'Pihak Kedua,'))
    : { role: msg('Pihak Kedua,', 'Pihak Kedua,'), jabatan: signing.kepalaDaerah, nama: signing.kepalaDaerahNama };
  const signatures = { placeDate: placeAndDate(signing, year), left: second, right: first };
  const where = [opd?.nama, plan.pemda[0]?.value].filter(Boolean).join(' ');
  const jabatanText = (s: Signatory, j2?: PlanJabatan) => {
    const o = j2 ? opdOf(j2) : undefined;
    return o && !s.jabatan.toLowerCase().includes(o.nama.toLowerCase()) ? `${s.jabatan}, ${o.nama}` : s.jabatan;
  };

  const statement: Table = {
    title: msg(`Performance agreement ${year} — ${where || j.nama}`, `PERJANJIAN KINERJA TAHUN ${year} — ${(where || j.nama).toUpperCase()}`),
    columns: [
      { key: 'pihak', header: msg('Party', 'Pihak'), weight: 1 },
      { key: 'nama', header: msg('Name', 'Nama'), weight: 2 },
      { key: 'jabatan', header: msg('Position', 'Jabatan'), weight: 3 },
      { key: 'nip', header: msg('NIP', 'NIP'), weight: 1.5 },
    ],
    rows: [
      ['Pihak pertama', first.nama ?? null, jabatanText(first, j), first.nip || null],
      ['Pihak kedua', second.nama ?? null, sup ? jabatanText(second, sup) : second.jabatan, second.nip || null],
    ],
    form: {
      portrait: true,
      before: [
        msg(
          'In order to bring about effective, transparent and accountable government oriented to results, we the undersigned:',
          'Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:',
        ),
      ],
      after: [
        msg(
          'The first party undertakes to achieve the performance targets in the annex to this agreement, toward the medium-term targets set in the planning documents. Success or failure in achieving them is our responsibility.',
          'Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.',
        ),
        msg(
          'The second party will provide the supervision needed, evaluate the performance achieved under this agreement and take the action needed to reward or sanction.',
          'Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.',
        ),
      ],
      signatures,
    },
  };

  // Annex 1: each target the position answers for, with its indicators and this year's target.
  const nodes = answered(j);
  const levels = new Set(nodes.map((n) => n.level));
  const sasaranHeader = levels.size === 1 ? (SASARAN_OF[[...levels][0]] ?? msg('Objective', 'Sasaran')) : msg('Objective', 'Sasaran');
  const rows: Cell[][] = [];
  let noTarget = 0;
  let unreadable = 0;
  let no = 0;
  for (const n of nodes) {
    no++;
    const lines = n.indicators.length ? n.indicators : [undefined];
    lines.forEach((ind, k) => {
      const t = ind ? targetShown(plan, ind, year) : undefined;
      if (ind && !t?.text) noTarget++;
      if (t?.unreadable) unreadable++;
      rows.push([
        k === 0 ? { text: String(no), value: no } : null,
        k === 0 ? n.nama : null,
        ind ? (ind.data.nama ?? ind.label) : null,
        t?.text ? { text: t.withSatuan, value: t.value ?? t.withSatuan } : null,
      ]);
    });
  }
  const notes: Msg[] = [];
  if (noTarget)
    notes.push(
      msg(
        `${noTarget} indicator(s) have no target for ${year} (only another year's, or the end of the period's): write the target per year.`,
        `${noTarget} indikator tidak memiliki target tahun ${year} (hanya tahun lain atau akhir periode): tuliskan target per tahun.`,
      ),
    );
  if (unreadable)
    notes.push(
      msg(
        `${unreadable} target(s) could not be read and are shown as written; run cascade validate.`,
        `${unreadable} target tidak dapat dibaca dan ditampilkan apa adanya; jalankan cascade validate.`,
      ),
    );
  const targets: Table = {
    title: msg(`Annex: performance targets ${year} — ${j.nama}`, `LAMPIRAN PERJANJIAN KINERJA TAHUN ${year} — ${j.nama.toUpperCase()}`),
    columns: [
      { key: 'no', header: msg('No', 'No'), align: 'right' },
      { key: 'sasaran', header: sasaranHeader, weight: 4 },
      { key: 'indikator', header: msg('Performance indicator', 'Indikator kinerja'), weight: 4 },
      { key: 'target', header: msg(`Target ${year}`, `Target ${year}`), align: 'right', numFmt: 'number' },
    ],
    rows,
    notes,
    form: { portrait: true },
  };

  // Annex 2: the programs (or kegiatan) with this year's money, and the signatures.
  const items = budgetItems(plan, nodes);
  const amounts: number[] = [];
  let missing = 0;
  const moneyRows = items.map((n, i): Cell[] => {
    const m = moneyOf(plan, n);
    const y = m.amount?.years?.get(year);
    let note: string | null = null;
    if (n.opd?.mitra) note = 'mitra, di luar anggaran Pemda';
    else if (m.unreadable) note = 'anggaran tidak terbaca';
    else if (!m.amount) note = 'tanpa anggaran';
    else if (!m.amount.years) note = `${formatRupiah(m.amount.total)} untuk seluruh periode; tidak ada rincian tahun ${year}`;
    if (y !== undefined && !n.opd?.mitra) amounts.push(y);
    else if (!n.opd?.mitra) missing++;
    const kode = typeof n.data.kode === 'string' ? `${n.data.kode} ` : '';
    return [{ text: String(i + 1), value: i + 1 }, `${kode}${n.nama}`, y === undefined ? null : { text: formatRupiah(y), value: y }, note];
  });
  const sum = sumRupiah(amounts);
  const itemHeader = items.every((n) => n.level === 'program')
    ? msg('Program', 'Program')
    : items.every((n) => n.level === 'kegiatan')
      ? msg('Activity', 'Kegiatan')
      : msg('Program / activity', 'Program / kegiatan');
  const budgetNotes: Msg[] = missing
    ? [
        msg(
          `${missing} item(s) have no anggaran for ${year} (see Keterangan): the Jumlah is of the others.`,
          `${missing} item tidak memiliki anggaran tahun ${year} (lihat Keterangan): Jumlah adalah jumlah yang lain.`,
        ),
      ]
    : [];
  const money: Table = {
    title: msg(`Budget ${year}`, `Anggaran tahun ${year}`),
    columns: [
      { key: 'no', header: msg('No', 'No'), align: 'right' },
      { key: 'program', header: itemHeader, weight: 4 },
      { key: 'anggaran', header: msg(`Budget ${year}`, `Anggaran ${year}`), align: 'right', numFmt: 'rupiah' },
      { key: 'keterangan', header: msg('Note', 'Keterangan'), weight: 2 },
    ],
    rows: moneyRows,
    footer: [[null, 'Jumlah', sum.ok && amounts.length ? { text: formatRupiah(sum.value), value: sum.value } : null, null]],
    notes: budgetNotes,
    form: { portrait: true, continues: true, signatures },
  };
  return [statement, targets, money];
}
