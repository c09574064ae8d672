// The capaian table of the LKjIP for one year: per sasaran and key indicator (IKU), the target, the
// realisasi and the capaian by the indicator's arah with its category of Permendagri 86/2017, the
// realisasi of the earlier years of the period, the end-of-period target and the progress to it.
import { UsageError } from '../../core/errors.js';
import { msg, type Msg } from '../../core/message.js';
import { capaianFormula, capaianOf, capaianPercent } from '../../model/capaian.js';
import { bandsNote, kategoriOf } from '../../model/kategori-capaian.js';
import { periodOf, type Plan } from '../../model/plan.js';
import { byYear } from '../../model/targets.js';
import type { Cell, Column, Table } from '../table.js';
import { capaianCell, ikuRows, targetFor, unreadableNote, valueCell, type Row } from './iku.js';
import type { TableView, ViewOptions } from './view.js';

export const lkjipView: TableView = {
  name: 'lkjip',
  description: msg(
    'LKjIP capaian for a year: per sasaran and IKU the target, realisasi, capaian by arah and its category (Permendagri 86/2017), earlier realisasi and progress to the end-of-period target.',
    'Capaian LKjIP satu tahun: per sasaran dan IKU target, realisasi, capaian menurut arah dan kategorinya (Permendagri 86/2017), realisasi tahun sebelumnya, dan progres terhadap target akhir periode.',
  ),
  build(plan, opts) {
    const rows = ikuRows(plan, opts.opd);
    return [lkjipTable(plan, rows, yearOf(plan, rows, opts), opts)];
  },
};

/** --tahun, else the latest year any IKU has a realisasi for (the year an LKjIP reports on). */
function yearOf(plan: Plan, rows: Row[], opts: ViewOptions): number {
  if (opts.tahun !== undefined) return opts.tahun;
  let last: number | undefined;
  for (const r of rows) for (const y of byYear(r.values.realisasi).keys()) if (last === undefined || y > last) last = y;
  if (last !== undefined) return last;
  const p = periodOf(plan);
  throw new UsageError(
    msg(
      `No IKU has a realisasi yet: give --tahun${p ? ` (${p.mulai}–${p.selesai})` : ''} for the form with empty realisasi.`,
      `Belum ada IKU yang memiliki realisasi: berikan --tahun${p ? ` (${p.mulai}–${p.selesai})` : ''} untuk formulir dengan realisasi kosong.`,
    ),
  );
}

