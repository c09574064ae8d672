import { msg } from '../../core/message.js';
import { indicatorValues, levelOf, valueName, type ValueAt } from '../../model/targets.js';
import { formatTargetValue, type TargetValue } from '../../values/index.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'target/arah',
    description: msg(
      'Targets move with arah: for naik a target never falls from one year to the next and the last beats the baseline, a bound is a minimum; mirrored for turun; arah tetap has no trend.',
      'Target bergerak sesuai arah: untuk naik target tidak pernah turun dari tahun ke tahun, target terakhir melampaui baseline, dan batasnya batas bawah; sebaliknya untuk turun; arah tetap tanpa tren.',
    ),
    defaultSeverity: 'warning',
    fixable: false,
  },
  check({ plan, report }) {
    for (const v of indicatorValues(plan).values()) {
      const who = v.indicator.label;
      // tetap: a level to hold or a projection to meet (SPM counts follow the population): no trend.
      if (v.arah === 'tetap') continue;
      const naik = v.arah === 'naik';
      // Compared by their number (a range by its midpoint, a predikat by its place on the skala).
      const read = (x: ValueAt | undefined) => (x?.reading.ok ? x.reading.value : undefined);
      const worse = (a: TargetValue, b: TargetValue) => (naik ? levelOf(a) < levelOf(b) : levelOf(a) > levelOf(b));
      const way = naik ? msg('naik (higher is better)', 'naik (makin tinggi makin baik)') : msg('turun (lower is better)', 'turun (makin rendah makin baik)');
      const targets = v.target?.single ? [v.target.single] : [...(v.target?.years ?? [])].sort((a, b) => a.year! - b.year!);
      const readable = targets.filter((t) => read(t) !== undefined);
      // "≤ 14,2" says lower is better and "≥ 90" higher: a bound against the written arah.
      for (const t of readable) {
        const tv = read(t)!;
        if (tv.kind !== 'bound' || (tv.side === 'max') === !naik) continue;
        const says =
          tv.side === 'max'
            ? msg('an upper bound (lower is better)', 'batas atas (makin rendah makin baik)')
            : msg('a lower bound (higher is better)', 'batas bawah (makin tinggi makin baik)');
        report({
          loc: t.loc,
          node: who,
          message: msg(
            `${valueName(t, true).en} of \`${who}\` (${show(t)}) is ${says.en}, but its arah is ${way.en}.`,
            `${valueName(t, true).id} \`${who}\` (${show(t)}) adalah ${says.id}, padahal arahnya ${way.id}.`,
          ),
        });
      }
      for (let i = 1; i < readable.length; i++) {
        const prev = readable[i - 1];
        const cur = readable[i];
        if (!worse(read(cur)!, read(prev)!)) continue;
        report({
          loc: cur.loc,
          node: who,
          message: msg(
            `${valueName(cur, true).en} of \`${who}\` (${show(cur)}) is worse than ${valueName(prev).en} (${show(prev)}), but its arah is ${way.en}.`,
            `${valueName(cur, true).id} \`${who}\` (${show(cur)}) lebih buruk daripada ${valueName(prev).id} (${show(prev)}), padahal arahnya ${way.id}.`,
          ),
        });
      }
      const last = readable[readable.length - 1];
      const base = v.baseline?.value;
      if (!last || !read(base)) continue;
      const l = read(last)!;
      const b = read(base)!;
      if (levelOf(l) !== levelOf(b) && !worse(l, b)) continue;
      report({
        loc: last.loc,
        node: who,
        message: msg(
          `${valueName(last, true).en} of \`${who}\` (${show(last)}) does not beat its baseline (${show(base!)}), but its arah is ${way.en}.`,
          `${valueName(last, true).id} \`${who}\` (${show(last)}) tidak melampaui baseline-nya (${show(base!)}), padahal arahnya ${way.id}.`,
        ),
      });
    }
  },
});

function show(x: ValueAt): string {
  return x.reading.ok ? formatTargetValue(x.reading.value, { scaleWords: true }) : String(x.raw);
}
