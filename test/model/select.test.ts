import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { parseLevels, selectTree, type Selection } from '../../src/model/select.js';
import { smallPlan } from '../render/fixture.js';

const ids = (s: Selection) => s.nodes.map((n) => n.id);
const links = (s: Selection) => s.links.map((l) => `${l.parent.id}${l.crosscutting ? ' ~> ' : ' -> '}${l.child.id}`);

describe('selectTree', () => {
  it('draws every node depth first, siblings in written order, and marks crosscutting links', () => {
    const s = selectTree(smallPlan());
    expect(ids(s)).toEqual([
      'T1',
      'S1',
      'KSF-A',
      'DISHUB.SS1',
      'DISHUB.P1',
      'DISHUB.K1',
      'DISHUB.K2',
      'KSF-B',
      'SATPOL.SS1',
      'SATPOL.P1',
      'SATPOL.K1',
      'KSF-C',
      'POLRES.SS1',
    ]);
    expect(links(s)).toContain('DISHUB.P1 -> DISHUB.K2');
    expect(links(s)).toContain('SATPOL.P1 ~> DISHUB.K2');
    expect(s.links.filter((l) => l.crosscutting)).toHaveLength(1);
    expect(s.links).toHaveLength(13);
  });

  it('--root keeps the subtree, crosscutting children included', () => {
    const s = selectTree(smallPlan(), { root: 'SATPOL.SS1' });
    expect(ids(s)).toEqual(['SATPOL.SS1', 'SATPOL.P1', 'SATPOL.K1', 'DISHUB.K2']);
    expect(links(s)).toEqual(['SATPOL.SS1 -> SATPOL.P1', 'SATPOL.P1 -> SATPOL.K1', 'SATPOL.P1 ~> DISHUB.K2']);
  });

  it('--depth counts links below the top boxes', () => {
    expect(ids(selectTree(smallPlan(), { depth: 0 }))).toEqual(['T1']);
    expect(ids(selectTree(smallPlan(), { depth: 2 }))).toEqual(['T1', 'S1', 'KSF-A', 'KSF-B', 'KSF-C']);
    expect(ids(selectTree(smallPlan(), { root: 'DISHUB.SS1', depth: 1 }))).toEqual(['DISHUB.SS1', 'DISHUB.P1']);
  });

  it('--opd keeps that OPD and the Pemda boxes above it, not the other OPDs', () => {
    const s = selectTree(smallPlan(), { opd: 'SATPOL' });
    expect(ids(s)).toEqual(['T1', 'S1', 'KSF-B', 'SATPOL.SS1', 'SATPOL.P1', 'SATPOL.K1']);
    expect(ids(selectTree(smallPlan(), { opd: 'POLRES' }))).toEqual(['T1', 'S1', 'KSF-C', 'POLRES.SS1']);
  });

  it('--levels links each box to the nearest box kept above it, through the levels left out', () => {
    const s = selectTree(smallPlan(), { levels: ['sasaran', 'program', 'kegiatan'] });
    expect(ids(s)).toEqual(['S1', 'DISHUB.P1', 'DISHUB.K1', 'DISHUB.K2', 'SATPOL.P1', 'SATPOL.K1']);
    expect(links(s)).toEqual([
      'S1 -> DISHUB.P1',
      'DISHUB.P1 -> DISHUB.K1',
      'DISHUB.P1 -> DISHUB.K2',
      'SATPOL.P1 ~> DISHUB.K2',
      'S1 -> SATPOL.P1',
      'SATPOL.P1 -> SATPOL.K1',
    ]);
    // Through a crosscutting link the way up is crosscutting too.
    const top = selectTree(smallPlan(), { levels: ['sasaran_opd', 'kegiatan'] });
    expect(links(top)).toContain('DISHUB.SS1 -> DISHUB.K2');
    expect(links(top)).toContain('SATPOL.SS1 ~> DISHUB.K2');
  });

  it('filters combine', () => {
    const s = selectTree(smallPlan(), { root: 'S1', depth: 3, levels: ['ksf', 'sasaran_opd'], opd: 'DISHUB' });
    expect(ids(s)).toEqual(['KSF-A', 'DISHUB.SS1']);
  });

  it('tells the user when a filter names nothing, with a did-you-mean', () => {
    expect(() => selectTree(smallPlan(), { root: 'dishub.p1' })).toThrow(UsageError);
    expect(() => selectTree(smallPlan(), { root: 'dishub.p1' })).toThrow(/Did you mean DISHUB.P1/);
    expect(() => selectTree(smallPlan(), { opd: 'DISHUBB' })).toThrow(/Did you mean DISHUB\?/);
    expect(() => parseLevels('sasaran,kegiatn')).toThrow(/"kegiatn" is not a level. Did you mean kegiatan/);
    expect(() => parseLevels(' , ')).toThrow(UsageError);
    expect(parseLevels('sasaran, program')).toEqual(['sasaran', 'program']);
  });
});
