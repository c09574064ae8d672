// The workload of positions (analisis beban kerja): hours a year of SOP work against the
// effective working time, and the staff each OPD's work needs.
import { msg } from '../../core/message.js';
import { peopleOf, type PositionFacts } from '../../model/people.js';
import type { Plan, PlanOpd } from '../../model/plan.js';
import type { Settings } from '../../core/settings.js';
import { formatDuration } from '../../values/duration.js';
import { formatNumber } from '../../values/format.js';
import type { Cell, Table } from '../table.js';

const hours = (minutes: number): Cell => ({ text: formatDuration(minutes), value: minutes / 60 });
const percent = (share: number): Cell => ({ text: `${formatNumber(share * 100, { maxDecimals: 2 })}%`, value: share * 100 });
const staff = (share: number): Cell => ({ text: formatNumber(share, { maxDecimals: 2 }), value: share });

/** The positions table and the per-OPD table; only `opd`'s positions when it is given. */
export function workloadTables(plan: Plan, settings: Settings, opd?: PlanOpd): Table[] {
  const people = peopleOf(plan, settings);
  const positions = people.positions.filter((p) => !opd || p.opd === opd);
  const effective = people.effectiveHoursPerYear;

  const rows: Cell[][] = positions.map((p) => [
    p.jabatan.id,
    p.jabatan.nama,
    p.opd?.id ?? '',
    p.steps.length,
    p.steps.length ? hours(p.minutesPerYear) : null,
    p.steps.length ? percent(p.share) : null,
  ]);

  const byOpd = new Map<PlanOpd | undefined, PositionFacts[]>();
  for (const p of positions) byOpd.set(p.opd, [...(byOpd.get(p.opd) ?? []), p]);
  const opdRows: Cell[][] = [...byOpd].map(([o, ps]) => {
    const minutes = ps.reduce((a, p) => a + p.minutesPerYear, 0);
    return [o?.id ?? '—', o?.nama ?? '', ps.length, ps.reduce((a, p) => a + p.steps.length, 0), hours(minutes), staff(minutes / 60 / effective)];
  });
  const allMinutes = positions.reduce((a, p) => a + p.minutesPerYear, 0);

  const notes = [
    msg(
      `Hours/year = Σ durasi × frekuensi of the SOP steps a position performs; effective working time: ${formatNumber(effective)} jam a year per employee (% effective = hours/year ÷ that); a working day (hari) is ${formatNumber(people.hoursPerDay)} jam.`,
      `Jam/tahun = Σ durasi × frekuensi langkah SOP yang dikerjakan jabatan; jam kerja efektif: ${formatNumber(effective)} jam setahun per pegawai (% efektif = jam/tahun ÷ jam itu); satu hari kerja = ${formatNumber(people.hoursPerDay)} jam.`,
    ),
  ];
  for (const p of positions) {
    if (!p.unknown.length) continue;
    const n = p.unknown.length;
    notes.push(
      msg(
        `${p.jabatan.id}: ${n} step${n > 1 ? 's' : ''} without a readable durasi or frekuensi, left out of its hours (see cascade validate).`,
        `${p.jabatan.id}: ${n} langkah tanpa durasi atau frekuensi yang terbaca, tidak dihitung dalam jamnya (lihat cascade validate).`,
      ),
    );
  }

  return [
    {
      title: msg('Workload of positions', 'Beban kerja jabatan'),
      columns: [
        { key: 'jabatan', header: msg('Position', 'Jabatan'), weight: 2 },
        { key: 'nama', header: msg('Name', 'Nama'), weight: 3 },
        { key: 'opd', header: msg('OPD', 'OPD'), weight: 1.5 },
        { key: 'langkah', header: msg('Steps', 'Langkah'), align: 'right', numFmt: 'number' },
        { key: 'jam_per_tahun', header: msg('Hours/year', 'Jam/tahun'), align: 'right', numFmt: 'number' },
        { key: 'porsi', header: msg('% effective', '% efektif'), align: 'right', numFmt: 'percent' },
      ],
      rows,
      notes,
    },
    {
      title: msg('Staff the workload needs, per OPD', 'Kebutuhan pegawai menurut beban kerja, per OPD'),
      columns: [
        { key: 'opd', header: msg('OPD', 'OPD') },
        { key: 'nama', header: msg('Name', 'Nama'), weight: 3 },
        { key: 'jabatan', header: msg('Positions', 'Jabatan'), align: 'right', numFmt: 'number' },
        { key: 'langkah', header: msg('Steps', 'Langkah'), align: 'right', numFmt: 'number' },
        { key: 'jam_per_tahun', header: msg('Hours/year', 'Jam/tahun'), align: 'right', numFmt: 'number' },
        { key: 'pegawai', header: msg('Staff needed', 'Pegawai dibutuhkan'), align: 'right', numFmt: 'number' },
      ],
      rows: opdRows,
      footer:
        byOpd.size > 1
          ? [['Jumlah (total)', '', positions.length, positions.reduce((a, p) => a + p.steps.length, 0), hours(allMinutes), staff(allMinutes / 60 / effective)]]
          : undefined,
      notes: [msg(`Staff needed = hours/year ÷ ${formatNumber(effective)} jam.`, `Pegawai dibutuhkan = jam/tahun ÷ ${formatNumber(effective)} jam.`)],
    },
  ];
}
