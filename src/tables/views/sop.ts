// The SOP of each kegiatan: its stages and steps with output, duration, frequency and who does
// them — the business process the individual performance targets come from.
import { UsageError } from '../../core/errors.js';
import { msg, type Msg } from '../../core/message.js';
import { peopleOf, type StepFacts } from '../../model/people.js';
import type { Plan } from '../../model/plan.js';
import { closest } from '../../core/suggest.js';
import { selectTree } from '../../model/select.js';
import { formatDuration, formatNumber, formatQuantity } from '../../values/index.js';
import type { Cell, Column, Table } from '../table.js';
import { opdCell } from './cascade.js';
import type { TableView, ViewOptions } from './view.js';

function stepRow(no: number, f: StepFacts): Cell[] {
  const d = f.step.data as unknown as Record<string, unknown>;
  const raw = (k: string): Cell => (typeof d[k] === 'string' || typeof d[k] === 'number' ? String(d[k]) : null);
  const who = f.step.pelaksana;
  return [
    f.step.tahap,
    { text: String(no), value: no },
    f.step.data.nama ?? f.step.label,
    f.output ? formatQuantity(f.output) : raw('output'),
    f.minutes !== undefined ? { text: formatDuration(f.minutes), value: f.minutes / 60 } : raw('durasi'),
    f.perYear !== undefined ? { text: formatNumber(f.perYear), value: f.perYear } : raw('frekuensi'),
    f.minutesPerYear !== undefined ? { text: formatDuration(f.minutesPerYear), value: f.minutesPerYear / 60 } : null,
    // People read the position's name; machines get its id.
    who ? { text: who.target?.nama ?? who.id, value: who.id } : null,
  ];
}

const COLUMNS: Column[] = [
  { key: 'tahap', header: msg('Stage', 'Tahap'), weight: 2.5 },
  { key: 'no', header: msg('No.', 'No.'), align: 'right' },
  { key: 'langkah', header: msg('Step', 'Langkah'), weight: 4 },
  { key: 'output', header: msg('Output', 'Output'), weight: 1.5 },
  { key: 'durasi', header: msg('Duration', 'Durasi'), align: 'right', numFmt: 'number' },
  { key: 'frekuensi', header: msg('Times/year', 'Kali/tahun'), align: 'right', numFmt: 'number' },
  { key: 'jam_per_tahun', header: msg('Hours/year', 'Jam/tahun'), align: 'right', numFmt: 'number' },
  { key: 'pelaksana', header: msg('Done by', 'Pelaksana'), weight: 1.5 },
];

export const sopView: TableView = {
  name: 'sop',
  description: msg(
    'The SOP steps of each kegiatan: stage, output, duration, frequency and pelaksana.',
    'Langkah SOP setiap kegiatan: tahap, output, durasi, frekuensi, dan pelaksana.',
  ),
  build(plan: Plan, opts: ViewOptions): Table[] {
    if (opts.jabatan !== undefined && !plan.jabatan.some((j) => j.id === opts.jabatan)) {
      const guess = closest(
        opts.jabatan,
        plan.jabatan.map((j) => j.id),
      );
      throw new UsageError(
        msg(
          `No jabatan "${opts.jabatan}" in the plan.${guess ? ` Did you mean ${guess}?` : ''}`,
          `Tidak ada jabatan "${opts.jabatan}" dalam rencana.${guess ? ` Maksud Anda ${guess}?` : ''}`,
        ),
      );
    }
    const people = peopleOf(plan, opts.settings);
    // The kegiatan in the order of the cascade; --opd keeps that OPD's (and says so if it names none).
    const owners = selectTree(plan, { opd: opts.opd }).nodes.filter((n) => n.steps.length && (opts.opd === undefined || n.opd?.id === opts.opd));
    let unreadable = 0;
    // One table per kegiatan, as SOPs are written; the steps numbered through its stages.
    const tables: Table[] = [];
    for (const owner of owners) {
      const rows: Cell[][] = [];
      let minutes = 0;
      owner.steps.forEach((step, i) => {
        if (opts.jabatan !== undefined && step.pelaksana?.id !== opts.jabatan) return;
        const f = people.steps.get(step)!;
        unreadable += f.problems.length;
        minutes += f.minutesPerYear ?? 0;
        rows.push(stepRow(i + 1, f));
      });
      if (!rows.length) continue;
      const opd = opdCell(owner);
      const title = `SOP ${owner.id} — ${owner.nama}${opd ? ` (${opd})` : ''}`;
      tables.push({
        title: msg(title, title),
        columns: COLUMNS,
        rows,
        footer: [[null, null, 'Jumlah', null, null, null, { text: formatDuration(minutes), value: minutes / 60 }, null]],
      });
    }
    const notes: Msg[] = [
      msg(
        'No. counts the steps of the kegiatan through its stages. Output is per occurrence; durations and hours are in hours in JSON, CSV and XLSX. Done by names the position; JSON and CSV give its jabatan id.',
        'No. menghitung langkah kegiatan melalui tahap-tahapnya. Output per sekali pelaksanaan; durasi dan jam dalam JSON, CSV, dan XLSX dinyatakan dalam jam. Pelaksana menyebut nama jabatan; JSON dan CSV memberikan id jabatannya.',
      ),
      msg(`A working day (hari) is ${formatNumber(people.hoursPerDay)} hours.`, `Satu hari kerja adalah ${formatNumber(people.hoursPerDay)} jam.`),
    ];
    if (unreadable) {
      notes.push(
        msg(
          `${unreadable} value(s) could not be read and are shown as written; run cascade validate.`,
          `${unreadable} nilai tidak dapat dibaca dan ditampilkan apa adanya; jalankan cascade validate.`,
        ),
      );
    }
    if (opts.tahun !== undefined)
      notes.push(msg('--tahun does not apply: SOP steps are the same every year.', '--tahun tidak berlaku: langkah SOP sama setiap tahun.'));
    if (!tables.length) {
      notes.unshift(
        msg(
          'No SOP step matches: SOP steps are written under `sop` in a kegiatan or sub kegiatan.',
          'Tidak ada langkah SOP yang cocok: langkah SOP ditulis pada `sop` di dalam kegiatan atau sub kegiatan.',
        ),
      );
      return [{ title: msg('SOP', 'SOP'), columns: COLUMNS, rows: [], notes }];
    }
    tables[tables.length - 1].notes = notes;
    return tables;
  },
};
