import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cascade, folder, hasStackTrace, type Outcome } from './hostile.js';

/**
 * The defects the reliability audit found at the output boundary, each through the built CLI:
 * terminal escapes in CSV, raw line breaks and escapes in file names, bidi controls, and a
 * character XML cannot hold in a workbook.
 */

const ESC = '\u001b';
const BEL = '\u0007';
const RLO = '\u202e'; // right-to-left override: "txt.exe" shown for "exe.txt"
const LRI = '\u2066';
// Written as YAML double-quoted escapes: an OSC title change, a colour, a bell, a C1 CSI.
const TERMINAL = '\\e]0;pwned\\a\\e[31mRED\\e[0m\\x9b2J';
const BIDI = `gaji \u202Edaolnwod\u202C \u2066x\u2069 \u200F`;

function plan(extra: Record<string, string> = {}): string {
  const files: Record<string, string> = {};
  for (const f of readdirSync('examples/pariwisata')) files[f] = readFileSync(join('examples/pariwisata', f), 'utf8');
  files['diskopukm.yaml'] = files['diskopukm.yaml']
    .replace('nama: Pelatihan pengembangan usaha baru', `nama: "Pelatihan ${TERMINAL}"`)
    .replace('nama: Meningkatnya daya saing UMKM', `nama: "${BIDI} \\uFFFE\\uFFFF akhir"`);
  return folder({ ...files, ...extra });
}

function ran(r: Outcome, code: number): string {
  expect(r.timedOut).toBe(false);
  expect(hasStackTrace(r.stderr)).toBe(false);
  expect(r.code, r.stderr).toBe(code);
  return r.stdout;
}

// CR only before LF: CSV rows end in CRLF.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\ufffe\uffff]|\r(?!\n)/;

describe('the output boundary', () => {
  let dir: string;
  beforeAll(() => {
    dir = plan();
  });

  it('CSV passes no terminal escape (ESC, BEL, OSC, C1) and shows what was written', () => {
    for (const args of [['table', 'cascade'], ['budget-summary'], ['table', 'iku']]) {
      const out = ran(cascade([...args, '-f', 'csv', dir]), 0);
      expect(out, args.join(' ')).not.toMatch(UNSAFE);
    }
    const out = ran(cascade(['table', 'cascade', '-f', 'csv', dir]), 0);
    expect(out).toContain('Pelatihan \\u001b]0;pwned\\u0007\\u001b[31mRED\\u001b[0m\\u009b2J');
  });

  it('bidi controls reach neither the terminal nor Markdown, in tables, findings and traces', () => {
    for (const format of ['table', 'md', 'csv', 'json']) {
      const out = ran(cascade(['table', 'cascade', '-f', format, dir]), 0);
      expect(out, format).not.toContain(RLO);
      expect(out, format).not.toContain(LRI);
      expect(out, format).not.toMatch(UNSAFE);
    }
    // JSON keeps the data exact: the escape is JSON's own, so a reader gets the plan's text back.
    const json = JSON.parse(ran(cascade(['table', 'cascade', '-f', 'json', dir]), 0)) as Array<{ rows: Array<Record<string, unknown>> }>;
    expect(JSON.stringify(json)).toContain(RLO);
    const trace = ran(cascade(['trace', 'DISKOPUKM.SS1', dir]), 0);
    expect(trace).not.toMatch(UNSAFE);
    expect(trace).toContain('gaji \\u202edaolnwod');
    const bad = plan({
      'bad.yaml': `cascade: 1\nsasaran_opd:\n  - {id: X1, nama: x, opd: "NO${RLO}PE", mendukung: KSF-IKM, indikator: [{nama: i, satuan: unit, target: 1}]}\n`,
    });
    for (const format of ['stylish', 'markdown', 'github', 'junit', 'json', 'sarif']) {
      const out = ran(cascade(['validate', '-f', format, bad]), 1);
      expect(out, format).not.toMatch(UNSAFE);
    }
  });

  it('a file name with a line break and an escape stays one line in stylish and github output', () => {
    const name = `bad\n${ESC}[2J${BEL}${RLO}.yaml`;
    const d = folder({ [name]: 'cascade: 1\npemda: X\nperiode: 2025-2029\nnope: 1\n' });
    const stylish = ran(cascade(['validate', '-f', 'stylish', d]), 1);
    expect(stylish).not.toMatch(UNSAFE);
    const lines = stylish.split('\n');
    const head = lines.findIndex((l) => l.includes('bad'));
    expect(lines[head]).toMatch(/bad\\n\\u001b\[2J\\u0007\\u202e\.yaml$/);
    expect(lines[head + 1]).toMatch(/^\s+4:1\s+error/);
    const github = ran(cascade(['validate', '-f', 'github', d]), 1)
      .trimEnd()
      .split('\n');
    expect(github.slice(0, -1).every((l) => /^::(error|warning|notice) file=[^:\n]*bad%0A\\u001b\[2J\\u0007\\u202e\.yaml,line=/.test(l))).toBe(true);
    expect(github.join('\n')).not.toMatch(UNSAFE);
    for (const format of ['markdown', 'junit']) expect(ran(cascade(['validate', '-f', format, d]), 1)).not.toMatch(UNSAFE);
  });

  it('U+FFFE in a name leaves the workbook readable, the text shown as written', async () => {
    const out = join(folder({}), 'cascade.xlsx');
    ran(cascade(['table', 'cascade', '-o', out, dir]), 0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const texts: string[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((c) => {
          if (typeof c.value === 'string') texts.push(c.value);
        }),
      ),
    );
    expect(texts.some((t) => t.includes('\\ufffe\\uffff akhir'))).toBe(true);
    expect(texts.join('\n')).not.toMatch(UNSAFE);
  });

  it('render: DOT, Mermaid and SVG carry no control or bidi character from the plan', () => {
    for (const format of ['dot', 'mermaid', 'svg']) {
      const out = ran(cascade(['render', '-f', format, dir]), 0);
      expect(out, format).not.toMatch(UNSAFE);
    }
  });
});
