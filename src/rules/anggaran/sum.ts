import { msg } from '../../core/message.js';
import { addAmounts, amountOfNodes, budgetOf, comparePairs, pairPlace, type Amount } from '../../model/budget.js';
import { LEVEL_NAMES } from '../../model/plan.js';
import { formatRupiah } from '../../values/index.js';
import { defineRule } from '../rule.js';

/** "`K1`, `K2`, `K3`, `K4`, `K5` and 3 more": every part named up to a readable length. */
function names(ids: readonly string[]): { en: string; id: string } {
  const shown = ids
    .slice(0, 5)
    .map((i) => `\`${i}\``)
    .join(', ');
  const more = ids.length - 5;
  return more > 0 ? { en: `${shown} and ${more} more`, id: `${shown} dan ${more} lainnya` } : { en: shown, id: shown };
}

export default defineRule({
  meta: {
    id: 'anggaran/sum',
    description: msg(
      "Sub kegiatan amounts add up to their kegiatan's `anggaran`, and kegiatan to their program's, wherever both are written.",
      'Jumlah anggaran sub kegiatan sama dengan `anggaran` kegiatannya, dan kegiatan dengan programnya, di mana keduanya ditulis.',
    ),
    defaultSeverity: 'error',
    wholePlan: true,
    fixable: false,
  },
  check({ plan, report }) {
    const budget = budgetOf(plan);
    for (const [whole, money] of budget.anggaran) {
      const kids = budget.childrenOf(whole);
      if (kids.length === 0 || !money.amount) continue;
      // A part is its own anggaran, else what is written below it; parts with nothing written
      // leave the sum open, so then the written parts may only not exceed the whole.
      const written: string[] = [];
      const amounts: Amount[] = [];
      let allWritten = true;
      let unreadable = false;
      for (const kid of kids) {
        const own = budget.anggaran.get(kid);
        const detail = budget.detailOf(kid);
        const a = own ? (own.amount ? { ok: true as const, value: own.amount } : undefined) : detail.items.length ? amountOfNodes(budget, detail.items) : null;
        if (a === null) {
          allWritten = false;
          continue;
        }
        if (!a?.ok) {
          unreadable = true;
          break;
        }
        if (!own && !detail.complete) allWritten = false;
        written.push(kid.id);
        amounts.push(a.value);
      }
      if (unreadable || written.length === 0) continue;
      const sum = addAmounts(amounts);
      if (!sum.ok) continue;
      const partLevel = LEVEL_NAMES[kids[0].level];
      const list = names(written);
      for (const pair of comparePairs(money.amount, sum.value)) {
        const bad = allWritten ? pair.parts !== pair.whole : pair.parts > pair.whole;
        if (!bad) continue;
        const w = formatRupiah(pair.whole);
        const p = formatRupiah(pair.parts);
        const diff = formatRupiah(Math.abs(pair.parts - pair.whole));
        const inEn = pair.year !== undefined ? `In ${pair.year}, the` : 'The';
        const inId = pair.year !== undefined ? `Pada tahun ${pair.year}, anggaran` : 'Anggaran';
        const more = pair.parts > pair.whole;
        const message = allWritten
          ? msg(
              `${inEn} anggaran of \`${whole.id}\` (${w}) is not the sum of its ${partLevel.en} ${list.en} (${p}): they come to ${diff} ${more ? 'more' : 'less'}.`,
              `${inId} \`${whole.id}\` (${w}) tidak sama dengan jumlah ${partLevel.id}nya ${list.id} (${p}): ${more ? 'lebih' : 'kurang'} ${diff}.`,
            )
          : msg(
              `${inEn} anggaran of \`${whole.id}\` (${w}) is exceeded by ${diff} by its ${partLevel.en} ${list.en} alone (${p}).`,
              `${inId} \`${whole.id}\` (${w}) terlampaui ${diff} oleh ${partLevel.id}nya ${list.id} saja (${p}).`,
            );
        report({ ...pairPlace(money, pair.year), node: whole.id, message });
      }
    }
  },
});
