import { describe, expect, it } from 'vitest';
import { TOOL_RULES } from '../../src/config/meta.js';
import { applySuppressions, readDirectives } from '../../src/config/suppressions.js';
import type { SeverityFor } from '../../src/core/rule-meta.js';
import { SourceFile } from '../../src/load/source.js';
import { RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/run.js';
import { planOf, yaml, type Files } from '../helpers/rule-tester.js';

const KNOWN = [...RULES.map((r) => r.meta.id), ...TOOL_RULES.map((r) => r.id)];
const defaults: SeverityFor = (rule) => rule.defaultSeverity;

function check(files: Files | string, severityFor = defaults) {
  const plan = planOf(files);
  // The plans here name no acuan on purpose: cascade/acuan would only add a finding per sasaran.
  const found = runRules(
    plan,
    RULES.filter((r) => r.meta.id !== 'cascade/acuan'),
  );
  const kept = applySuppressions(found, plan.sources, KNOWN, severityFor);
  const show = (ds: typeof found) => ds.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`);
  return { before: show(found), after: show(kept), kept };
}

// Two sasaran without indicators (line 3 and 5), each also not cascaded further.
const PLAN = (comment3 = '', comment5 = '', head = '') => `${head}cascade: 1
sasaran:
${comment3 ? `  ${comment3}\n` : ''}  - id: S1
    nama: Satu
${comment5 ? `  ${comment5}\n` : ''}  - id: S2
    nama: Dua
`;

describe('suppression comments', () => {
  it('next-line removes exactly that rule on exactly the next line', () => {
    const { before, after } = check(PLAN('# cascade-disable-next-line indikator/missing -- indikator menyusul'));
    expect(before).toEqual([
      'plan.yaml:4:9 cascade/not-cascaded',
      'plan.yaml:4:9 indikator/missing',
      'plan.yaml:6:9 cascade/not-cascaded',
      'plan.yaml:6:9 indikator/missing',
    ]);
    expect(after).toEqual(before.filter((x) => x !== 'plan.yaml:4:9 indikator/missing'));
  });

  it('disable-line removes that rule on its own line only', () => {
    const plan = 'cascade: 1\nsasaran:\n  - {id: S1, nama: Satu}  # cascade-disable-line indikator/missing -- menyusul\n  - {id: S2, nama: Dua}\n';
    expect(check(plan).after).toEqual(['plan.yaml:3:10 cascade/not-cascaded', 'plan.yaml:4:10 cascade/not-cascaded', 'plan.yaml:4:10 indikator/missing']);
    const stale = check('cascade: 1\nsasaran:  # cascade-disable-line kode/shape\n  - {id: S1, nama: Satu}\n').kept.filter(
      (d) => d.rule === 'suppression/unused',
    );
    expect(stale.map((d) => d.message.en)).toEqual(['No `kode/shape` finding on this line to suppress: remove `kode/shape` from this comment.']);
  });

  it('names several rules separated by commas, or every rule when none is named', () => {
    expect(check(PLAN('# cascade-disable-next-line indikator/missing, cascade/not-cascaded')).after).toEqual([
      'plan.yaml:6:9 cascade/not-cascaded',
      'plan.yaml:6:9 indikator/missing',
    ]);
    expect(check(PLAN('', '# cascade-disable-next-line')).after).toEqual(['plan.yaml:3:9 cascade/not-cascaded', 'plan.yaml:3:9 indikator/missing']);
  });

  it('cascade-disable covers the whole file, wherever it is written, and only that file', () => {
    const files = {
      'a.yaml': PLAN('', '', '# cascade-disable cascade/not-cascaded -- ditulis bertahap\n'),
      'b.yaml': 'cascade: 1\nsasaran:\n  - {id: S3, nama: Tiga}\n',
    };
    expect(check(files).after).toEqual([
      'a.yaml:4:9 indikator/missing',
      'a.yaml:6:9 indikator/missing',
      'b.yaml:3:10 cascade/not-cascaded',
      'b.yaml:3:10 indikator/missing',
    ]);
  });

  it('reports a suppression that suppresses nothing, at the rule it names', () => {
    const { kept } = check(PLAN('# cascade-disable-next-line kode/shape, indikator/missing'));
    const unused = kept.filter((d) => d.rule === 'suppression/unused');
    expect(unused.map((d) => `${d.line}:${d.column}:${d.endColumn} ${d.severity}`)).toEqual(['3:31:41 warning']);
    expect(unused[0].message.en).toBe('No `kode/shape` finding on line 4 to suppress: remove `kode/shape` from this comment.');
    expect(unused[0].message.id).toContain('Tidak ada temuan `kode/shape` di baris 4');
  });

  it('reports a misspelt rule with a did-you-mean, and a blanket comment with nothing under it', () => {
    const misspelt = check(PLAN('# cascade-disable-next-line indikator/mising')).kept.filter((d) => d.rule === 'suppression/unused');
    expect(misspelt[0].message.en).toContain('`indikator/mising` is not a rule of cascade, so this suppresses nothing. Did you mean `indikator/missing`?');
    const blanket = check('cascade: 1\n# cascade-disable-next-line\npemda: Kabupaten Contoh\n').kept;
    expect(blanket.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['2:1 suppression/unused']);
  });

  it('lets the configuration turn the unused report off', () => {
    const off: SeverityFor = (rule) => (rule.id === 'suppression/unused' ? 'off' : rule.defaultSeverity);
    expect(check(PLAN('# cascade-disable-next-line kode/shape'), off).after).toEqual(check(PLAN('# a plain comment')).before);
  });

  it('reads only real comments: not a # inside quotes, nor text that merely starts alike', () => {
    const src = SourceFile.parse(
      'p.yaml',
      yaml`
      cascade: 1
      pemda: "Kab # cascade-disable-next-line ref/unknown"
      # cascade-disabled ref/unknown
      periode: 2025-2029 # cascade-disable-next-line ref/unknown -- why
      #cascade-disable kode/shape
    `,
    );
    expect(readDirectives(src).map((d) => [d.scope, d.line, d.rules.map((r) => r.id), d.reason])).toEqual([
      ['next-line', 4, ['ref/unknown'], 'why'],
      ['file', 5, ['kode/shape'], undefined],
    ]);
  });
});
