import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sanitize, visible, type Target } from '../../src/text/sanitize.js';

const HOSTILE = 'a\u001b[31m\u0007\u009b\u202e\u2066\u200f\u2028\ufffe\uffff\ud800z\r\n2\t3\r4';
const TARGETS: Target[] = [
  'terminal',
  'terminal-line',
  'markdown',
  'markdown-code',
  'csv',
  'xml',
  'xml-attr',
  'xlsx',
  'dot',
  'mermaid',
  'github-data',
  'github-property',
];
// Every character that may not leave the boundary raw; CR only as part of CRLF.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufffe\uffff\ud800-\udfff]|\r/;

describe('sanitize', () => {
  it('lets no control, bidi or non-XML character through, in any target', () => {
    for (const t of TARGETS) expect(sanitize(HOSTILE, t), t).not.toMatch(UNSAFE);
  });

  it('shows what was there as an escape, and keeps clean text as it is', () => {
    expect(visible(HOSTILE)).toBe('a\\u001b[31m\\u0007\\u009b\\u202e\\u2066\\u200f\\u2028\\ufffe\\uffff\uFFFDz\n2\t3\\r4');
    expect(visible('x\ny\tz', false)).toBe('x\\ny\\tz');
    expect(visible('Dinas Pariwisata – é 😀')).toBe('Dinas Pariwisata – é 😀');
    for (const t of TARGETS.filter((x) => !['csv', 'xlsx'].includes(x))) expect(sanitize('Dinas 2025 é', t), t).toBe('Dinas 2025 é');
  });

  it('one line where a line break would end a statement', () => {
    for (const t of ['terminal-line', 'markdown', 'markdown-code', 'xml-attr', 'dot', 'mermaid', 'github-data', 'github-property'] as Target[]) {
      const out = sanitize('one\ntwo', t);
      expect(out, t).not.toContain('\n');
    }
  });

  it("applies each format's own escaping", () => {
    expect(sanitize('| *b* `c` [l](x) <i>', 'markdown')).toBe('\\| \\*b\\* \\`c\\` \\[l\\](x) \\<i\\>');
    expect(sanitize('a`b|c', 'markdown-code')).toBe('a&#96;b&#124;c');
    expect(sanitize('=1+1', 'csv')).toBe("'=1+1");
    expect(sanitize('a,"b"', 'csv')).toBe('"a,""b"""');
    expect(sanitize('-5', 'xlsx')).toBe("'-5");
    expect(sanitize('<a href="x">&', 'xml')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;');
    expect(sanitize('a\\', 'dot')).toBe('a\\\\');
    expect(sanitize('"x"\n', 'dot')).toBe('\\"x\\"\\n');
    expect(sanitize('%%{init}%% "q" `c`', 'mermaid')).toBe('#37;#37;{init}#37;#37; #34;q#34; #96;c#96;');
    expect(sanitize('100%\r\nok', 'github-data')).toBe('100%25%0D%0Aok');
    expect(sanitize('a:b,c', 'github-property')).toBe('a%3Ab%2Cc');
  });

  it('XML stays well-formed and reads back as the escaped text', () => {
    const xml = `<r a="${sanitize(HOSTILE, 'xml-attr')}">${sanitize(HOSTILE, 'xml')}</r>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, htmlEntities: true }).parse(xml) as {
      r: { a: string };
    };
    expect(parsed.r.a).toContain('\\u001b[31m');
  });

  it('JSON: the data is unchanged for a JSON reader, and inert in a terminal', () => {
    const data = { s: HOSTILE.replace('\ud800', '') };
    const text = sanitize(JSON.stringify(data), 'json');
    expect(text).not.toMatch(UNSAFE);
    expect(JSON.parse(text)).toEqual(data);
  });
});
