// One answer for crosscutting money (issue 15, item 5): an item serving several Pemda targets
// shows whole against each, marked shared, and counts once in every total — in budget-summary
// --by sasaran, table crosscutting, table rpjmd, the chart and trace alike.
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';

const PLAN = 'examples/stunting';
const json = async (args: string[]) => {
  const r = await runInProcess([...args, PLAN, '-f', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};
type Row = Record<string, unknown>;

// DPUPR's SPAM (Rp2 M a year, Rp10 M in the period) serves both Pemda targets; the rest serves S-STUNTING only.
const SHARED = 10_000_000_000;
const TOTAL = 26_750_000_000;

describe('crosscutting money, counted the same way everywhere', () => {
  it('budget-summary --by sasaran, table crosscutting, table rpjmd, trace and the chart agree', async () => {
    const [bySasaran] = await json(['budget-summary', '--by', 'sasaran']);
    const row = (id: string) => bySasaran.rows.find((r: Row) => r.sasaran === id);
    expect(row('S-AIR')).toMatchObject({ anggaran: SHARED, bersama: SHARED, item: 1 });
    expect(row('S-STUNTING')).toMatchObject({ anggaran: TOTAL, bersama: SHARED, item: 5 });
    expect(bySasaran.footer[0].anggaran).toBe(TOTAL);

    const [, contributions] = await json(['table', 'crosscutting']);
    const dpupr = contributions.rows.filter((r: Row) => r.opd === 'DPUPR');
    expect(dpupr.map((r: Row) => [r.sasaran, r.anggaran, r.bersama])).toEqual([
      ['S-STUNTING', SHARED, SHARED],
      ['S-AIR', SHARED, SHARED],
    ]);
    // Each target's contributions add up to its row of budget-summary; the total counts the SPAM once.
    for (const id of ['S-STUNTING', 'S-AIR']) {
      const sum = contributions.rows.filter((r: Row) => r.sasaran === id).reduce((a: number, r: Row) => a + ((r.anggaran as number) ?? 0), 0);
      expect(sum, id).toBe(row(id).anggaran);
    }
    expect(contributions.footer[0].anggaran).toBe(TOTAL);

    const [rpjmd] = await json(['table', 'rpjmd']);
    const rp = (nama: string) => rpjmd.rows.find((r: Row) => r.sasaran === nama)?.rp_akhir;
    expect(rp('Meningkatnya kualitas lingkungan permukiman')).toBe(SHARED);
    expect(rp('Menurunnya prevalensi stunting balita')).toBe(TOTAL);

    for (const [id, amount, shared] of [
      ['S-AIR', SHARED, SHARED],
      ['S-STUNTING', TOTAL, SHARED],
      ['DPUPR.K1.4', SHARED, SHARED],
    ] as const) {
      const trace = await json(['trace', id]);
      expect(trace.anggaran, id).toEqual({ amount, shared, sasaran: ['S-STUNTING', 'S-AIR'] });
    }
    const tree = await runInProcess(['trace', 'DPUPR.K1.4', PLAN]);
    expect(tree.stdout).toContain('anggaran: Rp10.000.000.000 shared with S-STUNTING, S-AIR: whole against each target, once in every total');

    const chart = await runInProcess(['render', PLAN, '--format', 'mermaid']);
    const box = (id: string) => chart.stdout.split('\n').find((l) => l.includes(`n_${id.replace(/[.-]/g, '_')}[`)) ?? '';
    expect(box('DPUPR.K1.4')).toContain('Rp10,0 M (shared by several targets)');
    expect(box('DINKES.SK1.1')).toContain('Rp4,5 M');
    expect(box('DINKES.SK1.1')).not.toContain('shared');
  });
});
