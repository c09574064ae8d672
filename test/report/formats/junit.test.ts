import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../../src/report/formats/junit.js';
import { contextFor, NASTY, realDiagnostics } from './fixtures.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  trimValues: false,
  parseTagValue: false,
  isArray: (name) => name === 'testsuite' || name === 'testcase',
});

describe('junit', () => {
  const diagnostics = [...realDiagnostics(), NASTY];
  const xml = formatJunit(diagnostics, contextFor(diagnostics));

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('has one failing test case per finding, grouped by file, with counts that add up', () => {
    const doc = parser.parse(xml);
    const suites = doc.testsuites.testsuite;
    const cases = suites.flatMap((s: any) => s.testcase);
    expect(cases).toHaveLength(diagnostics.length);
    expect(Number(doc.testsuites.failures)).toBe(diagnostics.length);
    for (const s of suites) expect(Number(s.failures)).toBe(s.testcase.length);
    expect(suites.map((s: any) => s.name)).toEqual([...new Set(diagnostics.map((d) => d.file))]);
    const nasty = cases.at(-1);
    expect(nasty.failure.message).toBe(NASTY.message.en.replace('\u0007', '\\u0007'));
    expect(nasty.failure.type).toBe('ref/unknown');
    expect(nasty.classname).toBe(NASTY.file);
    expect(nasty.failure['#text']).toContain('dir/we,ird:name%.yaml:3:7: warning: Line one');
  });

  it('shows a clean run as one passing test case', () => {
    const clean = parser.parse(formatJunit([], contextFor([])));
    expect(XMLValidator.validate(formatJunit([], contextFor([])))).toBe(true);
    expect(clean.testsuites.testsuite[0].testcase).toHaveLength(1);
    expect(clean.testsuites.testsuite[0].testcase[0].failure).toBeUndefined();
    expect(clean.testsuites.failures).toBe('0');
  });

  it('labels severities in Indonesian when asked', () => {
    expect(formatJunit([NASTY], contextFor([NASTY], 'id'))).toContain(': peringatan: Baris satu');
  });
});
