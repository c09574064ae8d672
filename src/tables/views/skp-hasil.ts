// The hasil kerja of an SKP in the form of PermenPANRB 6/2022 for one year: each rencana hasil
// kerja (RHK) with the RHK of the leader it intervenes (for a JPT — a kepala OPD — the Pemda target
// it serves), its indicators by aspek (kuantitas, kualitas, waktu) and that year's targets; for
// pelaksana and functional staff the results of the SOP steps they perform. Signed by the employee
// and the assessor (pejabat penilai kinerja).
import { msg } from '../../core/message.js';
import { answeringSuperior, type PositionFacts } from '../../model/people.js';
import type { Plan, PlanJabatan, PlanNode } from '../../model/plan.js';
import { placeAndDate, signingOf } from '../../model/signing.js';
import { targetShown } from '../../model/target-text.js';
import { formatNumber, formatQuantity } from '../../values/format.js';
import type { Cell, Signatory, Table } from '../table.js';
import { pemdaGoal } from './renstra.js';

/** The kinds of position PermenPANRB 6/2022 writes an SKP for. */
export function skpKind(j: PlanJabatan): string {
  const d = j.data;
  if (d.jenis === 'struktural') return d.eselon === 'II' ? 'JPT pratama' : d.eselon === 'III' ? 'administrator' : d.eselon === 'IV' ? 'pengawas' : 'struktural';
  return d.jenis === 'fungsional' ? 'fungsional' : 'pelaksana';
}

const QUALITY = /^(%|(persen|indeks|predikat|nilai|skor|level|tingkat)\b)/i;
const TIME = /^(hari|minggu|bulan|jam)\b/i;

/** The aspek of an indicator, from what its satuan counts: a share, index or grade is kualitas; a duration waktu; a count kuantitas. */
function aspek(satuan: string | undefined): string {
  const s = (satuan ?? '').trim();
  if (QUALITY.test(s)) return 'Kualitas';
  if (TIME.test(s)) return 'Waktu';
  return 'Kuantitas';
}

/** The leader's RHK this target intervenes: the nearest of the assessor's targets above it; for a kepala OPD, the Pemda target. */
function intervened(node: PlanNode, sup: PlanJabatan | undefined): PlanNode | undefined {
  if (!sup) return pemdaGoal(node);
  const theirs = new Set(sup.sasaran.flatMap((r) => (r.target ? [r.target] : [])));
  const seen = new Set<PlanNode>();
  const queue = [node];
  while (queue.length) {
    const n = queue.shift()!;
    if (seen.has(n)) continue;
    seen.add(n);
    if (n !== node && theirs.has(n)) return n;
    queue.push(...n.parents);
  }
  return undefined;
}

/** A position's signatory; without a position, the Kepala Daerah (who assesses a kepala OPD). */
function signatory(j: PlanJabatan | undefined, role: ReturnType<typeof msg>, head: { jabatan: string; nama?: string }): Signatory {
  if (!j) return { role, jabatan: head.jabatan, nama: head.nama };
  const p = j.data.pejabat;
  return { role, jabatan: j.nama, nama: p?.nama, pangkat: p?.pangkat, nip: p?.nip ?? '' };
}

