import { describe, expect, it } from 'vitest';
import { budgetOf } from '../../src/model/budget.js';
import { flowToSasaran } from '../../src/tables/budget/flow.js';
import { planOf } from '../helpers/rule-tester.js';

const flowOf = (text: string) => {
  const plan = planOf(text);
  const b = budgetOf(plan);
  const values = new Map(b.counted.map((n) => [n, b.anggaran.get(n)!.amount!.total]));
  const flow = flowToSasaran(values);
  return {
    sasaran: Object.fromEntries([...flow.sasaran].map(([n, a]) => [n.id, a.amount])),
    untraced: flow.untraced.amount,
  };
};

describe('money flowing to the Pemda targets', () => {
  it('splits at every crosscutting level and keeps each rupiah', () => {
    // K1 (11 rupiah) supports P1 and P2; P2 supports SS2 and SS3; SS3 supports KSF of S1 and S2.
    const f = flowOf(`cascade: 1
sasaran:
  - {id: S1, nama: a, ksf: [{id: F1, nama: f}]}
  - {id: S2, nama: b, ksf: [{id: F2, nama: f}]}
sasaran_opd:
  - {id: SS1, nama: x, opd: O, mendukung: F1}
  - {id: SS2, nama: y, opd: O, mendukung: F2}
  - {id: SS3, nama: z, opd: O, mendukung: [F2, F1]}
program:
  - {id: P1, nama: p, mendukung: SS1}
  - {id: P2, nama: q, mendukung: [SS2, SS3]}
kegiatan:
  - {id: K1, nama: k, mendukung: [P1, P2], anggaran: 11}
`);
    // K1: 6 to P1 (→ S1), 5 to P2; P2: 3 to SS2 (→ S2), 2 to SS3; SS3: 1 to F2 (→ S2), 1 to F1 (→ S1).
    expect(f).toEqual({ sasaran: { S1: 7, S2: 4 }, untraced: 0 });
  });

  it('keeps money on a loop, or with no way up, apart as untraced', () => {
    const f = flowOf(`cascade: 1
sasaran_opd:
  - {id: SS1, nama: x, opd: O, mendukung: KO}
ksf:
  - {id: KO, nama: loop, mendukung: SS1}
program:
  - {id: P1, nama: p, mendukung: SS1, anggaran: 5}
  - {id: P2, nama: q, anggaran: 2}
`);
    expect(f).toEqual({ sasaran: {}, untraced: 7 });
  });
});
