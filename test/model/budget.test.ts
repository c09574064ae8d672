import { describe, expect, it } from 'vitest';
import { addAmounts, amountOfNodes, budgetOf, comparePairs, paguPairs } from '../../src/model/budget.js';
import { nodeById, type Plan } from '../../src/model/plan.js';
import { RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/run.js';
import { planOf, yaml } from '../helpers/rule-tester.js';

const head = yaml`
  cascade: 1
  periode: 2025-2029
  opd:
    - {id: A, nama: Dinas A, pagu: 10 M}
    - {id: B, nama: Dinas B}
  sasaran_opd:
    - {id: SS1, nama: Sasaran A, opd: A}
    - {id: SS2, nama: Sasaran B, opd: B}
`;

const node = (plan: Plan, id: string) => nodeById(plan, id) ?? expect.fail(`no node ${id}`);

describe('budgetOf', () => {
  it('reads every money form of format.md exactly, with the path of each value', () => {
    const plan = planOf(
      head +
        yaml`
      program:
        - {id: P1, nama: a, mendukung: SS1, anggaran: Rp.4.000.000.000}
        - {id: P2, nama: b, mendukung: SS1, anggaran: "Rp 2,3 M"}
        - {id: P3, nama: c, mendukung: SS1, anggaran: 900 juta}
        - {id: P4, nama: d, mendukung: SS1, anggaran: 900000000}
        - {id: P5, nama: e, mendukung: SS1, anggaran: {2025: "1,5 miliar", 2027: "Rp 5.000,-"}}
    `,
    );
    const b = budgetOf(plan);
    expect(b.problems).toEqual([]);
    const total = (id: string) => b.anggaran.get(node(plan, id))!.amount!.total;
    expect([total('P1'), total('P2'), total('P3'), total('P4'), total('P5')]).toEqual([4e9, 2.3e9, 9e8, 9e8, 1_500_005_000]);
    const p5 = b.anggaran.get(node(plan, 'P5'))!;
    expect(p5.perYear).toBe(true);
    expect([...p5.amount!.years!]).toEqual([
      [2025, 1.5e9],
      [2027, 5000],
    ]);
    expect(p5.parts.map((p) => p.loc.path.join('.'))).toEqual(['program.4.anggaran.2025', 'program.4.anggaran.2027']);
    expect(b.pagu.get(plan.opds[0])!.amount).toEqual({ total: 1e10 });
  });

  it('is read once per plan', () => {
    const plan = planOf(head);
    expect(budgetOf(plan)).toBe(budgetOf(plan));
    expect(budgetOf(planOf(head))).not.toBe(budgetOf(plan));
  });

  it('keeps unreadable amounts out, with a reason at the value and no amount', () => {
    const plan = planOf(
      head +
        yaml`
      program:
        - {id: P1, nama: a, mendukung: SS1, anggaran: {2025: 1 M, 2026: sejuta}}
        - {id: P2, nama: b, mendukung: SS1, anggaran: [1]}
    `,
    );
    const b = budgetOf(plan);
    expect(b.anggaran.get(node(plan, 'P1'))!.amount).toBeUndefined();
    expect(b.problems.map((p) => [p.owner, p.loc.path.join('.'), p.shape])).toEqual([
      ['P1', 'program.0.anggaran.2026', false],
      ['P2', 'program.1.anggaran', true],
    ]);
    expect(amountOfNodes(b, [node(plan, 'P1')])).toBeUndefined();
  });

  it('counts the most detailed amounts, each once: sub kegiatan before kegiatan before program', () => {
    const plan = planOf(
      head +
        yaml`
      program:
        - id: P1
          nama: all kegiatan written, one through its sub kegiatan
          mendukung: SS1
          anggaran: 3 M
          kegiatan:
            - {id: K1, nama: a, anggaran: 1 M}
            - id: K2
              nama: b
              anggaran: 2 M
              sub_kegiatan:
                - {id: S1, nama: x, anggaran: 1 M}
                - {id: S2, nama: y, anggaran: 1 M}
        - id: P2
          nama: a kegiatan with nothing written
          mendukung: SS2
          anggaran: 5 M
          kegiatan:
            - {id: K3, nama: c, anggaran: 1 M}
            - {id: K4, nama: d}
        - id: P3
          nama: no anggaran of its own
          mendukung: SS1
          kegiatan:
            - {id: K5, nama: e, anggaran: 1 M, mendukung: P1}
            - {id: K6, nama: f}
    `,
    );
    const b = budgetOf(plan);
    expect(b.counted.map((n) => n.id)).toEqual(['K1', 'S1', 'S2', 'P2', 'K5']);
    expect(b.detailOf(node(plan, 'P3'))).toMatchObject({ complete: false });
    expect(b.countedFor(plan.opds[0]).map((n) => n.id)).toEqual(['K1', 'S1', 'S2', 'K5']);
    expect(b.countedFor(plan.opds[1]).map((n) => n.id)).toEqual(['P2']);
    // K5 also supports P1 (crosscutting), but is budgeted in P3, where it is written.
    expect(b.parentOf(node(plan, 'K5'))!.id).toBe('P3');
    expect(b.childrenOf(node(plan, 'P1')).map((n) => n.id)).toEqual(['K1', 'K2']);
    expect(paguPairs(b, plan.opds[0])!.pairs).toEqual([{ whole: 1e10, parts: 4e9 }]);
  });
});

describe('amounts per year or for the period', () => {
  const years = (o: Record<number, number>) => ({
    total: Object.values(o).reduce((a, b) => a + b, 0),
    years: new Map(Object.entries(o).map(([k, v]) => [Number(k), v])),
  });

  it('adds year by year only when every amount gives years', () => {
    const sum = addAmounts([years({ 2025: 1, 2026: 2 }), years({ 2026: 3, 2027: 4 })]);
    expect(sum.ok && [...sum.value.years!]).toEqual([
      [2025, 1],
      [2026, 5],
      [2027, 4],
    ]);
    const mixed = addAmounts([years({ 2025: 1 }), { total: 10 }]);
    expect(mixed).toEqual({ ok: true, value: { total: 11 } });
    expect(addAmounts([])).toEqual({ ok: true, value: { total: 0 } });
  });

  it('compares year by year where both give years, else on the totals', () => {
    expect(comparePairs(years({ 2025: 5, 2026: 5 }), years({ 2025: 5, 2027: 1 }))).toEqual([
      { year: 2025, whole: 5, parts: 5 },
      { year: 2026, whole: 5, parts: 0 },
      { year: 2027, whole: 0, parts: 1 },
    ]);
    expect(comparePairs(years({ 2025: 5, 2026: 5 }), { total: 10 })).toEqual([{ whole: 10, parts: 10 }]);
    expect(comparePairs({ total: 10 }, years({ 2025: 4 }))).toEqual([{ whole: 10, parts: 4 }]);
  });

  it('refuses a sum too large to be exact instead of rounding it', () => {
    const r = addAmounts([{ total: Number.MAX_SAFE_INTEGER }, { total: 1 }]);
    expect(r.ok).toBe(false);
  });
});

describe('a plan of thousands of items', () => {
  // Deterministic pseudo-random amounts, written in every form format.md allows.
  let seed = 12345;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const group = (n: bigint) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  function written(n: bigint): string {
    switch (rand(4)) {
      case 0:
        return String(n);
      case 1:
        return `Rp.${group(n)}`;
      case 2:
        return `"Rp ${group(n)},-"`;
      default: {
        // "1,234567891 M": the decimal route must land on the exact rupiah.
        const s = n.toString().padStart(10, '0');
        const int = s.slice(0, -9).replace(/^0+(?=\d)/, '');
        return `"${int},${s.slice(-9)} M"`;
      }
    }
  }

  it('adds every rupiah exactly, and the rules agree with the sums', () => {
    const KEGIATAN = 60;
    const SUBS = 60;
    let grand = 0n;
    const lines = [
      head.replace('pagu: 10 M', 'pagu: PAGU'),
      'program:',
      '  - id: P1',
      '    nama: besar',
      '    mendukung: SS1',
      '    anggaran: TOTAL',
      '    kegiatan:',
    ];
    for (let k = 0; k < KEGIATAN; k++) {
      let sum = 0n;
      const subs: string[] = [];
      for (let s = 0; s < SUBS; s++) {
        const n = BigInt(rand(1_000_000)) * 1_000_003n + BigInt(rand(1000)); // up to ~10^12, odd rupiah
        sum += n;
        subs.push(`          - {id: S${k}-${s}, nama: s, anggaran: ${written(n)}}`);
      }
      grand += sum;
      lines.push(`      - id: K${k}`, '        nama: k', `        anggaran: ${written(sum)}`, '        sub_kegiatan:', ...subs);
    }
    const text = `${lines
      .join('\n')
      .replace('TOTAL', `Rp.${group(grand)}`)
      .replace('PAGU', String(grand))}\n`;
    const plan = planOf(text);
    const b = budgetOf(plan);
    expect(b.problems).toEqual([]);
    expect(b.counted.length).toBe(KEGIATAN * SUBS);
    const total = amountOfNodes(b, b.counted);
    expect(total?.ok && BigInt(total.value.total)).toBe(grand);
    expect(grand > BigInt(2 ** 53) / 1000n).toBe(true); // large enough that float drift would show
    const anggaranRules = RULES.filter((r) => r.meta.id.startsWith('anggaran/') && r.meta.id !== 'anggaran/no-target');
    expect(runRules(plan, anggaranRules)).toEqual([]);

    // One rupiah more in the pagu is found, to the rupiah.
    const off = planOf(text.replace(`pagu: ${grand}`, `pagu: ${grand + 1n}`));
    const found = runRules(off, anggaranRules).map((d) => `${d.rule} ${d.message.en}`);
    expect(found).toEqual([expect.stringMatching(/^anggaran\/unallocated Rp1 of the pagu/)]);
  });
});
