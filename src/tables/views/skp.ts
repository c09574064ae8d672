// One position's SKP for a year (PermenPANRB 6/2022): who it answers to, its hasil kerja
// (skp-hasil.ts) and the SOP steps it performs.
import { UsageError } from '../../core/errors.js';
import { msg } from '../../core/message.js';
import { descendants } from '../../model/levels.js';
import { answeringSuperior, durationShown, peopleOf, type PositionFacts, type StepFacts } from '../../model/people.js';
import type { Plan, PlanJabatan, PlanNode } from '../../model/plan.js';
import { closest } from '../../core/suggest.js';
import { formatDuration } from '../../values/duration.js';
import { formatNumber, formatQuantity } from '../../values/format.js';
import type { Cell, Table } from '../table.js';
import { documentYear } from '../../model/document-year.js';
import { hasilKerja } from './skp-hasil.js';
import type { TableView, ViewOptions } from './view.js';

const named = (x: { id: string; nama: string }) => `${x.id} — ${x.nama}`;

/** The position --jabatan names; the usage error lists some ids, or suggests the nearest. */
export function findJabatan(plan: Plan, id: string | undefined, view = 'skp'): PlanJabatan {
  const ids = plan.jabatan.map((j) => j.id);
  if (id === undefined) {
    const some = ids.length > 8 ? `${ids.slice(0, 8).join(', ')}, …` : ids.join(', ');
    throw new UsageError(
      ids.length
        ? msg(`The ${view} table is one position's: give --jabatan ID (${some}).`, `Tabel ${view} adalah milik satu jabatan: berikan --jabatan ID (${some}).`)
        : msg(
            `The ${view} table is one position's, and the plan has no jabatan.`,
            `Tabel ${view} adalah milik satu jabatan, dan rencana ini tidak memuat jabatan.`,
          ),
    );
  }
  const found = plan.jabatan.find((j) => j.id === id);
  if (found) return found;
  const guess = closest(id, ids);
  throw new UsageError(
    msg(
      `No jabatan "${id}" in the plan.${guess ? ` Did you mean ${guess}?` : ''}`,
      `Tidak ada jabatan "${id}" dalam rencana.${guess ? ` Maksud Anda ${guess}?` : ''}`,
    ),
  );
}

function jenisText(j: PlanJabatan): string {
  const d = j.data;
  if (d.jenis === 'struktural') return d.eselon ? `struktural, eselon ${d.eselon}` : 'struktural';
  if (d.jenis === 'fungsional') {
    const sup = d.supervisi === true ? ', dengan supervisi' : d.supervisi === false ? ', tanpa supervisi' : '';
    return `fungsional${d.setara ? `, setara ${d.setara}` : ''}${sup}`;
  }
  return String(d.jenis ?? '');
}

/** The superior's targets this position's work serves (the "rencana hasil kerja atasan yang diintervensi"). */
function servedTargets(j: PlanJabatan): PlanNode[] {
  const sup = answeringSuperior(j);
  if (!sup) return [];
  const mine = [...j.sasaran.flatMap((r) => (r.target ? [r.target] : [])), ...j.steps.map((s) => s.owner)];
  const theirs = sup.sasaran.flatMap((r) => (r.target ? [r.target] : []));
  const served = theirs.filter((t) => {
    const under = descendants(t);
    return mine.some((m) => under.has(m));
  });
  return served.length ? served : theirs;
}

function identity(p: PositionFacts, effective: number): Table {
  const j = p.jabatan;
  const up = j.atasan?.target;
  return {
    title: msg(`SKP — ${named(j)}`, `SKP — ${named(j)}`),
    columns: [
      { key: 'jabatan', header: msg('Position', 'Jabatan'), weight: 2 },
      { key: 'jenis', header: msg('Kind', 'Jenis'), weight: 1.5 },
      { key: 'opd', header: msg('OPD', 'OPD'), weight: 1.5 },
      { key: 'atasan', header: msg('Answers to (assessor)', 'Atasan (pejabat penilai)'), weight: 2 },
      { key: 'sasaran_atasan', header: msg("Superior's targets it serves", 'Hasil kerja atasan yang diintervensi'), weight: 2 },
    ],
    rows: [[named(j), jenisText(j), p.opd ? named(p.opd) : '', up ? named(up) : (j.atasan?.id ?? ''), servedTargets(j).map(named).join('\n')]],
    notes: p.steps.length
      ? [
          msg(
            `SOP work: ${formatDuration(p.minutesPerYear)} a year, ${formatNumber(p.share * 100, { maxDecimals: 2 })}% of the effective ${formatNumber(effective)} jam.`,
            `Pekerjaan SOP: ${formatDuration(p.minutesPerYear)} setahun, ${formatNumber(p.share * 100, { maxDecimals: 2 })}% dari ${formatNumber(effective)} jam efektif.`,
          ),
        ]
      : [],
  };
}

