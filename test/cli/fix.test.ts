import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { onlyCandidate } from '../../src/core/suggest.js';
import { RULES } from '../../src/rules/index.js';
import { ROOT } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';
import { tempPlans } from '../helpers/plan-dir.js';

const planDir = tempPlans('cascade-fix-');

/** Ways a planner's hands damage a file, each undone by exactly one fix of --fix. */
const DAMAGE: Record<string, (text: string) => string | undefined> = {
  // Each two spaces of indentation become a tab, as an editor set to tabs writes them.
  tabs: (t) => t.replace(/^(?: {2})+/gm, (lead) => '\t'.repeat(lead.length / 2)),
  'misspelt cascade key': (t) => (/^cascade: 1$/m.test(t) ? t.replace(/^cascade: 1$/m, 'cascde: 1') : undefined),
  // Only where `cascade: 1` follows the opening comments directly, the place the fix writes it.
  'no cascade key': (t) => (/^(?:#.*\n)*cascade: 1\n/.test(t) ? t.replace(/^cascade: 1\n/m, '') : undefined),
  'misspelt key': (t) => (/^ +indikator:/m.test(t) ? t.replace(/^( +)indikator:/m, '$1indikatr:') : undefined),
};

/** Each plan of examples/: the multi-file folder and each single file. */
function plans(dir: string): string[][] {
  const files = (sub: string) =>
    readdirSync(join(dir, sub))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(sub, f));
  return [files('pariwisata').filter((f) => !f.includes('catatan')), ...files('.').map((f) => [f])];
}

async function findings(args: string[], cwd: string) {
  const r = await runInProcess(['validate', '--no-config', '-f', 'json', ...args], { cwd });
  if (!r.stdout) throw new Error(r.stderr);
  return JSON.parse(r.stdout).diagnostics as Array<{ file: string; line: number; rule: string; message: string }>;
}

describe('--fix and --fix-dry-run (issue 13, item 7)', () => {
  it('applying every fix to a damaged copy of the examples gives back the plan, byte for byte, that validates as the original', async () => {
    const dir = planDir({});
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
    const targets = ['pariwisata', 'kesehatan.yaml', 'lalu-lintas.yaml', 'jabatan-fungsional.yaml'];
    const each = async () => {
      const out = [];
      for (const t of targets) out.push(await findings([t], dir));
      return out;
    };
    const before = await each();
    // Every damage lands on some file, in turn, so each fix is exercised on several plans.
    const original = new Map<string, string>();
    const used = new Set<string>();
    let k = 0;
    for (const plan of plans(dir)) {
      for (const file of plan) {
        const text = readFileSync(join(dir, file), 'utf8');
        const kinds = Object.keys(DAMAGE);
        for (let i = 0; i < kinds.length; i++) {
          const kind = kinds[(k + i) % kinds.length];
          const damaged = DAMAGE[kind](text);
          if (damaged === undefined || damaged === text) continue;
          original.set(file, text);
          writeFileSync(join(dir, file), damaged);
          used.add(kind);
          k++;
          break;
        }
      }
    }
    expect([...used].sort()).toEqual(Object.keys(DAMAGE).sort());
    const damaged = await findings(['pariwisata'], dir);
    expect(damaged.length).toBeGreaterThan(0);

    // The dry run changes nothing, and its diff, applied, is the fix.
    const dry = await runInProcess(['validate', '--no-config', '--fix-dry-run', ...targets], { cwd: dir });
    expect(dry.stderr).toMatch(/\d+ fixes in \d+ files would be applied by --fix \(nothing changed\)/);
    for (const [file, text] of original) {
      const now = readFileSync(join(dir, file), 'utf8');
      expect(now).not.toBe(text);
      const patch = dry.stdout.split(/^(?=--- a\/)/m).find((p) => p.startsWith(`--- a/${file}\n`));
      expect(patch, `no diff for ${file}`).toBeDefined();
      expect(applyPatch(now, patch!)).toBe(text);
    }

    const fix = await runInProcess(['validate', '--no-config', '--fix', ...targets], { cwd: dir });
    expect(fix.stderr).toMatch(/\d+ fixes applied in \d+ files\./);
    for (const [file, text] of original) expect(readFileSync(join(dir, file), 'utf8'), file).toBe(text);
    expect(await each()).toEqual(before);
    expect((await runInProcess(['validate', '--no-config', '--fix', ...targets], { cwd: dir })).stderr).toContain('nothing to fix automatically.');
  });

  it('rewrites only the lines it fixes: comments, blank lines, CRLF and the rest stay as written', async () => {
    const text =
      '# Dinas A\r\ncascde: 1   # versi\r\n\r\nsasaran:\r\n  # sasaran pertama\r\n  - id: S1\r\n    nma: Satu   # nama\r\n    indikator: [{nama: i, satuan: "%", target: 10}]\r\n';
    const dir = planDir({ 'a.yaml': text });
    const r = await runInProcess(['validate', '--fix', 'a.yaml'], { cwd: dir });
    expect(r.stderr).toContain('2 fixes applied in 1 file.');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(text.replace('cascde', 'cascade').replace('nma:', 'nama:'));
  });

  it('never applies a suggestion: 1.200 stays as written, offered in SARIF as a fix', async () => {
    const text = 'cascade: 1\nsasaran:\n  - id: S1\n    nama: x\n    indikator: [{nama: i, satuan: orang, target: 1.200}]\n';
    const dir = planDir({ 'a.yaml': text });
    const r = await runInProcess(['validate', '--fix', 'a.yaml'], { cwd: dir });
    expect(r.stderr).toContain('nothing to fix automatically.');
    expect(r.stdout).toContain('target/unquoted-thousands');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(text);
    const sarif = JSON.parse((await runInProcess(['validate', '-f', 'sarif', 'a.yaml'], { cwd: dir })).stdout);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'target/unquoted-thousands');
    const change = result.fixes[0].artifactChanges[0];
    expect(result.fixes[0].description.text).toBe('Quote it: "1.200"');
    const { charOffset, charLength } = change.replacements[0].deletedRegion;
    expect(text.slice(charOffset, charOffset + charLength)).toBe('1.200');
    expect(change.replacements[0].insertedContent.text).toBe('"1.200"');
  });

  it('leaves a key alone when two known keys are as close, or the right key is already there', async () => {
    expect(onlyCandidate('nma', ['nama', 'id'])).toBe('nama');
    expect(onlyCandidate('pag', ['pagu', 'page'])).toBeUndefined();
    const text = 'cascade: 1\nsasaran:\n  - {id: S1, nama: x, nma: y, indikator: [{nama: i, satuan: "%", target: 10}]}\n';
    const dir = planDir({ 'a.yaml': text });
    const r = await runInProcess(['validate', '--fix-dry-run', 'a.yaml'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nothing to fix automatically.');
  });

  it('a tab the spaces would not cure is not "fixed" into another broken file', async () => {
    const text = 'cascade: 1\nsasaran:\n\t- id: S1\n  nama: [unclosed\n';
    const dir = planDir({ 'a.yaml': text });
    await runInProcess(['validate', '--fix', 'a.yaml'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(text);
  });

  it('only rules that declare fixable: fix carry fixes, and only those declaring suggestion (or fix) carry suggestions', async () => {
    const dir = planDir({
      'a.yaml': 'cascde: 1\nsasaran:\n  - {id: S1, nma: x, indikator: [{nama: i, satuan: orang, target: 1.200}]}\n',
      'b.yaml': 'pemda: x\nopd:\n\t- {id: A, nama: b}\n',
    });
    const sarif = JSON.parse((await runInProcess(['validate', '-f', 'sarif', '.'], { cwd: dir })).stdout);
    const meta = new Map(RULES.map((r) => [r.meta.id, r.meta.fixable]));
    const withFix = sarif.runs[0].results.filter((x: { fixes?: unknown[] }) => x.fixes);
    expect(withFix.length).toBeGreaterThanOrEqual(3);
    for (const x of withFix) expect(['fix', 'suggestion'], x.ruleId).toContain(meta.get(x.ruleId));
    for (const x of withFix.filter((y: { fixes: Array<{ description: { text: string } }> }) => y.fixes.some((f) => f.description.text.includes('--fix')))) {
      expect(meta.get(x.ruleId), x.ruleId).toBe('fix');
    }
  });

  it('--fix with --stdin is a usage error: there is no file to write', async () => {
    const r = await runInProcess(['validate', '--fix', '--stdin'], { cwd: planDir({}) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('with --stdin use --fix-dry-run');
  });
});
