// The key indicators (IKU) of the Pemda and of each OPD, as the RPJMD and Renstra tables list them:
// baseline and the target of each year; then realisasi and capaian where a realisasi is given.
import { UsageError } from '../../core/errors.js';
import { msg, type Msg } from '../../core/message.js';
import { capaianFormula, capaianOf } from '../../model/capaian.js';
import { isIkuNode } from '../../model/iku.js';
import { periodOf, type Level, type Plan, type PlanIndicator, type PlanNode } from '../../model/plan.js';
import { closest } from '../../core/suggest.js';
import { valuesOf, type IndicatorValues, type Series, type ValueAt } from '../../model/targets.js';
import { formatNumber, formatTargetValue } from '../../values/index.js';
import type { Cell, Column, Table } from '../table.js';
import type { TableView, ViewOptions } from './view.js';

/** The level column says whose IKU it is. */
const LEVEL_TEXT: Partial<Record<Level, string>> = { sasaran: 'IKU Pemda', sasaran_opd: 'IKU OPD' };
const PEMDA = 'Pemda';

export interface Row {
  node: PlanNode;
  ind: PlanIndicator;
  values: IndicatorValues;
  owner: string;
}

export const ikuView: TableView = {
  name: 'iku',
  description: msg(
    'Key indicators (IKU) of the Pemda (its sasaran) and of each OPD (its sasaran strategis): baseline, target per year, realisasi and capaian.',
    'Indikator kinerja utama (IKU) Pemda (sasarannya) dan setiap OPD (sasaran strategisnya): baseline, target per tahun, realisasi, dan capaian.',
  ),
  build(plan, opts) {
    const rows = ikuRows(plan, opts.opd);
    const tables = [summaryTable(plan, rows, opts)];
    // With --tahun the summary already shows that year's target.
    const years = opts.tahun === undefined ? yearsTable(plan, rows) : undefined;
    if (years) tables.push(years);
    const real = realisasiTable(rows, opts);
    if (real) tables.push(real);
    return tables;
  },
};

/** The indicators shown, Pemda first, then each OPD in the order the plan lists them. */
export function ikuRows(plan: Plan, opd: string | undefined): Row[] {
  if (opd !== undefined && !plan.opds.some((o) => o.id === opd)) {
    const guess = closest(
      opd,
      plan.opds.map((o) => o.id),
    );
    throw new UsageError(
      msg(
        `No OPD "${opd}" in the plan.${guess ? ` Did you mean ${guess}?` : ''}`,
        `Tidak ada OPD "${opd}" dalam rencana.${guess ? ` Maksud Anda ${guess}?` : ''}`,
      ),
    );
  }
  const rank = new Map<string, number>([[PEMDA, -1], ...plan.opds.map((o, i) => [o.id, i] as [string, number])]);
  const rows: Array<Row & { order: number }> = [];
  for (const node of plan.nodes) {
    if (!isIkuNode(node)) continue;
    const owner = node.level === 'sasaran' ? PEMDA : (node.opd?.id ?? '');
    if (opd !== undefined && owner !== opd) continue;
    for (const ind of node.indicators) rows.push({ node, ind, values: valuesOf(plan, ind), owner, order: rows.length });
  }
  const at = (r: Row) => rank.get(r.owner) ?? plan.opds.length;
  return rows.sort((a, b) => at(a) - at(b) || a.order - b.order);
}

/** A value as the plan writes it: Indonesian digits, scale words, its unit; "%" on every percentage. */
export function valueCell(v: ValueAt | undefined, iv: IndicatorValues, unreadable: { count: number }): Cell {
  if (!v) return null;
  // "N/A", "belum ada data": shown as written, never as a number, and not an unreadable value.
  if (v.noData) return { text: String(v.raw).trim(), value: null };
  if (!v.reading.ok) {
    unreadable.count++;
    return { text: String(v.raw), value: String(v.raw) };
  }
  const tv = v.reading.value;
  const shown = tv.kind !== 'predikat' && tv.unit === undefined && iv.percent ? { ...tv, unit: '%' } : tv;
  return { text: formatTargetValue(shown, { scaleWords: true }), value: tv.kind === 'number' ? tv.value : formatTargetValue(tv) };
}

/** The target for a year: from the map, or the single end-of-period one for the period's last year. */
export function targetFor(t: Series | undefined, year: number): ValueAt | undefined {
  if (!t) return undefined;
  return t.single ? (t.single.year === year ? t.single : undefined) : t.years.find((v) => v.year === year);
}

