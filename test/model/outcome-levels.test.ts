// The outcome statements of PermenPANRB 89/2021 (tujuan_opd, outcome_antara, sasaran_program,
// sasaran_kegiatan): read, linked, checked, counted and shown like the other levels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { budgetOf } from '../../src/model/budget.js';
import { nodeById } from '../../src/model/plan.js';
import { cellText } from '../../src/tables/table.js';
import { VIEWS } from '../../src/tables/views/index.js';
import { ROOT } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';
import { lint, planOf, yaml } from '../helpers/rule-tester.js';

/** The example of docs/format.md's section on them: the reader sees what the test runs. */
const doc = readFileSync(join(ROOT, 'docs/format.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Outcome statements'));
const EXAMPLE = /```yaml\n([\s\S]*?)```/.exec(section)![1];

describe('outcome statements of PermenPANRB 89/2021', () => {
  it("docs/format.md's example uses each of them and has no finding", () => {
    for (const key of ['tujuan_opd:', 'outcome_antara:', 'sasaran_program:', 'sasaran_kegiatan:']) expect(EXAMPLE).toContain(key);
    expect(lint(EXAMPLE)).toEqual([]);
  });

  it('links each to its parent, and a kegiatan under a sasaran kegiatan stays its program’s for money', () => {
    const plan = planOf(EXAMPLE);
    const parentOf = (id: string) => nodeById(plan, id)!.parents.map((p) => p.id);
    expect(parentOf('DINKES.T1')).toEqual(['KSF-YANKES']);
    expect(parentOf('DINKES.SS1')).toEqual(['DINKES.T1']);
    expect(parentOf('DINKES.IO1')).toEqual(['DINKES.SS1']);
    expect(parentOf('DINKES.SP1')).toEqual(['DINKES.IO1']);
    expect(parentOf('DINKES.P2')).toEqual(['DINKES.SP1']);
    expect(parentOf('DINKES.SK1')).toEqual(['DINKES.P2']);
    expect(parentOf('DINKES.K1')).toEqual(['DINKES.SK1']);
    expect(nodeById(plan, 'DINKES.SP1')!.opd?.id).toBe('DINKES');
    const budget = budgetOf(plan);
    expect(budget.parentOf(nodeById(plan, 'DINKES.K1')!)?.id).toBe('DINKES.P2');
    expect(budget.counted.map((n) => n.id)).toEqual(['DINKES.K1']);
  });

  it('checks a program’s money against its kegiatan through a sasaran kegiatan', () => {
    const plan = EXAMPLE.replace('kode: 1.02.02\n', 'kode: 1.02.02\n                            anggaran: Rp 1 M\n');
    const found = lint(plan, 'anggaran/sum');
    const line = plan.split('\n').findIndex((l) => l.includes('anggaran: Rp 1 M')) + 1;
    expect(found.map((d) => [d.rule, d.line, d.node])).toEqual([['anggaran/sum', line, 'DINKES.P2']]);
  });

  it('refuses a parent of the wrong level, at the mendukung; and the key where it may not be written', () => {
    const plan = yaml`
      cascade: 1
      opd: [{id: A, nama: A}]
      sasaran_opd:
        - id: SS
          nama: s
          opd: A
          sasaran_kegiatan:
            - {id: SK0, nama: k}
      sasaran_kegiatan:
        - id: SK
          nama: k
          mendukung: SS
      sasaran_program:
        - {id: SP, nama: sp, mendukung: SK}
    `;
    expect(lint(plan, 'link/level').map((d) => [d.line, d.column, d.message.en])).toEqual([
      [12, 16, 'A sasaran kegiatan cannot support a sasaran strategis OPD: its parent must be a program.'],
      [
        14,
        35,
        'A sasaran program cannot support a sasaran kegiatan: its parent must be a sasaran strategis OPD, a key success factor of one, or an intermediate outcome.',
      ],
    ]);
    expect(lint(plan, 'schema/unknown-key').map((d) => d.line)).toEqual([7]);
  });

  it('asks each to be cascaded further, and each to have indicators', () => {
    const plan = yaml`
      cascade: 1
      opd: [{id: A, nama: A}]
      ksf:
        - id: K
          nama: k
          tujuan_opd:
            - {id: T, nama: t, opd: A}
      sasaran_opd:
        - id: SS
          nama: s
          opd: A
          indikator: [{nama: i, target: 1}]
          outcome_antara:
            - id: IO
              nama: io
              sasaran_program:
                - {id: SP, nama: sp}
    `;
    const notCascaded = lint(plan, 'cascade/not-cascaded').map((d) => d.node);
    expect(notCascaded).toEqual(['T', 'SS', 'IO', 'SP']);
    expect(lint(plan, 'indikator/missing').map((d) => [d.node, d.line])).toEqual([
      ['T', 7],
      ['IO', 14],
      ['SP', 17],
    ]);
  });

  it('lets an eselon III sign for a sasaran program and an eselon IV for a sasaran kegiatan, not the other way round', () => {
    const jab = (extra: string) =>
      `${EXAMPLE}jabatan:\n  - {id: KABID, nama: Kabid, opd: DINKES, jenis: struktural, eselon: III, sasaran: ${extra}}\n  - {id: KASI, nama: Kasi, opd: DINKES, jenis: struktural, eselon: IV, sasaran: DINKES.SK1}\n`;
    expect(lint(jab('DINKES.SP1'), 'jabatan/eselon')).toEqual([]);
    expect(lint(jab('DINKES.SK1'), 'jabatan/eselon').map((d) => d.node)).toEqual(['KABID']);
  });

  it('shows them in table cascade and in trace, each at its level', async () => {
    const [t] = VIEWS.find((v) => v.name === 'cascade')!.build(planOf(EXAMPLE), { settings: DEFAULT_SETTINGS });
    const levels = [...new Map(t.rows.map((r) => [cellText(r[0]), cellText(r[2])])).values()];
    expect(levels).toEqual([
      'Sasaran Pemda',
      'KSF',
      'Tujuan OPD',
      'Sasaran OPD',
      'Outcome antara',
      'Sasaran program',
      'Program',
      'Sasaran kegiatan',
      'Kegiatan',
    ]);
  });
});

describe('outcome statements on the command line', () => {
  it('trace walks up through each of them', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'cascade-outcome-levels-'));
    try {
      writeFileSync(join(dir, 'plan.yaml'), EXAMPLE);
      const r = await runInProcess(['trace', 'DINKES.K1', dir]);
      expect(r.code).toBe(0);
      const order = ['sasaran kegiatan', 'program', 'sasaran program', 'intermediate outcome', 'sasaran strategis OPD', 'tujuan OPD', 'sasaran Pemda'].map(
        (l) => r.stdout.indexOf(` · ${l} · `),
      );
      expect(order.every((at) => at > 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
