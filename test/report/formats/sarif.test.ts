import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { formatSarif } from '../../../src/report/formats/sarif.js';
import { contextFor, NASTY, realDiagnostics } from './fixtures.js';

/**
 * The official OASIS schema is draft-04; ajv 8 reads draft-07, which differs from it only in
 * `id` → `$id` for this schema (it uses no boolean exclusiveMinimum), so that is all we change.
 */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(new URL('../../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
  schema.$id = schema.id;
  delete schema.id;
  schema.$schema = 'http://json-schema.org/draft-07/schema#';
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

describe('sarif', () => {
  const validate = sarifValidator();
  const diagnostics = [...realDiagnostics(), NASTY];
  const log = JSON.parse(formatSarif(diagnostics, contextFor(diagnostics)));

  it('validates against the official SARIF 2.1.0 schema', () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('fails the schema when broken, so the check above means something', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('describes every rule: id, short description, help page, default level', () => {
    const rules = log.runs[0].tool.driver.rules;
    const byId = new Map(rules.map((r: { id: string }) => [r.id, r]));
    expect(byId.get('cascade/not-cascaded')).toMatchObject({
      shortDescription: { text: expect.stringContaining('cascaded further') },
      defaultConfiguration: { level: 'warning' },
    });
    // No file:// address of this machine's install: a dead link in code scanning anywhere else.
    expect(JSON.stringify(log)).not.toMatch(/"(helpUri|informationUri|uri)":"file:/);
    // The page itself (whether every rule has one is test/rules/meta.test.ts's concern) rides along.
    const unknown = byId.get('ref/unknown') as { help: { markdown: string } };
    expect(unknown.help.markdown).toContain('## What it checks');
    expect(unknown.help.markdown).toContain('`ref/unknown`');
  });

  it('puts each finding at its region, pointing at its rule', () => {
    const results = log.runs[0].results;
    expect(results).toHaveLength(diagnostics.length);
    results.forEach((r: any, i: number) => {
      const d = diagnostics[i];
      expect(log.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(d.rule);
      expect(r.locations[0].physicalLocation.region).toEqual({ startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn });
      expect(decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri)).toBe(d.file);
      expect(r.message.text).toBe(d.message.en);
    });
    expect(results.at(-1).level).toBe('warning');
    expect(results.some((r: any) => r.level === 'error')).toBe(true);
  });

  it('speaks the language asked for', () => {
    const id = JSON.parse(formatSarif([NASTY], contextFor([NASTY], 'id')));
    expect(id.runs[0].results[0].message.text).toBe(NASTY.message.id);
    expect(id.runs[0].tool.driver.rules[0].shortDescription.text).toBe('File berupa YAML yang benar.');
  });
});
