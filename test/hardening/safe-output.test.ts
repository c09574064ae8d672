import { createHash } from 'node:crypto';
import { linkSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';
import { cascade, folder, hasStackTrace, type Outcome } from './hostile.js';

/**
 * Text from a plan reaches every output format escaped for that format; `-o` writes atomically
 * and never onto a file the command read; and no command writes to its inputs at all.
 */

// Plan text that means something in one output format or another.
const HTML = '<script>alert("x")</script> & ]]> \'q\'';
const MARKDOWN = '| *b* [l](javascript:alert(1)) `c`';
const TERMINAL = '\\e[31mRED\\e[0m\\a'; // as written in YAML double quotes: ESC and BEL
const FORMULA = '=HYPERLINK(\\"http://evil\\")';
const GITHUB = '::error file=x::pwned%0A line1\\nline2';
const MERMAID = '--> click X call alert() %%{init} \\"q\\" \\\\ {x} [y]';

function evilPlan(withFindings: boolean): string {
  const files: Record<string, string> = {};
  for (const f of readdirSync('examples/pariwisata')) files[f] = readFileSync(join('examples/pariwisata', f), 'utf8');
  files['diskopukm.yaml'] = files['diskopukm.yaml']
    .replace('nama: Dinas Koperasi dan UKM', `nama: "Dinas ${HTML.replace(/"/g, '\\"')} ${MARKDOWN} ${TERMINAL}"`)
    .replace('nama: Meningkatnya daya saing UMKM', `nama: "${FORMULA} ${GITHUB} ${MERMAID}"`)
    .replace('nama: Penyusunan proposal tempat pelatihan dan magang', 'nama: "+cmd|\' /C calc\'!A0 <img src=x onerror=alert(1)>"')
    .replace('nama: Staf A,', 'nama: "@SUM(1+1) \\e]0;title\\a <b>",')
    .replace('satuan: orang', 'satuan: "<u>orang</u>"');
  if (withFindings) {
    // Findings that quote plan text: an unknown key and a reference to nothing, both hostile.
    files['bad.yaml'] = [
      'cascade: 1',
      `"<script>k</script>${MARKDOWN}${TERMINAL}::error::%0A\\nnl": 1`,
      'sasaran_opd:',
      '  - id: BAD.SS1',
      '    nama: x',
      '    mendukung: KSF-IKM',
      `    opd: "<img src=x onerror=alert(1)>::warning::%0A${TERMINAL}=1+1"`,
      '    indikator: [{nama: i, satuan: unit, target: 1}]',
      '',
    ].join('\n');
  }
  return folder(files);
}

const hashes = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex'),
      ]),
  );

const ESC = '\u001b';
const BEL = '\u0007';

function ran(r: Outcome, code = r.code): Outcome {
  expect(r.timedOut).toBe(false);
  expect(hasStackTrace(r.stderr)).toBe(false);
  expect(r.code, r.stderr).toBe(code);
  return r;
}

/** Markdown: no raw HTML tag from the plan (a `<` before a letter is escaped or one of the format's own tags). */
function expectMarkdownSafe(text: string): void {
  const tags = [...text.matchAll(/(?<!\\)<\/?([a-zA-Z]+)/g)].map((m) => m[1].toLowerCase());
  expect(tags.filter((t) => !['code', 'br', 'b', 'small', 'sub', 'details', 'summary'].includes(t))).toEqual([]);
  expect(text).not.toContain(ESC);
  expect(text).not.toContain(BEL);
  // No link or emphasis made of plan text (inside <code> too: Markdown still works there).
  expect(text).not.toMatch(/(?<!\\)\]\(javascript:|(?<![\\*])\*b(?<!\\)\*/);
}

/** CSV (RFC 4180): every row as wide as the header, and no cell a spreadsheet would run as a formula. */
function expectCsvSafe(text: string): void {
  for (const block of text.split(/\r\n\r\n/).filter((b) => b.trim())) {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < block.length; i++) {
      const c = block[i];
      if (quoted) {
        if (c === '"' && block[i + 1] === '"') (cell += '"'), i++;
        else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') row.push(cell), (cell = '');
      else if (c === '\r' && block[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
      else cell += c;
    }
    if (cell || row.length) row.push(cell), rows.push(row);
    for (const r of rows) expect(r.length).toBe(rows[0].length);
    for (const c of rows.flat()) {
      expect(c, c).not.toMatch(/^[=+@\t\r]/);
      if (c.startsWith('-')) expect(Number.isFinite(Number(c)), c).toBe(true);
    }
  }
}

function expectTerminalSafe(text: string): void {
  expect(text).not.toContain(ESC);
  expect(text).not.toContain(BEL);
}

/** XML: well-formed, and no element or event-handler attribute that came from the plan. */
function expectXmlSafe(text: string): void {
  expect(XMLValidator.validate(text)).toBe(true);
  const names: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) names.push(k), walk(x);
  };
  walk(new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(text));
  expect(names.filter((n) => /^(script|img|u|iframe)$/i.test(n) || /^@on/i.test(n))).toEqual([]);
}

