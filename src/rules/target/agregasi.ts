import { msg } from '../../core/message.js';
import type { PlanIndicator } from '../../model/plan.js';
import { indicatorValues, valueName, type IndicatorValues, type ValueAt } from '../../model/targets.js';
import { formatTargetValue, normalizeUnit, type TargetValue } from '../../values/index.js';
import { defineRule, type RuleContext } from '../rule.js';

export default defineRule({
  meta: {
    id: 'target/agregasi',
    description: msg(
      'Each year, an indicator with agregasi has the sum (jumlah) or mean (rata-rata) of the targets of the indicators naming it in bagian_dari, in the same satuan.',
      'Setiap tahun, indikator dengan agregasi bernilai jumlah atau rata-rata target indikator yang menyebutnya pada bagian_dari, dalam satuan yang sama.',
    ),
    defaultSeverity: 'error',
    wholePlan: true,
    fixable: false,
  },
  check(ctx) {
    const values = indicatorValues(ctx.plan);
    const parts = new Map<PlanIndicator, PlanIndicator[]>();
    for (const ind of ctx.plan.indicators) {
      const whole = ind.bagianDari?.target;
      if (whole) parts.set(whole, [...(parts.get(whole) ?? []), ind]);
    }
    for (const [ind, v] of values) {
      if (ind.data.agregasi !== 'jumlah' && ind.data.agregasi !== 'rata-rata') continue;
      checkWhole(
        ctx,
        v,
        (parts.get(ind) ?? []).map((p) => values.get(p)!),
      );
    }
  },
});

/** A number as an interval, so that ranges add up end by end. */
type Interval = { min: number; max: number; unit?: string };
const interval = (t: TargetValue): Interval | undefined =>
  t.kind === 'number' ? { min: t.value, max: t.value, unit: t.unit } : t.kind === 'range' ? { min: t.min, max: t.max, unit: t.unit } : undefined;

function checkWhole({ report, settings }: RuleContext, whole: IndicatorValues, parts: IndicatorValues[]): void {
  const ind = whole.indicator;
  const who = ind.label;
  const at = (key: string) => ({ source: ind.loc.source, path: [...ind.loc.path, key] });
  const jumlah = ind.data.agregasi === 'jumlah';
  if (!parts.length) {
    report({
      loc: at('agregasi'),
      node: who,
      message: msg(
        `\`${who}\` has agregasi: ${ind.data.agregasi}, but no indicator names it in \`bagian_dari\`: add its parts, or remove agregasi.`,
        `\`${who}\` memiliki agregasi: ${ind.data.agregasi}, tetapi tidak ada indikator yang menyebutnya pada \`bagian_dari\`: tambahkan bagian-bagiannya, atau hapus agregasi.`,
      ),
    });
    return;
  }
  if (whole.skala?.kind === 'list') {
    report({
      loc: at('agregasi'),
      node: who,
      message: msg(
        `\`${who}\` is a predikat: predikat values cannot be added up or averaged.`,
        `\`${who}\` berupa predikat: nilai predikat tidak dapat dijumlahkan atau dirata-ratakan.`,
      ),
    });
    return;
  }
  if (whole.satuan !== undefined) {
    for (const p of parts) {
      if (p.satuan === undefined || normalizeUnit(p.satuan) === normalizeUnit(whole.satuan)) continue;
      report({
        loc: at('satuan'),
        node: who,
        message: msg(
          `\`${who}\` is counted in "${whole.satuan}", but its part \`${p.indicator.label}\` in "${p.satuan}": parts of an agregasi share the satuan of their whole.`,
          `\`${who}\` dihitung dalam "${whole.satuan}", tetapi bagiannya \`${p.indicator.label}\` dalam "${p.satuan}": bagian dari agregasi memakai satuan yang sama dengan keseluruhannya.`,
        ),
      });
      return;
    }
  }
  for (const w of yearValues(whole)) {
    if (!w.reading.ok) continue;
    const total = interval(w.reading.value);
    if (!total) continue;
    const found: Array<{ part: IndicatorValues; value: Interval; text: string }> = [];
    let comparable = true;
    for (const p of parts) {
      const pv = yearValues(p).find((x) => x.year === w.year);
      if (!pv) {
        // A part with one end-of-period target says nothing about the years before.
        if (p.target?.single === undefined || w.year === p.target.single.year) {
          report({
            loc: w.loc,
            node: who,
            message: msg(
              `${valueName(w, true).en} of \`${who}\` cannot be checked against its parts: \`${p.indicator.label}\` has no target for ${w.year}.`,
              `${valueName(w, true).id} \`${who}\` tidak dapat diperiksa terhadap bagiannya: \`${p.indicator.label}\` tidak memiliki target tahun ${w.year}.`,
            ),
          });
        }
        comparable = false;
        break;
      }
      const value = pv.reading.ok ? interval(pv.reading.value) : undefined;
      if (!value || !pv.reading.ok) {
        comparable = false; // unreadable or a predikat: reported by other rules
        break;
      }
      found.push({ part: p, value, text: formatTargetValue(pv.reading.value, { scaleWords: true }) });
    }
    if (!comparable) continue;
    const n = jumlah ? 1 : found.length;
    const agg = { min: found.reduce((a, f) => a + f.value.min, 0) / n, max: found.reduce((a, f) => a + f.value.max, 0) / n };
    if (close(total.min, agg.min, settings.tolerance) && close(total.max, agg.max, settings.tolerance)) continue;
    const aggText = formatTargetValue(
      agg.min === agg.max ? { kind: 'number', value: round(agg.min) } : { kind: 'range', min: round(agg.min), max: round(agg.max) },
      { scaleWords: true },
    );
    const list = found.map((f) => `\`${f.part.indicator.label}\` ${f.text}`).join(jumlah ? ' + ' : ', ');
    const wText = formatTargetValue(w.reading.value, { scaleWords: true });
    report({
      loc: w.loc,
      node: who,
      message: jumlah
        ? msg(
            `${valueName(w, true).en} of \`${who}\` is ${wText}, but its parts add up to ${aggText} (${list}).`,
            `${valueName(w, true).id} \`${who}\` bernilai ${wText}, tetapi jumlah bagiannya ${aggText} (${list}).`,
          )
        : msg(
            `${valueName(w, true).en} of \`${who}\` is ${wText}, but the mean of its parts is ${aggText} (${list}).`,
            `${valueName(w, true).id} \`${who}\` bernilai ${wText}, tetapi rata-rata bagiannya ${aggText} (${list}).`,
          ),
    });
  }
}

/** Target values that belong to a year (a single one to the period's end). */
function yearValues(v: IndicatorValues): ValueAt[] {
  const t = v.target;
  if (!t) return [];
  return (t.single ? [t.single] : t.years).filter((x) => x.year !== undefined);
}

/** Equal within a relative tolerance, for decimals and rounding. */
function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b)) + 1e-9;
}

/** Sums of decimals print without binary noise (0.1 + 0.2). */
function round(x: number): number {
  return Number(x.toPrecision(12));
}
