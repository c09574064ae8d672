import { describe, expect, it } from 'vitest';
import { budgetOf } from '../../src/model/budget.js';
import { moneyToTargets } from '../../src/model/target-money.js';
import { planOf } from '../helpers/rule-tester.js';

const moneyOf = (text: string) => {
  const plan = planOf(text);
  const b = budgetOf(plan);
  const values = new Map(b.counted.map((n) => [n, b.anggaran.get(n)!.amount!.total]));
  const m = moneyToTargets(values);
  return {
    sasaran: Object.fromEntries([...m.sasaran].map(([n, a]) => [n.id, [a.amount, a.shared, a.items.size]])),
    untraced: m.untraced.amount,
  };
};

describe('money against the Pemda targets it serves', () => {
  it('counts an item whole against each target it reaches, however many crosscutting links lead there, and marks it shared', () => {
    // K1 (11 rupiah) supports P1 and P2; P2 supports SS2 and SS3; SS3 supports the factors of S1 and S2.
    const m = moneyOf(`cascade: 1
sasaran:
  - {id: S1, nama: a, ksf: [{id: F1, nama: f}]}
  - {id: S2, nama: b, ksf: [{id: F2, nama: f}]}
  - {id: S3, nama: c, ksf: [{id: F3, nama: f}]}
sasaran_opd:
  - {id: SS1, nama: x, opd: O, mendukung: F1}
  - {id: SS2, nama: y, opd: O, mendukung: F2}
  - {id: SS3, nama: z, opd: O, mendukung: [F2, F1]}
  - {id: SS4, nama: w, opd: O, mendukung: F3}
program:
  - {id: P1, nama: p, mendukung: SS1}
  - {id: P2, nama: q, mendukung: [SS2, SS3]}
  - {id: P3, nama: r, mendukung: SS4, anggaran: 5}
kegiatan:
  - {id: K1, nama: k, mendukung: [P1, P2], anggaran: 11}
`);
    expect(m).toEqual({ sasaran: { S1: [11, 11, 1], S2: [11, 11, 1], S3: [5, 0, 1] }, untraced: 0 });
  });

  it('keeps money on a loop, or with no way up, apart as untraced', () => {
    const m = moneyOf(`cascade: 1
sasaran_opd:
  - {id: SS1, nama: x, opd: O, mendukung: KO}
ksf:
  - {id: KO, nama: loop, mendukung: SS1}
program:
  - {id: P1, nama: p, mendukung: SS1, anggaran: 5}
  - {id: P2, nama: q, anggaran: 2}
`);
    expect(m).toEqual({ sasaran: {}, untraced: 7 });
  });
});
