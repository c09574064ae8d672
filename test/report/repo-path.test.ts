import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathBase, repoPath } from '../../src/report/repo-path.js';
import { runCli } from '../helpers/cli.js';

describe('paths from the repository root, for CI formats', () => {
  it('uses GITHUB_WORKSPACE, else the nearest .git, else leaves the path as written', () => {
    const repo = mkdtempSync(join(tmpdir(), 'cascade-repo-'));
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'rencana', 'opd'), { recursive: true });
    const cwd = join(repo, 'rencana');
    expect(repoPath('opd/dinas.yaml', pathBase(cwd, {}))).toBe('rencana/opd/dinas.yaml');
    expect(repoPath('opd/dinas.yaml', pathBase(cwd, { GITHUB_WORKSPACE: repo }))).toBe('rencana/opd/dinas.yaml');
    expect(repoPath('/elsewhere/plan.yaml', pathBase(cwd, { GITHUB_WORKSPACE: repo }))).toBe('/elsewhere/plan.yaml');
    const bare = mkdtempSync(join(tmpdir(), 'cascade-nogit-'));
    expect(repoPath('plan.yaml', pathBase(bare, {}))).toBe('plan.yaml');
  });

  it('annotates the file GitHub knows, and SARIF names it so, when validate runs in a subfolder', () => {
    const repo = mkdtempSync(join(tmpdir(), 'cascade-gh-'));
    mkdirSync(join(repo, 'rencana'), { recursive: true });
    writeFileSync(
      join(repo, 'rencana/plan.yaml'),
      'cascade: 1\nsasaran:\n  - id: S1\n    nama: Sasaran\n    indikator: [{nama: I, satuan: unit, target: 5}]\n',
    );
    const env = { GITHUB_WORKSPACE: repo };
    const gh = runCli(['validate', 'plan.yaml', '-f', 'github'], { cwd: join(repo, 'rencana'), env });
    expect(gh.stdout).toContain('::warning file=rencana/plan.yaml,line=3,');
    const sarif = JSON.parse(runCli(['validate', 'plan.yaml', '-f', 'sarif'], { cwd: join(repo, 'rencana'), env }).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'rencana/plan.yaml', uriBaseId: '%SRCROOT%' });
    // the people reading the terminal keep the path they typed
    expect(runCli(['validate', 'plan.yaml'], { cwd: join(repo, 'rencana'), env }).stdout).toMatch(/^plan\.yaml$/m);
  });
});
