import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hasStackTrace, ROOT, runCli } from '../helpers/cli.js';

const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

const FILES = [
  'rpjmd.yaml',
  'opd/dinas-pariwisata.yaml',
  'cascade.config.yaml',
  '.github/workflows/cascade.yml',
  'schemas/cascade.schema.json',
  'schemas/cascade.config.schema.json',
];
const temp = () => mkdtempSync(join(tmpdir(), 'cascade-init-'));

describe('cascade init', () => {
  for (const lang of ['en', 'id']) {
    it(`makes a starter repo that validates clean (--lang ${lang})`, () => {
      const dir = temp();
      const made = runCli(['--lang', lang, 'init', 'repo', '--pemda', 'Kabupaten Maju: Sejahtera', '--periode', '2026-2030'], { cwd: dir });
      expect(made.stderr).toBe('');
      expect(made.code).toBe(0);
      expect(made.stdout).toContain(lang === 'id' ? 'Rencana awal dibuat' : 'Created a starter plan');
      for (const f of FILES) expect(existsSync(join(dir, 'repo', f)), f).toBe(true);
      // From inside the repo, as its CI does: its own cascade.config.yaml is read.
      const checked = runCli(['validate', '--format', 'json'], { cwd: join(dir, 'repo') });
      expect(checked.stderr).toBe('');
      expect(JSON.parse(checked.stdout)).toMatchObject({ diagnostics: [], summary: { errors: 0, warnings: 0, files: 2 } });
      expect(checked.code).toBe(0);
      const rpjmd = readFileSync(join(dir, 'repo', 'rpjmd.yaml'), 'utf8');
      expect(rpjmd).toContain('pemda: "Kabupaten Maju: Sejahtera"');
      expect(rpjmd).toContain(lang === 'id' ? '# Sasaran pembangunan Pemda: sasaran outcome' : '# Sasaran pembangunan Pemda: outcome targets');
    });
  }

  it('writes files that their schemas accept, naming the schemas in their modelines', () => {
    const dir = temp();
    expect(runCli(['init'], { cwd: dir }).code).toBe(0);
    for (const [file, schema] of [
      ['rpjmd.yaml', 'schemas/cascade.schema.json'],
      ['opd/dinas-pariwisata.yaml', 'schemas/cascade.schema.json'],
      ['cascade.config.yaml', 'schemas/cascade.config.schema.json'],
    ]) {
      const text = readFileSync(join(dir, file), 'utf8');
      const m = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
      expect(join(dir, file, '..', m![1])).toBe(join(dir, schema));
      const validate = new Ajv().compile(JSON.parse(readFileSync(join(dir, schema), 'utf8')));
      expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
    }
    // The schemas are the tool's own, so they match what `cascade schema` prints.
    expect(readFileSync(join(dir, 'schemas/cascade.schema.json'), 'utf8')).toBe(runCli(['schema']).stdout);
  });

  it('writes a GitHub workflow that installs cascade and validates the plan', () => {
    const dir = temp();
    runCli(['init'], { cwd: dir });
    const wf = parse(readFileSync(join(dir, '.github/workflows/cascade.yml'), 'utf8'));
    expect(Object.keys(wf.on)).toEqual(['push', 'pull_request']);
    const runs = wf.jobs.validate.steps.map((s: { run?: string }) => s.run).filter(Boolean);
    expect(runs).toEqual([
      'npm install --global "$CASCADE_PACKAGE"',
      'cascade validate',
      'cascade validate --format markdown >> "$GITHUB_STEP_SUMMARY" || true',
      'mkdir -p site && cascade report -o site/index.html',
    ]);
    // The web report is kept with the run, whatever the findings.
    const upload = wf.jobs.validate.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload).toMatchObject({ if: 'always()', with: { path: 'site/index.html' } });
    expect(wf.env.CASCADE_PACKAGE).toBe(`cascade-kinerja@${PKG.version}`);
  });

  it('refuses to overwrite anything, and then writes nothing at all', () => {
    const dir = temp();
    writeFileSync(join(dir, 'cascade.config.yaml'), 'rules: {}\n');
    const r = runCli(['init', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Nothing was written');
    expect(r.stderr).toContain('cascade.config.yaml');
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(readFileSync(join(dir, 'cascade.config.yaml'), 'utf8')).toBe('rules: {}\n');
    expect(existsSync(join(dir, 'rpjmd.yaml'))).toBe(false);
  });

  it('tells a wrong --periode in one line', () => {
    const r = runCli(['--lang', 'id', 'init', temp(), '--periode', '2029-2025']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cascade: --periode berisi tahun seperti 2025-2029, bukan "2029-2025".\n');
  });
});
