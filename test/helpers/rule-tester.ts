import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings.js';
import { loadSource, sourceFromBytes } from '../../src/load/files.js';
import { buildPlan } from '../../src/model/build.js';
import type { Plan } from '../../src/model/plan.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { RULES, ruleById } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/run.js';

/** Removes the common indentation of a template literal, so fixtures read as YAML files. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw
    .replace(/^\n/, '')
    .replace(/\n[ \t]*$/, '\n')
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** In-memory files: text, or raw bytes for encoding cases; or a file on disk read as the CLI reads it. */
export type Files = Record<string, string | Uint8Array | { disk: string }>;

/** Builds a plan through the same path the CLI takes from bytes on disk. */
export function planOf(files: Files | string): Plan {
  const all = typeof files === 'string' ? { 'plan.yaml': files } : files;
  return buildPlan(
    Object.entries(all).map(([path, text]) => {
      if (typeof text === 'string') return sourceFromBytes(path, Buffer.from(text));
      return text instanceof Uint8Array ? sourceFromBytes(path, text) : loadSource(text.disk);
    }),
  );
}

/** Runs one rule (or all, with id undefined) over in-memory files. */
export function lint(files: Files | string, id?: string, settings: Partial<Settings> = {}): Diagnostic[] {
  const rules = id ? [ruleById(id) ?? fail(`no rule ${id}`)] : RULES;
  return runRules(planOf(files), rules, { settings: { ...DEFAULT_SETTINGS, ...settings } });
}

function fail(m: string): never {
  throw new Error(m);
}

export interface ExpectedFinding {
  line: number;
  column?: number;
  file?: string;
  /** Text (or pattern) the English message must contain. */
  message?: string | RegExp;
  node?: string;
}

export type Case = string | { name?: string; files: Files | string; settings?: Partial<Settings> };
export type InvalidCase = { name?: string; files: Files | string; settings?: Partial<Settings>; errors: ExpectedFinding[] };

/**
 * ESLint-style tests of one rule: valid cases report nothing from it; invalid cases report
 * exactly the findings listed, at those lines, with the rule's id and default severity.
 */
export function ruleTester(id: string, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  const rule = ruleById(id);
  describe(id, () => {
    it('is registered', () => expect(rule, `rule ${id} is not in the registry`).toBeDefined());
    it('has valid and invalid cases', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    cases.valid.forEach((c, i) => {
      const { files, settings, name } = typeof c === 'string' ? { files: c, settings: {}, name: undefined } : c;
      it(`valid: ${name ?? `#${i + 1}`}`, () => {
        const found = lint(files, id, settings);
        expect(found.map(show)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid: ${c.name ?? `#${i + 1}`}`, () => {
        const found = lint(c.files, id, c.settings);
        expect(
          found.map((d) => `${d.file}:${d.line}`),
          found.map(show).join('\n'),
        ).toEqual(c.errors.map((e) => `${e.file ?? (typeof c.files === 'string' ? 'plan.yaml' : Object.keys(c.files)[0])}:${e.line}`));
        found.forEach((d, k) => {
          const e = c.errors[k];
          expect(d.rule).toBe(id);
          expect(d.severity).toBe(rule!.meta.defaultSeverity);
          if (e.column !== undefined) expect(d.column).toBe(e.column);
          if (e.node !== undefined) expect(d.node).toBe(e.node);
          if (typeof e.message === 'string') expect(d.message.en).toContain(e.message);
          else if (e.message) expect(d.message.en).toMatch(e.message);
          // Every finding speaks both languages.
          expect(d.message.id.length).toBeGreaterThan(0);
          expect(d.message.id).not.toBe(d.message.en);
        });
      });
    });
  });
}

function show(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message.en}`;
}
