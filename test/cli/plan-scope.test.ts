import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/in-process.js';
import { tempPlans } from '../helpers/plan-dir.js';

const planDir = tempPlans('cascade-scope-');

const RPJMD =
  'cascade: 1\npemda: Kabupaten Contoh\nsasaran:\n  - id: S1\n    nama: Meningkatnya pariwisata\n    indikator: [{nama: PDRB, satuan: "%", target: 5}]\n    ksf:\n      - {id: KSF1, nama: Obyek wisata}\n';
const OPD = (head: string) =>
  `${head}\npemda: Kabupaten Contoh\nopd:\n  - {id: DISPAR, nama: Dinas Pariwisata, singkatan: DISPAR}\nsasaran_opd:\n  - id: SS1\n    nama: Meningkatnya kunjungan\n    opd: DISPAR\n    mendukung: KSF1\n    indikator: [{nama: Kunjungan, satuan: orang, target: 10}]\n`;

async function json(args: string[], cwd: string) {
  const r = await runInProcess(['validate', '--format', 'json', ...args], { cwd });
  const out = JSON.parse(r.stdout || '{}') as {
    diagnostics: Array<{ file: string; rule: string; line: number; column: number; message: string }>;
    summary: Record<string, number>;
  };
  // The small plans here stop at their first levels and name no acuan: those warnings are not what these tests are about.
  out.diagnostics = out.diagnostics.filter((d) => d.rule !== 'cascade/not-cascaded' && d.rule !== 'cascade/acuan');
  return { ...r, out };
}

describe('no plan file is skipped silently (issue 13, item 5)', () => {
  it('a file with plan keys but a misspelt `cascade:` is read and is one finding with a did-you-mean', async () => {
    const dir = planDir({ 'rpjmd.yaml': RPJMD, 'opd/dispar.yaml': OPD('cascde: 1'), 'catatan.yaml': 'rapat: Forum OPD\n' });
    const r = await json(['.'], dir);
    expect(r.code).toBe(1);
    expect(r.out.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual(['opd/dispar.yaml:1:1 file/version']);
    expect(r.out.diagnostics[0].message).toContain('Did you mean `cascade`?');
    // The OPD file is part of the plan all the same: its SS1 is no false orphan, KSF1 is cascaded.
    expect(r.out.summary).toMatchObject({ files: 2, skipped: 1, context: 0 });
  });

  it('a file with plan keys and no `cascade:` at all is a finding naming the keys', async () => {
    const dir = planDir({ 'rpjmd.yaml': RPJMD, 'dispar.yaml': OPD('# Dinas Pariwisata') });
    const r = await json([], dir);
    expect(r.out.diagnostics.map((d) => `${d.file}:${d.rule}`)).toEqual(['dispar.yaml:file/version']);
    expect(r.out.diagnostics[0].message).toMatch(/plan keys \(`pemda`, `opd`, `sasaran_opd`\) but no `cascade: 1`/);
  });

  it('a folder holding only a misspelt plan file is checked, not refused as empty', async () => {
    const dir = planDir({ 'a.yaml': OPD('cascade_: 1') });
    const r = await runInProcess(['validate', '.'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/1:1 +error +Unknown key `cascade_`\. Did you mean `cascade`\?/);
  });

  it('says in the summary how many YAML files it skipped', async () => {
    const dir = planDir({ 'rpjmd.yaml': RPJMD, 'notes.yaml': 'rapat: x\n', 'more/notes.yml': 'a: 1\n' });
    const r = await runInProcess(['validate'], { cwd: dir });
    expect(r.stdout).toMatch(/ — 1 file, 2 nodes; 2 other YAML files skipped\.\n$/);
    expect((await runInProcess(['validate', '--lang', 'id'], { cwd: dir })).stdout).toContain('2 file YAML lain dilewati');
  });
});

describe('a check of one file or a subfolder reads the rest of its plan (issue 13, item 5)', () => {
  const files = {
    'cascade.config.yaml': 'rules: {}\n',
    'rpjmd.yaml': RPJMD,
    'opd/dispar.yaml': OPD('cascade: 1'),
    'opd/broken.yaml': 'cascade: 1\nsasaran_opd:\n  - {id: X, nama: x, mendukung: NOPE}\n',
  };

  it('from the subfolder: no false ref/unknown, findings only for the paths given', async () => {
    const dir = planDir(files);
    const r = await json(['dispar.yaml'], join(dir, 'opd'));
    expect(r.out.diagnostics).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out.summary).toMatchObject({ files: 1, nodes: 1, context: 2 });
    const broken = await json(['broken.yaml'], join(dir, 'opd'));
    expect(broken.out.diagnostics.map((d) => d.rule)).toContain('ref/unknown');
    expect(new Set(broken.out.diagnostics.map((d) => d.file))).toEqual(new Set(['broken.yaml']));
  });

  it('a run in the subfolder without paths and one from the root on the file agree', async () => {
    const dir = planDir(files);
    const inside = await json([], join(dir, 'opd'));
    const fromRoot = await json(['opd'], dir);
    expect(inside.out.diagnostics.map((d) => d.rule)).toEqual(fromRoot.out.diagnostics.map((d) => d.rule));
    expect(fromRoot.out.diagnostics.every((d) => d.file.startsWith('opd/'))).toBe(true);
    expect(inside.out.summary).toMatchObject({ files: 2, context: 1 });
  });

  it('without a configuration the repository root marks the plan; another plan (another pemda) is left out', async () => {
    const dir = planDir({ ...files, 'cascade.config.yaml': '', 'other/plan.yaml': 'cascade: 1\npemda: Kota Lain\nsasaran:\n  - {id: KSF1, nama: dup}\n' });
    rmSync(join(dir, 'cascade.config.yaml'));
    mkdirSync(join(dir, '.git'));
    const r = await json(['opd/dispar.yaml'], dir);
    expect(r.out.diagnostics).toEqual([]);
    expect(r.out.summary).toMatchObject({ files: 1, context: 2 });
  });

  it('the rest of the plan is what git keeps: copies in ignored or dot folders are not read', async () => {
    const dir = planDir({
      ...files,
      '.gitignore': 'tmp/\n/dist\n',
      'tmp/opd/dispar.yaml': OPD('cascade: 1'),
      'dist/rpjmd.yaml': RPJMD,
      '.backup/opd/dispar.yaml': OPD('cascade: 1'),
    });
    mkdirSync(join(dir, '.git'));
    const r = await json(['dispar.yaml'], join(dir, 'opd'));
    // Read, the copies would make SS1 a duplicate id here: only rpjmd.yaml and opd/broken.yaml are read.
    expect(r.out.diagnostics).toEqual([]);
    expect(r.out.summary).toMatchObject({ files: 1, context: 2 });
    const whole = await json([], dir);
    expect(whole.out.summary).toMatchObject({ files: 3, skipped: 0 });
  });

  it('with neither, only the paths given are read (as before)', async () => {
    const dir = planDir({ 'rpjmd.yaml': RPJMD, 'opd/dispar.yaml': OPD('cascade: 1') });
    const r = await json(['dispar.yaml'], join(dir, 'opd'));
    expect(r.out.diagnostics.map((d) => d.rule)).toContain('ref/unknown');
  });
});
