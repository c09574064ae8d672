// Rencana Aksi of one OPD for one year: each sasaran strategis, program, kegiatan and sub kegiatan
// with its indicators, the annual target, the targets of TW I–IV and their realisasi up to the
// data's date (`per`), the capaian of the last quarter measured, and that year's anggaran.
import { UsageError } from '../../core/errors.js';
import { msg, type Msg } from '../../core/message.js';
import { capaianPercent, type CapaianMode } from '../../model/capaian.js';
import { opdName, periodOf, type Level, type Plan, type PlanIndicator, type PlanOpd } from '../../model/plan.js';
import { valuesOf, type Arah } from '../../model/targets.js';
import { latestDataDate, QUARTERS, triwulanOf, type QuarterValue, type TriwulanValues } from '../../model/triwulan.js';
import { formatNumber, formatTargetValue, type TargetValue } from '../../values/index.js';
import type { Cell, Column, Table } from '../table.js';
import { LEVEL_TEXT, rupiahCell, targetCell } from './cascade.js';
import { moneyOf } from './renstra.js';
import { findOpd } from './find-opd.js';
import type { TableView, ViewOptions } from './view.js';

// Every OPD level with indicators to monitor, the outcome statements of PermenPANRB 89/2021 included.
const ROW_LEVELS: ReadonlySet<Level> = new Set(['sasaran_opd', 'outcome_antara', 'sasaran_program', 'program', 'sasaran_kegiatan', 'kegiatan', 'sub_kegiatan']);
export const rencanaAksiView: TableView = {
  name: 'rencana-aksi',
  description: msg(
    'Rencana Aksi of each OPD for a year: annual target, targets and realisasi per quarter (TW I–IV), capaian and anggaran.',
    'Rencana Aksi setiap OPD untuk satu tahun: target tahunan, target dan realisasi per triwulan (TW I–IV), capaian, dan anggaran.',
  ),
  build(plan, opts) {
    const opds = opts.opd === undefined ? plan.opds : [findOpd(plan, opts.opd)];
    const year = yearOf(plan, opts);
    return opds.map((opd) => opdTable(plan, opd, year, opts));
  },
};

/** --tahun; else the year of the data's date (`per`); else this year when it lies in the period. */
function yearOf(plan: Plan, opts: ViewOptions): { year: number; from: 'tahun' | 'per' | 'clock' } {
  if (opts.tahun !== undefined) return { year: opts.tahun, from: 'tahun' };
  const p = periodOf(plan);
  const inPeriod = (y: number) => !p || (y >= p.mulai && y <= p.selesai);
  const per = latestDataDate(plan);
  if (per && inPeriod(Number(per.date.slice(0, 4)))) return { year: Number(per.date.slice(0, 4)), from: 'per' };
  const now = new Date().getFullYear();
  if (p && inPeriod(now)) return { year: now, from: 'clock' };
  throw new UsageError(
    msg(
      'Which year? Give --tahun (the plan has no `per` date in its period, and this year is outside it).',
      'Tahun berapa? Berikan --tahun (rencana tidak memiliki tanggal `per` dalam periodenya, dan tahun ini di luar periode).',
    ),
  );
}

/** The value of a quarter as the IKU table writes values: Indonesian digits, "%" on a percentage. */
function quarterCell(v: QuarterValue | undefined, percent: boolean): Cell {
  if (!v) return null;
  if (v.noData || !v.reading.ok) return { text: String(v.raw).trim(), value: String(v.raw).trim() };
  const tv = v.reading.value;
  const shown = tv.kind !== 'predikat' && tv.unit === undefined && percent ? { ...tv, unit: '%' } : tv;
  return { text: formatTargetValue(shown), value: tv.kind === 'number' ? tv.value : formatTargetValue(tv) };
}

const read = (v: QuarterValue | undefined): TargetValue | undefined => (v && !v.noData && v.reading.ok ? v.reading.value : undefined);

/**
 * The capaian of the last quarter with a realisasi: kumulatif compares that quarter's realisasi
 * with its target; jumlah compares the sums so far (a quarter without realisasi before it leaves none).
 */
function lastCapaian(tw: TriwulanValues, year: number, arah: Arah, mode: CapaianMode): { quarter: string; value: number } | undefined {
  const targets = tw.target.find((y) => y.year === year)?.values ?? [];
  const reals = tw.realisasi.find((y) => y.year === year)?.values ?? [];
  const k = QUARTERS.findLastIndex((q) => read(reals.find((v) => v.quarter === q)) !== undefined);
  if (k < 0) return undefined;
  const q = QUARTERS[k];
  let target = read(targets.find((v) => v.quarter === q));
  let real = read(reals.find((v) => v.quarter === q));
  if (tw.cara === 'jumlah') {
    const sum = (vs: QuarterValue[]) => {
      let s = 0;
      for (const quarter of QUARTERS.slice(0, k + 1)) {
        const v = read(vs.find((x) => x.quarter === quarter));
        if (v?.kind !== 'number') return undefined;
        s += v.value;
      }
      return { kind: 'number', value: s } as const;
    };
    target = sum(targets);
    real = sum(reals);
  }
  if (!target || !real) return undefined;
  const c = capaianPercent(target, real, arah, mode);
  return c.ok ? { quarter: q, value: c.value } : undefined;
}