/**
 * One row per indicator with its end-of-period target (or the target of --tahun): the summary a
 * Renstra opens with, narrow enough for a terminal; the years follow in their own table.
 */
function summaryTable(plan: Plan, rows: Row[], opts: ViewOptions): Table {
  const unreadable = { count: 0 };
  const p = periodOf(plan);
  const year = opts.tahun ?? p?.selesai;
  const body = rows.map((r): Cell[] => {
    const t = r.values.target;
    // Without a year to ask for, the end-of-period target is the single one or the last written.
    const target = year !== undefined ? targetFor(t, year) : (t?.single ?? lastYear(t));
    return [
      { text: LEVEL_TEXT[r.node.level] ?? r.node.level, value: r.node.level },
      r.owner || null,
      r.ind.data.nama ?? r.ind.label,
      r.values.satuan ?? null,
      r.values.arah,
      valueCell(r.values.baseline?.value, r.values, unreadable),
      valueCell(target, r.values, unreadable),
    ];
  });
  const owner = opts.opd !== undefined ? plan.opds.find((o) => o.id === opts.opd)! : undefined;
  const who = owner ? `${owner.nama} (${owner.id})` : plan.pemda[0]?.value;
  const heading = [who, p ? `${p.mulai}–${p.selesai}` : undefined].filter(Boolean).join(', ');
  const title = heading ? `IKU — ${heading}` : 'IKU';
  const notes: Msg[] = [];
  if (!rows.length)
    notes.push(
      msg('No indicator of a Sasaran Pemda or a Sasaran Strategis OPD was found.', 'Tidak ditemukan indikator Sasaran Pemda atau Sasaran Strategis OPD.'),
    );
  notes.push(
    opts.tahun !== undefined
      ? msg(
          `Target: the target for ${opts.tahun}; a single target is the end-of-period one, for ${p?.selesai ?? 'the last year'}.`,
          `Target: target tahun ${opts.tahun}; target tunggal adalah target akhir periode, untuk ${p?.selesai ?? 'tahun terakhir'}.`,
        )
      : msg(
          'Target: the end-of-period target (a single target, or the one for the last year).',
          'Target: target akhir periode (target tunggal, atau target tahun terakhir).',
        ),
  );
  notes.push(
    msg(
      'Arah: naik = higher is better, turun = lower is better, tetap = a level to hold or a projection to meet.',
      'Arah: naik = makin tinggi makin baik, turun = makin rendah makin baik, tetap = tingkat yang dipertahankan atau proyeksi yang dipenuhi.',
    ),
  );
  notes.push(
    msg(
      "IKU Pemda: the indicators of the Sasaran Pemda; IKU OPD: those of each Sasaran Strategis OPD. Program, kegiatan and partners' (mitra) indicators are not IKU.",
      'IKU Pemda: indikator Sasaran Pemda; IKU OPD: indikator setiap Sasaran Strategis OPD. Indikator program, kegiatan, dan mitra bukan IKU.',
    ),
  );
  if (unreadable.count) notes.push(unreadableNote(unreadable.count));
  const targetHeader = year !== undefined ? msg(`Target ${year}`, `Target ${year}`) : msg('Target', 'Target');
  return {
    title: msg(title, title),
    columns: [
      // Weights let the short columns keep their words in 100 columns; the indicator wraps.
      { key: 'level', header: msg('Level', 'Level'), weight: 2 },
      { key: 'pemilik', header: msg('Owner', 'Pemilik'), weight: 2 },
      { key: 'indikator', header: msg('Indicator', 'Indikator'), weight: 4.5 },
      { key: 'satuan', header: msg('Unit', 'Satuan'), weight: 2 },
      { key: 'arah', header: msg('Arah', 'Arah'), weight: 1.5 },
      { key: 'baseline', header: msg('Baseline', 'Baseline'), align: 'right' },
      { key: 'target', header: targetHeader, align: 'right' },
    ],
    rows: body,
    notes,
  };
}

function lastYear(t: Series | undefined): ValueAt | undefined {
  let last: ValueAt | undefined;
  for (const v of t?.years ?? []) if (!last || v.year! > last.year!) last = v;
  return last;
}

