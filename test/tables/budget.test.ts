import { describe, expect, it } from 'vitest';
import { openPlan } from '../../src/model/open.js';
import type { Plan } from '../../src/model/plan.js';
import { BUDGET_GROUPINGS, budgetSummary, type BudgetSummaryOptions } from '../../src/tables/budget/index.js';
import { cellText, cellValue, type Table } from '../../src/tables/table.js';
import { planOf, yaml } from '../helpers/rule-tester.js';
import { ROOT } from '../helpers/cli.js';

const summary = (plan: Plan, opts: Partial<BudgetSummaryOptions> = {}): Table => {
  const tables = budgetSummary(plan, { by: 'opd', compact: false, lang: 'en', ...opts });
  expect(tables).toHaveLength(1);
  return tables[0];
};
const column = (t: Table, key: string) => t.columns.findIndex((c) => c.key === key);
const values = (t: Table, key: string) => t.rows.map((r) => cellValue(r[column(t, key)]));
const texts = (t: Table, key: string) => t.rows.map((r) => cellText(r[column(t, key)]));
const footer = (t: Table, key: string) => cellValue(t.footer![0][column(t, key)]);

describe("budget-summary on the seed's tourism example", () => {
  const { plan } = openPlan(['examples/pariwisata'], ROOT);

  it("shows the six OPDs with the seed's amounts and Rp13.700.000.000 in all", () => {
    const t = summary(plan);
    const byName = Object.fromEntries(t.rows.map((r) => [cellText(r[0]), cellText(r[column(t, 'pagu')])]));
    expect(byName).toEqual({
      'DIS KOP UKM': 'Rp2.000.000.000',
      'SAT POL PP': 'Rp4.000.000.000',
      'DIS PAR': 'Rp3.000.000.000',
      'DIS HUB': 'Rp1.500.000.000',
      'DIS PU': 'Rp2.300.000.000',
      'DIS LH': 'Rp900.000.000',
    });
    expect(values(t, 'dialokasikan')).toEqual(values(t, 'pagu'));
    expect(values(t, 'sisa')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(footer(t, 'pagu')).toBe(13_700_000_000);
    expect(footer(t, 'dialokasikan')).toBe(13_700_000_000);
    expect(cellText(t.footer![0][column(t, 'dialokasikan')])).toBe('Rp13.700.000.000');
    expect(footer(t, 'item')).toBe(13);
    expect(values(t, 'porsi').reduce((a, b) => (a as number) + (b as number), 0)).toBeCloseTo(100, 1);
  });

  it('writes compact rupiah in the text and keeps exact integers in the values', () => {
    const t = summary(plan, { compact: true });
    expect(texts(t, 'pagu')).toContain('Rp4,0 M');
    expect(texts(t, 'pagu')).toContain('Rp900 jt');
    expect(cellText(t.footer![0][column(t, 'pagu')])).toBe('Rp13,7 M');
    expect(values(t, 'pagu')).toContain(2_300_000_000);
  });

  it('gives the same total whatever the rows are', () => {
    for (const by of BUDGET_GROUPINGS) {
      const t = summary(plan, { by });
      const key = by === 'opd' ? 'dialokasikan' : by === 'sasaran' ? 'anggaran' : 'rincian';
      expect(footer(t, key), by).toBe(13_700_000_000);
      expect(
        values(t, key).reduce((a, b) => (a as number) + (b as number), 0),
        by,
      ).toBe(13_700_000_000);
    }
  });
});

const twoTargets = yaml`
  cascade: 1
  periode: 2025-2029
  opd:
    - {id: A, nama: Dinas A, pagu: {2025: 600 juta, 2026: 600 juta}}
    - {id: B, nama: Dinas B, pagu: 2 M}
  sasaran:
    - id: S1
      nama: Satu
      ksf: [{id: KA, nama: Faktor A}]
    - id: S2
      nama: Dua
      ksf: [{id: KB, nama: Faktor B}]
  sasaran_opd:
    - id: SS1
      nama: Sasaran A
      opd: A
      mendukung: KA
      program:
        - id: P1
          nama: Program A
          anggaran: 1.000.000.001
          kegiatan:
            - {id: K1, nama: Lintas, mendukung: P2, anggaran: {2025: 500.000.000, 2026: 500.000.001}}
    - id: SS2
      nama: Sasaran B
      opd: B
      mendukung: KB
      program:
        - id: P2
          nama: Program B
          kegiatan:
            - {id: K2, nama: Dua, anggaran: 300 juta}
  kegiatan:
    - {id: K9, nama: Tanpa induk, opd: B, anggaran: 7}
`
  .replace('anggaran: 1.000.000.001', 'anggaran: "1.000.000.001"')
  .replace('{2025: 500.000.000, 2026: 500.000.001}', '{2025: "500.000.000", 2026: "500.000.001"}');

describe('budget-summary groupings', () => {
  const plan = planOf(twoTargets);

  it('by sasaran: a crosscutting item counts whole against each target it serves, marked shared, and once in the total', () => {
    const t = summary(plan, { by: 'sasaran' });
    expect(t.rows.map((r) => [cellText(r[0]), cellValue(r[2]), cellValue(r[4]), cellValue(r[5])])).toEqual([
      ['S1', 1_000_000_001, 1, 1_000_000_001],
      ['S2', 1_000_000_001 + 300_000_000, 2, 1_000_000_001],
      ['(no sasaran)', 7, 1, null],
    ]);
    expect(footer(t, 'anggaran')).toBe(1_300_000_008);
    expect(t.notes!.map((n) => n.en).join(' ')).toContain('the total counts each item once');
  });

  it('by OPD: the crosscutting item counts once, in the OPD where it is written', () => {
    const t = summary(plan);
    expect(t.rows.map((r) => [cellText(r[0]), cellValue(r[2]), cellValue(r[3]), cellValue(r[4]), cellValue(r[6])])).toEqual([
      ['A', 1_200_000_000, 1_000_000_001, 199_999_999, 1],
      ['B', 2_000_000_000, 300_000_007, 1_699_999_993, 2],
    ]);
    expect(footer(t, 'dialokasikan')).toBe(1_300_000_008);
  });

  it('by program and by kegiatan: what is not under a program (or kegiatan) has its own row', () => {
    const p = summary(plan, { by: 'program' });
    expect(p.rows.map((r) => [cellText(r[1]), cellValue(r[3]), cellValue(r[4])])).toEqual([
      ['P1', 1_000_000_001, 1_000_000_001],
      ['P2', null, 300_000_000],
      ['(not under a program)', null, 7],
    ]);
    const k = summary(plan, { by: 'kegiatan', lang: 'id' });
    expect(k.rows.map((r) => [cellText(r[1]), cellText(r[2]), cellValue(r[5])])).toEqual([
      ['P1', 'K1', 1_000_000_001],
      ['P2', 'K2', 300_000_000],
      ['', 'K9', 7],
    ]);
    expect(cellText(k.footer![0][0])).toBe('Jumlah');
  });

  it("by kegiatan: a kegiatan counted in its program's own anggaran says so rather than Rp0", () => {
    const partial = planOf(
      twoTargets
        .replace('          - {id: K2, nama: Dua, anggaran: 300 juta}', '          - {id: K2, nama: Dua, anggaran: 300 juta}\n          - {id: K3, nama: Tiga}')
        .replace('        nama: Program B\n', '        nama: Program B\n        anggaran: 1 M\n'),
    );
    const k = summary(partial, { by: 'kegiatan' });
    expect(k.rows.map((r) => [cellText(r[2]), cellText(r[4]), cellText(r[5])])).toEqual([
      ['K1', 'Rp1.000.000.001', 'Rp1.000.000.001'],
      ['K2', 'Rp300.000.000', '—'],
      ['K3', '—', 'Rp0'],
      ['K9', 'Rp7', 'Rp7'],
      ['(not broken down into kegiatan)', '—', 'Rp1.000.000.000'],
    ]);
    expect(footer(k, 'rincian')).toBe(2_000_000_008);
  });

  it('for one year: amounts given per year count, whole-period ones are left out and said so', () => {
    const t = summary(plan, { tahun: 2026 });
    expect(t.title.en).toBe('Budget per OPD, 2026');
    expect(t.rows.map((r) => [cellText(r[0]), cellValue(r[2]), cellValue(r[3]), cellValue(r[4])])).toEqual([
      ['A', 600_000_000, 500_000_001, 99_999_999],
      ['B', 'Rp2.000.000.000 (whole period)', null, null],
    ]);
    expect(t.notes!.map((n) => n.en)).toContain('2 amount(s) are written for the whole period, not per year, and are not in the 2026 figures.');
    // Every total adds up: the OPD with a pagu for the year apart from the whole-period one.
    expect(t.footer!.map((r) => r.map((c) => cellValue(c)))).toEqual([
      ['Total, OPD with a pagu 2026', '', 600_000_000, 500_000_001, 99_999_999, 100, 1],
      ['Total, no pagu for 2026', '', 'Rp2.000.000.000 (whole period)', null, null, null, 0],
      ['Total', '', null, 500_000_001, null, 100, 1],
    ]);
  });

  it('every total of every --tahun adds up: pagu − allocated = remaining wherever all three are shown', () => {
    const mixed = planOf(
      twoTargets
        .replace(
          '  - {id: B, nama: Dinas B, pagu: 2 M}',
          '  - {id: B, nama: Dinas B, pagu: 2 M}\n  - {id: C, nama: Dinas C, pagu: {2025: 1 M, 2027: 2 M}}\n  - {id: D, nama: Dinas D}',
        )
        .replace(
          '  - {id: K9, nama: Tanpa induk, opd: B, anggaran: 7}',
          '  - {id: K9, nama: Tanpa induk, opd: B, anggaran: 7}\n  - {id: KC, nama: C, opd: C, anggaran: {2025: 900 juta, 2027: "2,5 M"}}\n  - {id: KD, nama: D, opd: D, anggaran: {2025: 5 juta, 2027: 5 juta}}',
        ),
    );
    for (const tahun of [undefined, 2025, 2026, 2027, 2029]) {
      const t = summary(mixed, { tahun });
      for (const r of [...t.rows, ...t.footer!]) {
        const [pagu, allocated, remaining] = [cellValue(r[2]), cellValue(r[3]), cellValue(r[4])];
        if (typeof pagu === 'number' && typeof allocated === 'number' && typeof remaining === 'number') {
          expect(pagu - allocated, `${tahun} ${cellText(r[0])}`).toBe(remaining);
        }
      }
      // The last footer row is all the Pemda's money: the sum of the rows.
      const rows = t.rows.map((r) => cellValue(r[3])).filter((v): v is number => typeof v === 'number');
      expect(cellValue(t.footer!.at(-1)![3]), String(tahun)).toBe(rows.reduce((a, b) => a + b, 0));
      if (tahun === 2027) expect(t.footer!.map((r) => cellText(r[0]))).toEqual(['Total, OPD with a pagu 2027', 'Total, no pagu for 2027', 'Total']);
    }
  });

  it('shows a sum with an unreadable amount as unknown, never taking it for zero', () => {
    const broken = planOf(twoTargets.replace('anggaran: 300 juta', 'anggaran: tiga ratus juta'));
    const t = summary(broken);
    expect(t.rows.map((r) => [cellText(r[0]), cellText(r[3]), cellValue(r[3]), cellText(r[4]), cellValue(r[6])])).toEqual([
      ['A', 'Rp1.000.000.001', 1_000_000_001, 'Rp199.999.999', 1],
      ['B', '?', null, '?', 2],
    ]);
    expect(t.footer![0].map((c) => cellText(c))).toEqual(['Total', '', 'Rp3.200.000.000', '?', '?', '—', '3']);
    expect(t.notes!.map((n) => n.en).join(' ')).toContain('1 amount(s) could not be read: the sums they belong to are shown as ?; run `cascade validate`');
    const s = summary(broken, { by: 'sasaran' });
    expect(s.rows.map((r) => [cellText(r[0]), cellText(r[2])])).toEqual([
      ['S1', 'Rp1.000.000.001'],
      ['S2', '?'],
      ['(no sasaran)', 'Rp7'],
    ]);
    const p = summary(broken, { by: 'program' });
    expect(p.rows.map((r) => [cellText(r[1]), cellText(r[4])])).toEqual([
      ['P1', 'Rp1.000.000.001'],
      ['P2', '?'],
      ['(not under a program)', 'Rp7'],
    ]);
  });
});

describe('a crosscutting plan of thousands of items', () => {
  it('counts every rupiah once in every total, and in exactly one row of each grouping but sasaran (where shared money shows whole under each target)', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const lines = ['cascade: 1', 'periode: 2025-2029', 'opd:', '  - {id: A, nama: A}', '  - {id: B, nama: B}', 'sasaran:'];
    for (let s = 0; s < 5; s++) lines.push(`  - {id: S${s}, nama: s, ksf: [{id: F${s}, nama: f}]}`);
    lines.push('sasaran_opd:');
    for (let s = 0; s < 10; s++) lines.push(`  - {id: SS${s}, nama: ss, opd: ${s % 2 ? 'A' : 'B'}, mendukung: [F${s % 5}${s > 4 ? `, F${(s + 1) % 5}` : ''}]}`);
    lines.push('program:');
    for (let p = 0; p < 30; p++) lines.push(`  - {id: P${p}, nama: p, mendukung: [SS${p % 10}, SS${(p * 7) % 10}]}`);
    lines.push('kegiatan:');
    let expected = 0n;
    for (let k = 0; k < 3000; k++) {
      const amount = BigInt(rand(1_000_000_000)) * 997n + 1n;
      expected += amount;
      const parents = [...new Set([rand(30), rand(30), rand(30)])].map((p) => `P${p}`).join(', ');
      lines.push(`  - {id: K${k}, nama: k, mendukung: [${parents}], anggaran: ${amount}}`);
    }
    const plan = planOf(`${lines.join('\n')}\n`);
    for (const by of BUDGET_GROUPINGS) {
      const t = summary(plan, { by });
      const key = by === 'opd' ? 'dialokasikan' : by === 'sasaran' ? 'anggaran' : 'rincian';
      const rows = values(t, key).reduce((a, b) => (a as bigint) + BigInt(b as number), 0n);
      if (by === 'sasaran') {
        // Rows overlap by what is shared; none holds more than the whole, and without the shared parts they fall short of it.
        const shared = values(t, 'bersama').reduce((a, b) => (a as bigint) + BigInt((b as number | null) ?? 0), 0n);
        expect(rows > expected && shared > 0n).toBe(true);
        expect(rows - shared <= expected).toBe(true);
        for (const v of values(t, key)) expect(BigInt(v as number) <= expected).toBe(true);
      } else expect(rows, by).toBe(expected);
      expect(BigInt(footer(t, key) as number), by).toBe(expected);
    }
  });
});