function opdTable(plan: Plan, opd: PlanOpd, at: { year: number; from: 'tahun' | 'per' | 'clock' }, opts: ViewOptions): Table {
  const { year } = at;
  const nodes = plan.nodes.filter((n) => ROW_LEVELS.has(n.level) && n.opd === opd);
  const per = latestDataDate(plan);
  const rows: Cell[][] = [];
  let quarterly = 0;
  let wholeOnly = 0;
  for (const node of nodes) {
    const money = moneyOf(plan, node);
    if (money.amount && !money.amount.years) wholeOnly++;
    const rp = money.amount?.years ? rupiahCell(money.amount.years.get(year) ?? 0) : null;
    const head: Cell[] = [{ text: LEVEL_TEXT[node.level], value: node.level }, node.nama];
    if (!node.indicators.length) {
      rows.push([...head, null, null, null, null, ...QUARTERS.map(() => null), ...QUARTERS.map(() => null), null, null, rp]);
      continue;
    }
    node.indicators.forEach((ind: PlanIndicator, i) => {
      const iv = valuesOf(plan, ind);
      const tw = triwulanOf(plan, ind);
      if (tw?.target.some((y) => y.year === year) || tw?.realisasi.some((y) => y.year === year)) quarterly++;
      const quarters = (of: 'target' | 'realisasi') => {
        const vs = tw?.[of].find((y) => y.year === year)?.values ?? [];
        return QUARTERS.map((q) =>
          quarterCell(
            vs.find((v) => v.quarter === q),
            iv.percent,
          ),
        );
      };
      const c = tw ? lastCapaian(tw, year, iv.arah, opts.settings.capaianTurun) : undefined;
      rows.push([
        ...head,
        ind.data.nama ?? ind.label,
        iv.satuan ?? null,
        tw?.cara ?? null,
        targetCell(plan, node, i, year),
        ...quarters('target'),
        ...quarters('realisasi'),
        c ? `TW ${c.quarter}` : null,
        c ? { text: `${formatNumber(c.value, { maxDecimals: 2 })}%`, value: c.value } : null,
        i === 0 ? rp : null,
      ]);
    });
  }
  const unit = opdName(opd);
  const quarterCols = (key: string, title: Msg): Column[] =>
    QUARTERS.map((q) => ({
      key: `${key}_tw${q.toLowerCase()}`,
      header: msg(`${title.en} TW ${q}`, `${title.id} TW ${q}`),
      align: 'right',
      numFmt: 'number',
      group: { title, header: msg(`TW ${q}`, `TW ${q}`) },
    }));
  const notes: Msg[] = [
    msg(
      `Year ${year}${at.from === 'per' ? ', the year of the data (per)' : at.from === 'clock' ? ', this year (the plan has no per date): choose another with --tahun' : ''}.`,
      `Tahun ${year}${at.from === 'per' ? ', tahun data (per)' : at.from === 'clock' ? ', tahun ini (rencana tidak memiliki tanggal per): pilih tahun lain dengan --tahun' : ''}.`,
    ),
    msg(
      'Cara kumulatif: a quarter is the level reached by its end, TW IV is the annual target; jumlah: what is done in the quarter, the four add up to it.',
      'Cara kumulatif: nilai triwulan adalah capaian sampai akhir triwulan, TW IV sama dengan target tahunan; jumlah: hasil triwulan itu, keempatnya berjumlah target tahunan.',
    ),
    msg(
      'Capaian: of the last quarter with a realisasi, by the arah of the indicator (jumlah: the sums so far).',
      'Capaian: triwulan terakhir yang memiliki realisasi, menurut arah indikator (jumlah: jumlah sampai triwulan itu).',
    ),
    msg(
      "Anggaran: the year's amount, own or summed from below, once per program or kegiatan.",
      'Anggaran: jumlah tahun itu, milik sendiri atau jumlah dari bawahnya, sekali per program atau kegiatan.',
    ),
  ];
  if (wholeOnly)
    notes.push(
      msg(
        `${wholeOnly} anggaran are written for the whole period only and are not shown for one year.`,
        `${wholeOnly} anggaran ditulis untuk seluruh periode saja dan tidak ditampilkan per tahun.`,
      ),
    );
  if (per) notes.push(msg(`Realisasi as of ${per.date} (per).`, `Realisasi per ${per.date}.`));
  if (!quarterly)
    notes.push(
      msg(
        `No quarterly data for ${year} yet: write them under each indicator (triwulan: {cara, target, realisasi}); the quarters stay empty to be filled in.`,
        `Belum ada data triwulan ${year}: tuliskan di bawah setiap indikator (triwulan: {cara, target, realisasi}); kolom triwulan dibiarkan kosong untuk diisi.`,
      ),
    );
  return {
    title: msg(`Rencana Aksi — action plan — ${unit} ${year}`, `Rencana Aksi — ${unit} tahun ${year}`),
    columns: [
      { key: 'tingkat', header: msg('Level', 'Tingkat'), weight: 1.5 },
      { key: 'sasaran_program', header: msg('Objective / program / activity', 'Sasaran / program / kegiatan'), weight: 4 },
      { key: 'indikator', header: msg('Indicator', 'Indikator'), weight: 4 },
      { key: 'satuan', header: msg('Unit', 'Satuan'), weight: 1.5 },
      { key: 'cara', header: msg('Quarters', 'Cara'), weight: 1.5 },
      { key: 'target', header: msg(`Target ${year}`, `Target ${year}`), align: 'right', numFmt: 'number' },
      ...quarterCols('target', msg('Target', 'Target')),
      ...quarterCols('realisasi', msg('Realisasi', 'Realisasi')),
      { key: 'sd_tw', header: msg('Up to', 'S.d.'), weight: 1 },
      { key: 'capaian', header: msg('Capaian', 'Capaian'), align: 'right', numFmt: 'percent' },
      { key: 'anggaran', header: msg(`Anggaran ${year}`, `Anggaran ${year}`), align: 'right', numFmt: 'rupiah', weight: 2 },
    ],
    rows,
    notes,
    numbered: true,
  };
}
