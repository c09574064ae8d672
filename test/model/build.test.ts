import { describe, expect, it } from 'vitest';
import { nodeById } from '../../src/model/plan.js';
import { planOf, yaml } from '../helpers/rule-tester.js';

const files = {
  'rpjmd.yaml': yaml`
    cascade: 1
    sasaran:
      - id: S1
        nama: Sasaran
        ksf:
          - {id: K1, nama: Faktor 1}
          - {id: K2, nama: Faktor 2}
  `,
  'dinas.yaml': yaml`
    cascade: 1
    opd:
      - {id: DINAS, nama: Dinas}
    sasaran_opd:
      - id: SS1
        nama: Sasaran OPD
        opd: DINAS
        mendukung: [K1, K2]
        ksf:
          - id: KO
            nama: Faktor OPD
            program:
              - id: P1
                nama: Program
                kegiatan:
                  - {id: KG1, nama: Kegiatan, indikator: [{nama: a}, {id: KG1.I2, nama: b}]}
  `,
};

describe('buildPlan', () => {
  const plan = planOf(files);

  it('joins all files into one plan with global ids', () => {
    expect(plan.nodes.map((n) => n.id)).toEqual(['S1', 'K1', 'K2', 'SS1', 'KO', 'P1', 'KG1']);
    expect(plan.sources).toHaveLength(2);
  });

  it('links by nesting and by mendukung, several parents being crosscutting', () => {
    const ss1 = nodeById(plan, 'SS1')!;
    expect(ss1.parents.map((p) => p.id)).toEqual(['K1', 'K2']);
    expect(nodeById(plan, 'K2')!.children.map((c) => c.id)).toEqual(['SS1']);
    expect(nodeById(plan, 'P1')!.parents.map((p) => p.id)).toEqual(['KO']);
  });

  it('tells Pemda factors from OPD factors', () => {
    expect(nodeById(plan, 'K1')!.tier).toBe('pemda');
    expect(nodeById(plan, 'KO')!.tier).toBe('opd');
  });

  it('inherits the OPD down the tree', () => {
    expect(nodeById(plan, 'KG1')!.opd?.id).toBe('DINAS');
    expect(nodeById(plan, 'S1')!.opd).toBeUndefined();
  });

  it('names indicators without an id by their owner and position', () => {
    expect(nodeById(plan, 'KG1')!.indicators.map((i) => i.label)).toEqual(['KG1 indikator 1', 'KG1.I2']);
    expect(plan.byId.get('KG1.I2')?.kind).toBe('indicator');
  });

  it('keeps where each node was written', () => {
    const kg1 = nodeById(plan, 'KG1')!;
    expect(kg1.loc.source.path).toBe('dinas.yaml');
    expect(kg1.loc.source.locate([...kg1.loc.path, 'id']).line).toBe(16);
  });
});