function lkjipTable(plan: Plan, rows: Row[], year: number, opts: ViewOptions): Table {
  const { settings } = opts;
  const mode = settings.capaianTurun;
  const p = periodOf(plan);
  const earlier = p ? Array.from({ length: Math.max(0, year - p.mulai) }, (_, i) => p.mulai + i) : [];
  const end = p?.selesai;
  const unreadable = { count: 0 };
  const flagged = { count: 0 };
  const problems: Msg[] = [];
  let previous: Row['node'] | undefined;
  const body = rows.map((r): Cell[] => {
    const real = r.values.realisasi;
    const realFor = (y: number) => targetFor(real, y);
    const c = capaianOf(r.values, mode).find((x) => x.year === year)?.capaian;
    if (c && !c.ok) problems.push(msg(`${r.ind.label} ${year}: ${c.reason.en}`, `${r.ind.label} ${year}: ${c.reason.id}`));
    const endTarget = end === undefined ? undefined : targetFor(r.values.target, end);
    const realNow = realFor(year);
    let progress: Cell = null;
    if (endTarget?.reading.ok && realNow?.reading.ok) {
      const pr = capaianPercent(endTarget.reading.value, realNow.reading.value, r.values.arah, mode);
      if (pr.ok) progress = capaianCell(pr.value, flagged);
    }
    const first = r.node !== previous;
    previous = r.node;
    return [
      first ? r.owner || null : null,
      first ? r.node.nama : null,
      r.ind.data.nama ?? r.ind.label,
      r.values.satuan ?? null,
      r.values.arah,
      valueCell(targetFor(r.values.target, year), r.values, unreadable),
      valueCell(realNow, r.values, unreadable),
      c?.ok ? capaianCell(c.value, flagged) : null,
      c?.ok ? kategoriOf(c.value, settings.kategoriCapaian) : null,
      ...earlier.map((y) => valueCell(realFor(y), r.values, unreadable)),
      valueCell(endTarget, r.values, unreadable),
      progress,
    ];
  });
  const notes: Msg[] = [
    bandsNote(settings.kategoriCapaian),
    ...capaianFormula(mode),
    msg(
      `Progress: the realisasi of ${year} as a capaian of the end-of-period target${end ? ` (${end})` : ''}, by the same formula.`,
      `Progres: realisasi ${year} sebagai capaian terhadap target akhir periode${end ? ` (${end})` : ''}, dengan rumus yang sama.`,
    ),
  ];
  for (const pr of problems) notes.push(msg(`No capaian for ${pr.en}.`, `Capaian tidak dihitung untuk ${pr.id}.`));
  if (flagged.count)
    notes.push(
      msg(
        `(!) ${flagged.count} capaian below 0% or above 150%: check the target, the realisasi and the arah.`,
        `(!) ${flagged.count} capaian di bawah 0% atau di atas 150%: periksa target, realisasi, dan arahnya.`,
      ),
    );
  if (!rows.length)
    notes.push(
      msg('No indicator of a Sasaran Pemda or a Sasaran Strategis OPD was found.', 'Tidak ditemukan indikator Sasaran Pemda atau Sasaran Strategis OPD.'),
    );
  if (unreadable.count) notes.push(unreadableNote(unreadable.count));
  const owner = opts.opd !== undefined ? plan.opds.find((o) => o.id === opts.opd) : undefined;
  const who = owner ? `${owner.nama} (${owner.id})` : (plan.pemda[0]?.value ?? '');
  const earlierGroup = msg('Realisasi of earlier years', 'Realisasi tahun sebelumnya');
  const endGroup = msg(`End of period${end ? ` ${end}` : ''}`, `Akhir periode${end ? ` ${end}` : ''}`);
  const yearGroup = msg(String(year), String(year));
  return {
    title: msg(`LKjIP — capaian kinerja ${year}${who ? ` — ${who}` : ''}`, `LKjIP — capaian kinerja tahun ${year}${who ? ` — ${who}` : ''}`),
    columns: [
      { key: 'pemilik', header: msg('Owner', 'Pemilik'), weight: 1.5 },
      { key: 'sasaran', header: msg('Objective', 'Sasaran'), weight: 3 },
      { key: 'indikator', header: msg('Indicator', 'Indikator'), weight: 3.5 },
      { key: 'satuan', header: msg('Unit', 'Satuan'), weight: 1.5 },
      { key: 'arah', header: msg('Arah', 'Arah'), weight: 1 },
      {
        key: 'target',
        header: msg(`Target ${year}`, `Target ${year}`),
        align: 'right',
        numFmt: 'number',
        group: { title: yearGroup, header: msg('Target', 'Target') },
      },
      {
        key: 'realisasi',
        header: msg(`Realisasi ${year}`, `Realisasi ${year}`),
        align: 'right',
        numFmt: 'number',
        group: { title: yearGroup, header: msg('Realisasi', 'Realisasi') },
      },
      {
        key: 'capaian',
        header: msg(`Capaian ${year}`, `Capaian ${year}`),
        align: 'right',
        numFmt: 'percent',
        group: { title: yearGroup, header: msg('Capaian', 'Capaian') },
      },
      { key: 'kategori', header: msg('Category', 'Kategori'), weight: 1.5, group: { title: yearGroup, header: msg('Category', 'Kategori') } },
      ...earlier.map(
        (y): Column => ({
          key: `realisasi_${y}`,
          header: msg(`Realisasi ${y}`, `Realisasi ${y}`),
          align: 'right',
          numFmt: 'number',
          group: { title: earlierGroup, header: msg(String(y), String(y)) },
        }),
      ),
      {
        key: 'target_akhir',
        header: msg('End target', 'Target akhir'),
        align: 'right',
        numFmt: 'number',
        group: { title: endGroup, header: msg('Target', 'Target') },
      },
      {
        key: 'progres',
        header: msg('Progress to end', 'Progres'),
        align: 'right',
        numFmt: 'percent',
        group: { title: endGroup, header: msg('Progress', 'Progres') },
      },
    ],
    rows: body,
    notes,
    numbered: true,
  };
}