function stepRow(f: StepFacts): Cell[] {
  const d = f.step.data as unknown as Record<string, unknown>;
  const raw = (k: string) => (d[k] === undefined ? '' : String(d[k]));
  return [
    f.step.tahap,
    f.step.data.nama ?? f.step.label,
    f.output ? formatQuantity(f.output) : raw('output'), // text: the unit says what is produced
    f.minutes !== undefined ? { text: durationShown(f)!, value: f.minutes / 60 } : raw('durasi'),
    f.perYear !== undefined ? { text: formatNumber(f.perYear), value: f.perYear } : raw('frekuensi'),
    f.minutesPerYear !== undefined ? { text: formatDuration(f.minutesPerYear), value: f.minutesPerYear / 60 } : null,
  ];
}

/** The steps it performs, one table per kegiatan (as SOPs are written), in the order written. */
function steps(p: PositionFacts): Table[] {
  const byOwner = new Map<PlanNode, StepFacts[]>();
  for (const f of p.steps) byOwner.set(f.step.owner, [...(byOwner.get(f.step.owner) ?? []), f]);
  return [...byOwner].map(([owner, facts]) => {
    const problems = facts.reduce((a, f) => a + f.problems.length, 0);
    const minutes = facts.reduce((a, f) => a + (f.minutesPerYear ?? 0), 0);
    return {
      title: msg(`SOP steps it performs — ${named(owner)}`, `Langkah SOP yang dikerjakan — ${named(owner)}`),
      columns: [
        { key: 'tahap', header: msg('Stage', 'Tahap'), weight: 2 },
        { key: 'langkah', header: msg('Step', 'Langkah'), weight: 4 },
        { key: 'output', header: msg('Output', 'Output'), weight: 2 },
        { key: 'durasi', header: msg('Duration', 'Durasi'), align: 'right', numFmt: 'number' },
        { key: 'frekuensi', header: msg('Times/year', 'Kali/tahun'), align: 'right', numFmt: 'number' },
        { key: 'jam_per_tahun', header: msg('Hours/year', 'Jam/tahun'), align: 'right', numFmt: 'number' },
      ],
      rows: facts.map(stepRow),
      footer: [['', 'Jumlah (total)', '', '', '', { text: formatDuration(minutes), value: minutes / 60 }]],
      notes: [
        msg(
          'Output is per occurrence; durations and hours are in hours in JSON, CSV and XLSX.',
          'Output per sekali pelaksanaan; durasi dan jam dalam JSON, CSV, dan XLSX dinyatakan dalam jam.',
        ),
        ...(problems
          ? [
              msg(
                `${problems} value(s) could not be read and are shown as written; run cascade validate.`,
                `${problems} nilai tidak dapat dibaca dan ditampilkan apa adanya; jalankan cascade validate.`,
              ),
            ]
          : []),
      ],
    };
  });
}

export const skpView: TableView = {
  name: 'skp',
  description: msg(
    "One position's SKP for a year (PermenPANRB 6/2022): whom it answers to, its planned results with the leader's they intervene, indicators by aspect and targets, its SOP steps.",
    'SKP satu jabatan untuk satu tahun (PermenPANRB 6/2022): atasannya, rencana hasil kerja dengan RHK pimpinan yang diintervensi, indikator per aspek dan target, langkah SOP-nya.',
  ),
  build(plan: Plan, opts: ViewOptions): Table[] {
    const j = findJabatan(plan, opts.jabatan);
    const year = documentYear(plan, opts.tahun, msg('SKP', 'SKP'));
    const people = peopleOf(plan, opts.settings);
    const p = people.byJabatan.get(j)!;
    return [identity(p, people.effectiveHoursPerYear), hasilKerja(plan, p, year), ...steps(p)];
  },
};