describe('partners (mitra) in budget-summary', () => {
  const plan = planOf(yaml`
    cascade: 1
    periode: 2025-2029
    opd:
      - {id: DISHUB, nama: Dinas Perhubungan, pagu: 2 M}
      - {id: POLRES, nama: Kepolisian Resor, mitra: true, pagu: 1 M}
    sasaran:
      - {id: S1, nama: Lalu lintas lancar}
    ksf:
      - {id: F1, nama: Tertib, mendukung: S1}
    sasaran_opd:
      - {id: SS1, nama: Angkutan tertib, opd: DISHUB, mendukung: F1}
      - {id: SS2, nama: Penegakan hukum, opd: POLRES, mendukung: F1}
    program:
      - {id: P1, nama: Program angkutan, mendukung: SS1, anggaran: 2 M}
      - {id: P2, nama: Program penegakan, mendukung: SS2, anggaran: 1 M}
  `);

  it("shows a partner's row, marked, but counts its money in no total or share", () => {
    const t = summary(plan);
    expect(texts(t, 'nama')).toEqual(['Dinas Perhubungan', 'Kepolisian Resor (partner)']);
    expect(values(t, 'dialokasikan')).toEqual([2_000_000_000, 1_000_000_000]);
    expect(texts(t, 'porsi')[1]).toBe('');
    expect(footer(t, 'pagu')).toBe(2_000_000_000);
    expect(footer(t, 'dialokasikan')).toBe(2_000_000_000);
    expect(t.notes!.map((n) => n.en).join(' ')).toContain('Partners (mitra) are outside the Pemda budget');
  });

  it("keeps partner money out of every grouping's total", () => {
    for (const by of BUDGET_GROUPINGS) {
      const t = summary(plan, { by });
      const key = by === 'opd' ? 'dialokasikan' : by === 'sasaran' ? 'anggaran' : 'rincian';
      expect(footer(t, key), by).toBe(2_000_000_000);
    }
    const bySasaran = summary(plan, { by: 'sasaran' });
    expect(values(bySasaran, 'anggaran')).toEqual([2_000_000_000]);
    expect(bySasaran.notes!.map((n) => n.en).join(' ')).toContain('1 amount(s) of partners (mitra) are outside the Pemda budget');
  });
});