/** The target of each year, for the indicators that give targets year by year. */
function yearsTable(plan: Plan, rows: Row[]): Table | undefined {
  const yearly = rows.filter((r) => r.values.target && !r.values.target.single && r.values.target.years.length);
  if (!yearly.length) return undefined;
  const p = periodOf(plan);
  const ys = new Set<number>();
  if (p) for (let y = p.mulai; y <= p.selesai; y++) ys.add(y);
  for (const r of yearly) for (const v of r.values.target!.years) ys.add(v.year!);
  const years = [...ys].sort((a, b) => a - b);
  const unreadable = { count: 0 };
  return {
    title: msg('Targets per year', 'Target per tahun'),
    columns: [
      { key: 'pemilik', header: msg('Owner', 'Pemilik'), weight: 1 },
      { key: 'indikator', header: msg('Indicator', 'Indikator'), weight: 4 },
      // Keys are not bare years: JSON would move number-like keys to the front of each row.
      ...years.map((y): Column => ({ key: `target_${y}`, header: msg(String(y), String(y)), align: 'right' })),
    ],
    rows: yearly.map((r) => [
      r.owner || null,
      r.ind.data.nama ?? r.ind.label,
      ...years.map((y) => valueCell(targetFor(r.values.target, y), r.values, unreadable)),
    ]),
    notes: unreadable.count ? [unreadableNote(unreadable.count)] : [],
  };
}

function realisasiTable(rows: Row[], opts: ViewOptions): Table | undefined {
  const mode = opts.settings.capaianTurun;
  const unreadable = { count: 0 };
  const problems: Msg[] = [];
  const flagged = { count: 0 };
  const body: Cell[][] = [];
  for (const r of rows) {
    const real = r.values.realisasi;
    if (!real) continue;
    const capaian = new Map(capaianOf(r.values, mode).map((c) => [c.year, c.capaian]));
    const t = r.values.target;
    const list = (real.single ? [real.single] : [...real.years].sort((a, b) => a.year! - b.year!)).filter(
      (v) => opts.tahun === undefined || v.year === opts.tahun,
    );
    for (const v of list) {
      const target = v.year === undefined ? undefined : targetFor(t, v.year);
      const c = v.year === undefined ? undefined : capaian.get(v.year);
      if (c && !c.ok) problems.push(msg(`${r.ind.label} ${v.year}: ${c.reason.en}`, `${r.ind.label} ${v.year}: ${c.reason.id}`));
      body.push([
        r.owner || null,
        r.ind.data.nama ?? r.ind.label,
        v.year ?? null,
        valueCell(target, r.values, unreadable),
        valueCell(v, r.values, unreadable),
        r.values.arah,
        c?.ok ? capaianCell(c.value, flagged) : null,
      ]);
    }
  }
  if (!body.length) return undefined;
  const notes: Msg[] = capaianFormula(mode);
  for (const p of problems) notes.push(msg(`No capaian for ${p.en}.`, `Capaian tidak dihitung untuk ${p.id}.`));
  if (flagged.count) {
    notes.push(
      msg(
        `(!) ${flagged.count} capaian below 0% or above ${CAPAIAN_MAX}%: check the target, the realisasi and the arah.`,
        `(!) ${flagged.count} capaian di bawah 0% atau di atas ${CAPAIAN_MAX}%: periksa target, realisasi, dan arahnya.`,
      ),
    );
  }
  if (unreadable.count) notes.push(unreadableNote(unreadable.count));
  return {
    title: msg('Realisasi and capaian', 'Realisasi dan capaian'),
    columns: [
      { key: 'pemilik', header: msg('Owner', 'Pemilik'), weight: 2 },
      { key: 'indikator', header: msg('Indicator', 'Indikator'), weight: 5 },
      { key: 'tahun', header: msg('Year', 'Tahun'), align: 'right' },
      { key: 'target', header: msg('Target', 'Target'), align: 'right' },
      { key: 'realisasi', header: msg('Realisasi', 'Realisasi'), align: 'right' },
      { key: 'arah', header: msg('Arah', 'Arah'), weight: 1.5 },
      { key: 'capaian', header: msg('Capaian', 'Capaian'), align: 'right', numFmt: 'percent' },
    ],
    rows: body,
    notes,
  };
}

/** Above this, or below 0, a capaian is more likely a wrong target, realisasi or arah than a feat. */
const CAPAIAN_MAX = 150;

export function capaianCell(value: number, flagged: { count: number }): Cell {
  const text = `${formatNumber(value, { maxDecimals: 2 })}%`;
  if (value >= 0 && value <= CAPAIAN_MAX) return { text, value };
  flagged.count++;
  return { text: `${text} (!)`, value };
}

export function unreadableNote(n: number): Msg {
  return msg(
    `${n} value(s) could not be read and are shown as written; run cascade validate.`,
    `${n} nilai tidak dapat dibaca dan ditampilkan apa adanya; jalankan cascade validate.`,
  );
}