export function hasilKerja(plan: Plan, p: PositionFacts, year: number): Table {
  const j = p.jabatan;
  const sup = answeringSuperior(j) ?? j.atasan?.target;
  const rows: Cell[][] = [];
  let no = 0;
  let noTarget = 0;
  let unreadable = 0;
  for (const n of [...new Set(j.sasaran.flatMap((r) => (r.target ? [r.target] : [])))]) {
    no++;
    const up = intervened(n, sup);
    const inds = n.indicators.length ? n.indicators : [undefined];
    inds.forEach((ind, k) => {
      const t = ind ? targetShown(plan, ind, year) : undefined;
      if (ind && !t?.text) noTarget++;
      if (t?.unreadable) unreadable++;
      rows.push([
        k === 0 ? { text: String(no), value: no } : null,
        k === 0 ? (up?.nama ?? null) : null,
        k === 0 ? n.nama : null,
        ind ? aspek(ind.data.satuan) : null,
        ind ? (ind.data.nama ?? ind.label) : null,
        t?.text ? { text: t.withSatuan, value: t.value ?? t.withSatuan } : null,
      ]);
    });
  }
  // Staff: each SOP step performed is a result, measured by how many a year and how long each takes.
  for (const f of p.steps) {
    no++;
    const step = f.step;
    const count = f.output && f.perYear !== undefined ? { ...f.output, value: f.output.value * f.perYear } : undefined;
    rows.push([
      { text: String(no), value: no },
      step.owner.nama,
      step.data.nama ?? step.label,
      'Kuantitas',
      `Jumlah ${f.output?.unit ?? 'hasil'} yang diselesaikan`,
      count ? { text: formatQuantity(count), value: count.value } : null,
    ]);
    if (f.minutes !== undefined)
      rows.push([null, null, null, 'Waktu', 'Waktu penyelesaian setiap kali', `${formatNumber(f.minutes / 60, { maxDecimals: 2 })} jam`]);
  }
  const signing = signingOf(plan);
  const head = { jabatan: signing.kepalaDaerah, nama: signing.kepalaDaerahNama };
  const notes = [
    msg(
      `Period assessed: 1 January – 31 December ${year}. Kind of position (PermenPANRB 6/2022): ${skpKind(j)}. Aspek from the indicator's satuan: %, indeks, predikat = kualitas; hari, bulan, jam = waktu; else kuantitas.`,
      `Periode penilaian: 1 Januari – 31 Desember ${year}. Jenis jabatan (PermenPANRB 6/2022): ${skpKind(j)}. Aspek menurut satuan indikator: %, indeks, predikat = kualitas; hari, bulan, jam = waktu; selain itu kuantitas.`,
    ),
  ];
  if (!sup)
    notes.push(
      msg(
        'RHK pimpinan: for a position with no atasan (a kepala OPD), the Pemda target its sasaran serves.',
        'RHK pimpinan: bagi jabatan tanpa atasan (kepala OPD), sasaran Pemda yang didukung sasarannya.',
      ),
    );
  if (noTarget)
    notes.push(
      msg(
        `${noTarget} indicator(s) have no target for ${year}: write the target per year.`,
        `${noTarget} indikator tidak memiliki target tahun ${year}: tuliskan target per tahun.`,
      ),
    );
  if (unreadable)
    notes.push(
      msg(
        `${unreadable} target(s) could not be read and are shown as written; run cascade validate.`,
        `${unreadable} target tidak dapat dibaca dan ditampilkan apa adanya; jalankan cascade validate.`,
      ),
    );
  if (!rows.length)
    notes.push(
      msg(
        'The position answers for no target and performs no SOP step.',
        'Jabatan ini tidak bertanggung jawab atas sasaran dan tidak mengerjakan langkah SOP.',
      ),
    );
  return {
    title: msg(`SKP ${year} — results (PermenPANRB 6/2022) — ${j.nama}`, `SKP tahun ${year} — hasil kerja (PermenPANRB 6/2022) — ${j.nama}`),
    columns: [
      { key: 'no', header: msg('No', 'No'), align: 'right' },
      { key: 'rhk_pimpinan', header: msg("Leader's RHK intervened", 'RHK pimpinan yang diintervensi'), weight: 3 },
      { key: 'rhk', header: msg('Planned result (RHK)', 'Rencana hasil kerja'), weight: 3 },
      { key: 'aspek', header: msg('Aspect', 'Aspek'), weight: 1.5 },
      { key: 'indikator', header: msg('Individual performance indicator', 'Indikator kinerja individu'), weight: 3 },
      { key: 'target', header: msg(`Target ${year}`, `Target ${year}`), align: 'right', numFmt: 'number' },
    ],
    rows,
    notes,
    form: {
      signatures: {
        placeDate: placeAndDate(signing, year),
        left: signatory(sup, msg('Pejabat Penilai Kinerja,', 'Pejabat Penilai Kinerja,'), head),
        right: signatory(j, msg('Pegawai yang Dinilai,', 'Pegawai yang Dinilai,'), head),
      },
    },
  };
}
