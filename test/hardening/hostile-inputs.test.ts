import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPlan } from '../../src/model/open.js';
import { FORMATTERS } from '../../src/report/formats/index.js';
import { summarize } from '../../src/report/summary.js';
import { RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/run.js';
import { cascade, folder, hasStackTrace, validate, type Outcome } from './hostile.js';

/**
 * What people actually feed `cascade validate`, run through the built CLI: each ends in a
 * clear finding (or a one-line refusal) and exit 1 or 2 — never a stack trace, never a hang.
 */

function expectClean(r: Outcome): void {
  expect(r.timedOut).toBe(false);
  expect(hasStackTrace(r.stderr)).toBe(false);
  expect(hasStackTrace(r.stdout)).toBe(false);
  expect(r.stderr).not.toMatch(/internal error/);
}

/** The run found `rule` at `line` of `file`, and exits 1. */
function expectFinding(r: Outcome, rule: string, line: number, file?: string): void {
  expectClean(r);
  expect(r.code).toBe(1);
  const hit = r.findings.filter((f) => f.rule === rule && f.line === line && (file === undefined || f.file.endsWith(file)));
  expect(hit, `${rule} at line ${line} in ${JSON.stringify(r.findings.map((f) => `${f.rule}@${f.line}`))}`).not.toHaveLength(0);
}

const PLAN_HEAD = 'cascade: 1\npemda: Kabupaten Contoh\nperiode: 2025-2029\n';

describe('hostile inputs to cascade validate', () => {
  it('an empty file: not a cascade file yet', () => {
    const dir = folder({ 'plan.yaml': '' });
    expectFinding(validate(join(dir, 'plan.yaml')), 'file/version', 1);
  });

  it('a top level that is a list', () => {
    const dir = folder({ 'plan.yaml': '- cascade: 1\n- sasaran: []\n' });
    expectFinding(validate(join(dir, 'plan.yaml')), 'schema/invalid-type', 1);
  });

  it('a top level that is a scalar', () => {
    const dir = folder({ 'plan.yaml': 'just some words\n' });
    expectFinding(validate(join(dir, 'plan.yaml')), 'schema/invalid-type', 1);
  });

  it('binary bytes (a NUL) at their line', () => {
    const dir = folder({
      'plan.yaml': Buffer.concat([
        Buffer.from(`${PLAN_HEAD}opd:\n  - id: X\n    nama: `),
        Buffer.from([0x00, 0x01, 0x02, 0x50, 0x4e, 0x47]),
        Buffer.from('\n'),
      ]),
    });
    const r = validate(join(dir, 'plan.yaml'));
    expectFinding(r, 'file/encoding', 6);
    expect(r.findings[0].message).toMatch(/binary/);
  });

  it('bytes that are not UTF-8 (a Latin-1 é) at their line', () => {
    const dir = folder({
      'plan.yaml': Buffer.concat([
        Buffer.from(`${PLAN_HEAD}opd:\n  - id: X\n    nama: Dinas Pariwisata dan Kebudayaan\n    singkatan: D`),
        Buffer.from([0xe9]),
        Buffer.from('\n'),
      ]),
    });
    const r = validate(join(dir, 'plan.yaml'));
    expectFinding(r, 'file/encoding', 7);
    expect(r.findings[0].message).toMatch(/UTF-8/);
  });

  it('a BOM and CRLF line ends validate clean, and findings keep their lines', () => {
    const src = 'examples/pariwisata';
    const files: Record<string, string> = {};
    for (const f of readdirSync(src)) files[f] = `\uFEFF${readFileSync(join(src, f), 'utf8').replace(/\n/g, '\r\n')}`;
    const clean = validate(folder(files));
    expectClean(clean);
    expect(clean.code).toBe(0);
    expect(clean.findings).toEqual([]);
    expect(JSON.parse(clean.stdout).summary.files).toBe(7);

    const broken = { ...files, 'dishub.yaml': files['dishub.yaml'].replace('mendukung: KSF-TRANS', 'mendukung: KSF-NOWHERE') };
    const line = files['dishub.yaml'].split('\r\n').findIndex((l) => l.includes('mendukung: KSF-TRANS')) + 1;
    expectFinding(validate(folder(broken)), 'ref/unknown', line, 'dishub.yaml');
  });

  it('a tab used as indentation', () => {
    const dir = folder({ 'plan.yaml': `${PLAN_HEAD}sasaran:\n  - id: S1\n\tnama: Meningkatnya PAD\n` });
    expectFinding(validate(join(dir, 'plan.yaml')), 'yaml/syntax', 6);
  });

  it('an unterminated quote', () => {
    const dir = folder({ 'plan.yaml': 'cascade: 1\npemda: "Kabupaten Contoh\nperiode: 2025-2029\n' });
    const r = validate(join(dir, 'plan.yaml'));
    // The parser notices at the end of the file; the finding points back at the quote itself.
    expectFinding(r, 'yaml/syntax', 2);
    expect(r.findings[0].message).toMatch(/quote/i);
  });

  it('an alias bomb ("billion laughs") is refused, not expanded', () => {
    const lines = ['cascade: 1', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const dir = folder({ 'plan.yaml': `${lines.join('\n')}\n` });
    const r = validate(join(dir, 'plan.yaml'));
    expectFinding(r, 'yaml/syntax', 1);
    expect(r.findings[0].message).toMatch(/alias/i);
    expect(r.stdout.length).toBeLessThan(10_000);
  });

  it('20,000-deep nesting, in brackets and in braces', () => {
    const dir = folder({
      'seq.yaml': `cascade: 1\nsasaran: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
      'map.yaml': `cascade: 1\nsasaran: ${'{a: '.repeat(20_000)}x${'}'.repeat(20_000)}\n`,
    });
    const r = validate(dir);
    expectFinding(r, 'yaml/syntax', 2, 'seq.yaml');
    expectFinding(r, 'yaml/syntax', 2, 'map.yaml');
    expect(r.findings.every((f) => /nested/.test(f.message))).toBe(true);
  });

  it('__proto__ and constructor keys are unknown keys, and pollute nothing', () => {
    const text = [
      'cascade: 1',
      '__proto__: {polluted: yes}',
      'constructor: {prototype: {polluted: yes}}',
      'sasaran:',
      '  - id: S1',
      '    nama: Meningkatnya PAD',
      '    __proto__: {isAdmin: true}',
      '    indikator: [{nama: PAD, satuan: "%", target: 10, constructor: {prototype: {x: 1}}}]',
      '',
    ].join('\n');
    const dir = folder({ 'plan.yaml': text });
    const r = validate(dir);
    expectFinding(r, 'schema/unknown-key', 2);
    expectFinding(r, 'schema/unknown-key', 3);
    expectFinding(r, 'schema/unknown-key', 7);
    expectFinding(r, 'schema/unknown-key', 8);

    // The same pipeline in this process: Object.prototype must come out as it went in.
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const { plan, files } = openPlan([dir]);
    const diagnostics = runRules(plan, RULES);
    for (const format of Object.values(FORMATTERS)) {
      format(diagnostics, {
        summary: summarize(diagnostics, files.length, plan.nodes.length),
        lang: 'en',
        color: false,
        rules: RULES.map((x) => x.meta),
        version: '0',
      });
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(plan.sources[0].data)).toBe(Object.prototype);
  });

  it('ids with odd characters', () => {
    const ids = ['"S 1"', '"../../etc/passwd"', '"<b>x</b>"', '"Ñ1"', '""', '"-x"', '"a;rm -rf /"', '12'];
    const text = `${PLAN_HEAD}sasaran:\n${ids.map((id) => `  - {id: ${id}, nama: x, indikator: [{nama: i, satuan: "%", target: 1}]}`).join('\n')}\n`;
    const r = validate(join(folder({ 'plan.yaml': text }), 'plan.yaml'));
    for (const i of ids.keys()) expectFinding(r, 'schema/invalid-type', 5 + i);
  });

  it('a name of a megabyte, and an id of one, without echoing them back', () => {
    const big = 'x'.repeat(1 << 20);
    const text = `${PLAN_HEAD}sasaran_opd:\n  - id: SS1\n    nama: "${big}"\n    opd: NOPE\n  - id: "${big.replace(/x{8}/g, 'xxx/xxx ')}"\n    nama: y\n    opd: NOPE\n`;
    const r = validate(join(folder({ 'plan.yaml': text }), 'plan.yaml'));
    expectFinding(r, 'ref/unknown', 7);
    expectFinding(r, 'schema/invalid-type', 8);
    expect(r.stdout.length).toBeLessThan(64 * 1024);
  });

  it('nulls and wrong types everywhere', () => {
    const text = [
      'cascade: 1', // 1
      'pemda: null', // 2
      'periode: [2025]', // 3
      'opd: {id: X}', // 4
      'sasaran:', // 5
      '  - id: null', // 6
      '    nama: 5', // 7
      '    indikator: none', // 8
      '    ksf: 7', // 9
      '  - null', // 10
      '  - [a, b]', // 11
      'program: 5', // 12
      'jabatan:', // 13
      '  - {id: J1, nama: ~, jenis: [], atasan: {}, sasaran: 3}', // 14
      '',
    ].join('\n');
    const r = validate(join(folder({ 'plan.yaml': text }), 'plan.yaml'));
    for (const line of [2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 14]) expectFinding(r, 'schema/invalid-type', line);
    const lines = text.split('\n').length;
    expect(r.findings.every((f) => f.line >= 1 && f.line <= lines)).toBe(true);
  });

  it('an unknown format version', () => {
    const r = validate(join(folder({ 'plan.yaml': 'pemda: X\ncascade: 2\n' }), 'plan.yaml'));
    expectFinding(r, 'file/version', 2);
    expect(r.findings[0].message).toMatch(/version 2|versi/);
  });

  it('numbers too big to hold', () => {
    const text = `${PLAN_HEAD}sasaran:\n  - id: S1\n    nama: x\n    indikator:\n      - {nama: a, satuan: unit, target: 1e999}\n      - {nama: b, satuan: unit, target: 123456789012345678901234567890}\n`;
    const r = validate(join(folder({ 'plan.yaml': text }), 'plan.yaml'));
    expectFinding(r, 'target/unreadable', 8);
    expectFinding(r, 'target/unreadable', 9);
  });

  it('a folder with no cascade file: one line, exit 2', () => {
    const r = cascade(['validate', folder({ 'notes.yaml': 'rapat: Forum OPD\n', 'readme.txt': 'x' })]);
    expectClean(r);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/No cascade file in .*1 other YAML file skipped/);
  });

  it('a symlink loop inside a folder: read once, no hang', () => {
    const dir = folder({
      'plan/rpjmd.yaml': readFileSync('examples/pariwisata/rpjmd.yaml', 'utf8'),
      'plan/dispar.yaml': readFileSync('examples/pariwisata/dispar.yaml', 'utf8').replace('mendukung: KSF-OBYEK', 'mendukung: KSF-NOWHERE'),
    });
    symlinkSync(join(dir, 'plan'), join(dir, 'plan', 'loop'));
    symlinkSync(dir, join(dir, 'plan', 'up'));
    const r = validate(dir);
    expectFinding(r, 'ref/unknown', 13, 'dispar.yaml');
    // Each file once: a file read twice would define every id twice.
    expect(r.findings.filter((f) => f.rule === 'ref/duplicate-id')).toEqual([]);
    expect(JSON.parse(r.stdout).summary.files).toBe(2);
  });
});