/** JSON: parses, and the plan's text comes back exactly as written (escaping is JSON's). */
function expectJsonFaithful(text: string, needle: string): void {
  const parsed = JSON.parse(text) as unknown;
  expect(JSON.stringify(parsed)).toContain(JSON.stringify(needle).slice(1, -1));
}

describe('plan text in every output format, and the inputs left alone', () => {
  let clean: string;
  let broken: string;
  let before: Record<string, Record<string, string>>;
  beforeAll(() => {
    clean = evilPlan(false);
    broken = evilPlan(true);
    before = { clean: hashes(clean), broken: hashes(broken) };
  });

  // Commands run in process where what they write is the point, not the process (render and -o below keep the bin).
  const table = async (args: string[]): Promise<Outcome> => ({ ...(await runInProcess(args)), timedOut: false, findings: [] });

  it('validate: every format escapes what findings quote', async () => {
    const outs: Record<string, string> = {};
    for (const format of ['stylish', 'github', 'junit', 'markdown', 'json', 'sarif'])
      outs[format] = ran(await table(['validate', '-f', format, broken]), 1).stdout;
    const out = (format: string) => outs[format]!;
    expectTerminalSafe(out('stylish'));
    expect(out('stylish')).toMatch(/Unknown key `<script>k<\/script>\| \*b\* .*\\u001b\[31mRED.*::error::%0A\\nnl`/);
    const github = out('github').trimEnd().split('\n');
    // One workflow command per finding and nothing else: a plan cannot start a command of its own.
    expect(github.slice(0, -1).every((l) => /^::(error|warning|notice) file=[^:]*::/.test(l))).toBe(true);
    expect(github.filter((l) => l.includes('pwned') || l.startsWith('::warning::'))).toEqual([]);
    expectTerminalSafe(out('github'));
    expectXmlSafe(out('junit'));
    expectMarkdownSafe(out('markdown'));
    expectJsonFaithful(out('json'), '<img src=x onerror=alert(1)>::warning::%0A');
    expectJsonFaithful(out('sarif'), '<img src=x onerror=alert(1)>::warning::%0A');
    expectTerminalSafe(out('json'));
    expectTerminalSafe(out('sarif'));
  });

  it('tables: every view in every text format, the forms (RPJMD matrix, Perjanjian Kinerja with its signatures) too', async () => {
    for (const [view, extra] of [
      ['iku', []],
      ['cascade', []],
      ['crosscutting', []],
      ['sop', []],
      ['skp', ['--jabatan', 'STAF-A', '--tahun', '2026']],
      ['renstra', []],
      ['rpjmd', []],
      ['pk', ['--jabatan', 'KADIS-KOP', '--tahun', '2026']],
      ['rencana-aksi', ['--opd', 'DISKOPUKM', '--tahun', '2026']],
      ['lkjip', ['--tahun', '2026']],
      ['manual-iku', []],
    ] as const) {
      for (const format of ['table', 'md', 'csv', 'json']) {
        const out = ran(await table(['table', view, '-f', format, ...extra, clean]), 0).stdout;
        if (format === 'table') expectTerminalSafe(out);
        if (format === 'md') expectMarkdownSafe(out);
        if (format === 'csv') expectCsvSafe(out);
        if (format === 'json') expect(() => JSON.parse(out)).not.toThrow();
      }
    }
    expectJsonFaithful(ran(await table(['table', 'cascade', '-f', 'json', clean]), 0).stdout, '=HYPERLINK("http://evil")');
    for (const command of ['budget-summary', 'workload']) {
      expectTerminalSafe(ran(await table([command, clean]), 0).stdout);
      expectMarkdownSafe(ran(await table([command, '-f', 'md', clean]), 0).stdout);
      expectCsvSafe(ran(await table([command, '-f', 'csv', clean]), 0).stdout);
      const json = ran(await table([command, '-f', 'json', clean]), 0).stdout;
      expect(() => JSON.parse(json)).not.toThrow();
    }
    expectTerminalSafe(ran(await table(['trace', 'STAF-A', clean]), 0).stdout);
    expectJsonFaithful(ran(await table(['trace', 'STAF-A', '-f', 'json', clean]), 0).stdout, '@SUM(1+1)');
  });

  it('tables: a spreadsheet gets text, never a formula', async () => {
    const out = join(folder({}), 'cascade.xlsx');
    ran(cascade(['table', 'cascade', '-f', 'xlsx', '-o', out, clean]), 0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const texts: string[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((c) => {
          expect(c.formula, String(c.value)).toBeFalsy();
          if (typeof c.value === 'string') texts.push(c.value);
        }),
      ),
    );
    expect(texts.some((t) => t.includes('HYPERLINK("http://evil")'))).toBe(true);
  });

  it('render: svg, dot, mermaid and png', () => {
    const svg = ran(cascade(['render', '-f', 'svg', clean]), 0).stdout;
    expectXmlSafe(svg);
    expectTerminalSafe(svg);
    expect(svg).toContain('HYPERLINK(&quot;http://evil&quot;)');
    const dot = ran(cascade(['render', '-f', 'dot', clean]), 0).stdout;
    expectTerminalSafe(dot);
    expect(dot).not.toMatch(/<script|<img/i);
    const mermaid = ran(cascade(['render', '-f', 'mermaid', clean]), 0).stdout;
    expectTerminalSafe(mermaid);
    // The plan cannot add a line (a click handler, a directive) nor close a label early.
    expect(mermaid.split('\n').filter((l) => /^\s*(click|%%\{)/.test(l))).toEqual([]);
    for (const m of mermaid.matchAll(/^\s*\w+\[\[?"(.*?)"\]/gm)) expect(m[1]).not.toContain('"');
    const png = join(folder({}), 'chart.png');
    ran(cascade(['render', '-o', png, clean]), 0);
    expect(readFileSync(png).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('-o never writes onto a file the command read, however it is named', () => {
    const target = join(clean, 'dispar.yaml');
    const link = join(folder({}), 'link.yaml');
    symlinkSync(target, link);
    const names = [target, join(clean, '.', '..', clean.split('/').pop()!, 'dispar.yaml'), link];
    const commands = [['validate'], ['table', 'iku'], ['render', '-f', 'dot'], ['budget-summary'], ['workload'], ['trace', 'S1']];
    for (const name of names) {
      for (const c of commands) {
        const r = ran(cascade([...c, '-o', name, clean]), 2);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(/input/);
      }
    }
  });

  it('-o replaces a file whole (a new file renamed into place) and leaves no temporary file', () => {
    const dir = folder({ 'report.txt': 'OLD REPORT\n', 'chart.svg': 'OLD CHART\n' });
    // A hard link to the old file: written in place, it would change too; replaced, it keeps the old text.
    linkSync(join(dir, 'report.txt'), join(dir, 'report.keep'));
    linkSync(join(dir, 'chart.svg'), join(dir, 'chart.keep'));
    const inode = statSync(join(dir, 'report.txt')).ino;
    ran(cascade(['validate', '-f', 'json', '-o', join(dir, 'report.txt'), broken]), 1);
    ran(cascade(['render', '-o', join(dir, 'chart.svg'), clean]), 0);
    expect(JSON.parse(readFileSync(join(dir, 'report.txt'), 'utf8')).summary.errors).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'chart.svg'), 'utf8')).toMatch(/^<\?xml|^<svg/);
    expect(readFileSync(join(dir, 'report.keep'), 'utf8')).toBe('OLD REPORT\n');
    expect(readFileSync(join(dir, 'chart.keep'), 'utf8')).toBe('OLD CHART\n');
    expect(statSync(join(dir, 'report.txt')).ino).not.toBe(inode);
    expect(readdirSync(dir).sort()).toEqual(['chart.keep', 'chart.svg', 'report.keep', 'report.txt']);
  });

  it('-o into a folder that does not exist: one line, exit 2, nothing written', () => {
    const dir = folder({});
    const r = ran(cascade(['validate', '-o', join(dir, 'no', 'such', 'report.txt'), clean]), 2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('no command changed, added or removed a file among its inputs', () => {
    // Runs after every command above (vitest keeps the order of a file's tests).
    expect(hashes(clean)).toEqual(before.clean);
    expect(hashes(broken)).toEqual(before.broken);
  });
});
