import { msg, type Msg } from '../../core/message.js';
import { indicatorValues, valueName, type IndicatorValues, type ValueAt } from '../../model/targets.js';
import { formatNumber } from '../../values/index.js';
import { defineRule, type RuleContext } from '../rule.js';

export default defineRule({
  meta: {
    id: 'target/skala',
    description: msg(
      "Baseline, target and realisasi lie inside the indicator's skala: 0–100 for a % unless the skala says otherwise, a predikat on its list.",
      'Baseline, target, dan realisasi berada di dalam skala indikator: 0–100 untuk % kecuali skala menyatakan lain, predikat ada pada daftarnya.',
    ),
    defaultSeverity: 'error',
    fixable: false,
  },
  check(ctx) {
    for (const v of indicatorValues(ctx.plan).values()) {
      if (!v.skala) continue;
      const s = v.skala;
      if (s.kind === 'bounds' && s.min !== undefined && s.maks !== undefined && s.min > s.maks) {
        ctx.report({
          loc: { source: s.loc.source, path: [...s.loc.path, 'maks'] },
          node: v.indicator.label,
          message: msg(
            `The skala of \`${v.indicator.label}\` ends (maks ${formatNumber(s.maks)}) below where it starts (min ${formatNumber(s.min)}).`,
            `Skala \`${v.indicator.label}\` berakhir (maks ${formatNumber(s.maks)}) di bawah awalnya (min ${formatNumber(s.min)}).`,
          ),
        });
        continue;
      }
      for (const val of v.values) check(ctx, v, val);
    }
  },
});

function check({ report }: RuleContext, v: IndicatorValues, val: ValueAt): void {
  const who = v.indicator.label;
  const what = valueName(val, true);
  const say = (m: Msg) => report({ loc: val.loc, node: who, message: msg(`${what.en} of \`${who}\` ${m.en}.`, `${what.id} \`${who}\` ${m.id}.`) });
  const skala = v.skala!;
  if (skala.kind === 'list') {
    if (!val.offSkala) return;
    const list = skala.labels.join(', ');
    say(msg(`is "${String(val.raw)}", which is not on its skala (${list})`, `bernilai "${String(val.raw)}", yang tidak ada pada skalanya (${list})`));
    return;
  }
  if (!val.reading.ok || val.reading.value.kind === 'predikat') return;
  const tv = val.reading.value;
  const [lo, hi] = tv.kind === 'range' ? [tv.min, tv.max] : [tv.value, tv.value];
  const below = skala.min !== undefined && lo < skala.min;
  const above = skala.maks !== undefined && hi > skala.maks;
  if (!below && !above) return;
  const shown = String(val.raw);
  const bounds = `${skala.min === undefined ? '…' : formatNumber(skala.min)}–${skala.maks === undefined ? '…' : formatNumber(skala.maks)}`;
  const why =
    skala.from === 'persen'
      ? msg(
          `a percentage lies in 0–100; for a growth rate state the skala, e.g. skala: {min: -100}`,
          `persentase berada pada 0–100; untuk laju pertumbuhan nyatakan skalanya, mis. skala: {min: -100}`,
        )
      : msg(`the indicator's skala is ${bounds}`, `skala indikator adalah ${bounds}`);
  say(msg(`is ${shown}, ${below ? 'below' : 'above'} its skala: ${why.en}`, `bernilai ${shown}, ${below ? 'di bawah' : 'di atas'} skalanya: ${why.id}`));
}
