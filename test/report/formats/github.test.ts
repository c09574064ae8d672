import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../../src/report/formats/github.js';
import { contextFor, NASTY, realDiagnostics } from './fixtures.js';

// The documented syntax: ::<command> <prop>=<value>,…::<message>, one command per line.
const COMMAND = /^::(error|warning|notice) ((?:[A-Za-z]+=[^,:\r\n]*)(?:,[A-Za-z]+=[^,:\r\n]*)*)::([^\r\n]*)$/;
const unescapeCommand = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

describe('github', () => {
  const diagnostics = [...realDiagnostics(), NASTY];
  const out = formatGithub(diagnostics, contextFor(diagnostics));
  const lines = out.trimEnd().split('\n');

  it('writes one workflow command per finding, then a plain summary line', () => {
    expect(lines).toHaveLength(diagnostics.length + 1);
    expect(lines.at(-1)).toMatch(/^✖ \d+ problems/);
  });

  it('follows the documented syntax, and its properties and message read back exactly', () => {
    diagnostics.forEach((d, i) => {
      const m = COMMAND.exec(lines[i]);
      expect(m, lines[i]).not.toBeNull();
      expect(m![1]).toBe(d.severity === 'info' ? 'notice' : d.severity);
      const props = Object.fromEntries(m![2].split(',').map((p) => [p.slice(0, p.indexOf('=')), unescapeCommand(p.slice(p.indexOf('=') + 1))]));
      expect(props).toEqual({
        file: d.file,
        line: String(d.line),
        col: String(d.column),
        endLine: String(d.endLine),
        endColumn: String(d.endColumn),
        title: d.rule,
      });
      // A terminal control (BEL) is shown as an escape, not passed to the job log.
      expect(unescapeCommand(m![3])).toBe(d.message.en.replace('\u0007', '\\u0007'));
    });
  });

  it('escapes %, CR and LF in the message and also : and , in properties', () => {
    const line = lines[diagnostics.length - 1];
    expect(line).toContain('file=dir/we%2Cird%3Aname%25.yaml');
    expect(line).toContain('::Line one%0D%0Aline two%3A'.replace('%3A', ':'));
    expect(line).toContain('100%25 ');
  });
});
