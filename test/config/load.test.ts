import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, loadConfig } from '../../src/config/load.js';
import { TOOL_RULES } from '../../src/config/meta.js';
import { severityResolver } from '../../src/config/severity.js';
import { RULES, ruleById } from '../../src/rules/index.js';
import { yaml } from '../helpers/rule-tester.js';

const KNOWN = [...RULES.map((r) => r.meta.id), ...TOOL_RULES.map((r) => r.id)];

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cascade-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const load = (text: string) => {
  const dir = folder({ 'cascade.config.yaml': text });
  return loadConfig(undefined, KNOWN, dir);
};
const where = (r: ReturnType<typeof load>) => r.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`);

describe('cascade.config.yaml', () => {
  it('is found in the working folder or a folder above it', () => {
    const dir = folder({ 'cascade.config.yaml': 'rules: {}\n', 'opd/dinas/.keep': '' });
    expect(findConfig(join(dir, 'opd', 'dinas'))).toBe(join(dir, 'cascade.config.yaml'));
    expect(loadConfig(undefined, KNOWN, join(dir, 'opd')).config.file).toBe(join(dir, 'cascade.config.yaml'));
    expect(loadConfig(false, KNOWN, join(dir, 'opd')).config.file).toBeUndefined();
  });

  it('reads a valid configuration with no finding', () => {
    const r = load(yaml`
      # yaml-language-server: $schema=schemas/cascade.config.schema.json
      extends: recommended
      rules:
        cascade/not-cascaded: off
        kode/shape: warn
      overrides:
        - files: ["opd/*.yaml"]
          rules: {indikator/missing: warning}
      settings:
        hoursPerDay: 8
        capaianTurun: rasio
    `);
    expect(r.diagnostics).toEqual([]);
    expect(r.config.data.settings).toEqual({ hoursPerDay: 8, capaianTurun: 'rasio' });
  });

  it('takes an empty file as every rule at its default', () => {
    expect(load('# nothing yet\n').diagnostics).toEqual([]);
  });

  it('reports each mistake at its own line and column', () => {
    const r = load(yaml`
      extends: recomended
      rules:
        cascade/not-cascade: off
        kode/shape: disable
      overrides:
        - file: "*.yaml"
          rules: {}
      settings:
        hoursPerDay: 30
        tolerance: "0,1"
        capaianTurun: selisi
      setings: {}
    `);
    expect(where(r)).toEqual([
      '1:10 config/invalid',
      '3:3 config/unknown-rule',
      '4:15 config/invalid',
      '6:5 config/invalid',
      '6:5 config/unknown-key',
      '9:16 config/invalid',
      '10:14 config/invalid',
      '11:17 config/invalid',
      '12:1 config/unknown-key',
    ]);
    const text = r.diagnostics.map((d) => d.message.en).join('\n');
    expect(text).toContain('Did you mean `cascade/not-cascaded`?');
    expect(text).toContain('Did you mean `settings`?');
    expect(text).toContain('`hoursPerDay` must be at most 24; found 30.');
    expect(text).toContain('Missing required key `files`.');
    expect(text).toContain('Did you mean `selisih`?');
    for (const d of r.diagnostics) expect(d.message.id).not.toBe(d.message.en);
  });

  it('reports YAML that does not parse', () => {
    const r = load('rules: {a: [\n');
    expect(r.diagnostics[0].rule).toBe('yaml/syntax');
  });
});

describe('severities from the configuration', () => {
  it('start from the defaults, then rules, then matching overrides in order', () => {
    const dir = folder({
      'cascade.config.yaml': yaml`
      rules:
        cascade/not-cascaded: off
        kode/shape: warn
      overrides:
        - files: "opd/**"
          rules: {cascade/not-cascaded: error}
        - files: ["opd/draft-*.yaml"]
          rules: {cascade/not-cascaded: info}
    `,
    });
    const { config } = loadConfig(undefined, KNOWN, dir);
    const at = severityResolver(config, dir);
    const meta = (id: string) => ruleById(id)!.meta;
    expect(at(meta('ref/unknown'), 'rpjmd.yaml')).toBe('error');
    expect(at(meta('kode/shape'), 'rpjmd.yaml')).toBe('warning');
    expect(at(meta('cascade/not-cascaded'), 'rpjmd.yaml')).toBe('off');
    expect(at(meta('cascade/not-cascaded'), 'opd/dispar.yaml')).toBe('error');
    expect(at(meta('cascade/not-cascaded'), 'opd/draft-1.yaml')).toBe('info');
    // Globs are relative to the config file, wherever the command runs.
    const fromSub = severityResolver(config, join(dir, 'opd'));
    expect(fromSub(meta('cascade/not-cascaded'), 'dispar.yaml')).toBe('error');
    expect(fromSub(meta('cascade/not-cascaded'), '../rpjmd.yaml')).toBe('off');
  });
});

describe('settings: nomenklatur', () => {
  it('takes the edition, quoted or not, and off', () => {
    for (const [text, want] of [
      ['2021', '2021'],
      ["'2021'", '2021'],
      ['off', 'off'],
    ] as const) {
      const r = load(`settings:\n  nomenklatur: ${text}\n`);
      expect(r.diagnostics).toEqual([]);
      expect(r.config.data.settings).toEqual({ nomenklatur: want });
    }
  });

  it('reports an edition that is not shipped at its value', () => {
    const r = load('settings:\n  nomenklatur: 2019\n');
    expect(where(r)).toEqual(['2:16 config/invalid']);
  });
});
