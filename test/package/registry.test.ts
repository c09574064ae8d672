/**
 * cascade installed as users install it: the packed tarball is published to a local Verdaccio, and
 * the exact install lines of README, docs/ci.md and the workflow `cascade init` writes run in empty
 * folders against it (its other packages come through Verdaccio from the configured registry).
 * One registry and one tarball for the whole file; the installs run side by side.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli } from '../helpers/cli.js';
import { readDocx } from '../helpers/docx.js';
import { packCascade, type Registry, sh, startRegistry } from '../helpers/registry.js';

const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const SPEC = `${PKG.name}@${PKG.version}`;
const SLOW = 180_000;

let registry: Registry;
let tarball: string;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cascade-install-'));
  tarball = packCascade(work);
  registry = await startRegistry();
  await registry.publish(tarball);
}, SLOW);

afterAll(async () => {
  registry?.stop();
  // Thousands of installed files: removed by a process of their own, so the run need not wait.
  if (work) spawn('rm', ['-rf', work], { detached: true, stdio: 'ignore' }).unref();
}, 60_000);

/** A new empty folder, and a global npm prefix of its own whose bin/ comes first on PATH. */
function emptyFolder(name: string): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = join(work, name);
  const prefix = join(work, `${name}-global`);
  mkdirSync(dir);
  mkdirSync(prefix);
  return { dir, env: registry.env({ npm_config_prefix: prefix, PATH: `${join(prefix, 'bin')}:${process.env.PATH}` }) };
}

/** The fenced blocks of a Markdown file, with their info string. */
function blocks(file: string): { lang: string; body: string }[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], body: m[2] }));
}

/** The workflow `cascade init` writes (from this build), parsed, and its text. */
function initWorkflow(): { text: string; wf: { env: Record<string, string>; jobs: { validate: { steps: { run?: string }[] } } } } {
  const dir = mkdtempSync(join(work, 'init-'));
  expect(runCli(['init', dir]).code).toBe(0);
  const text = readFileSync(join(dir, '.github/workflows/cascade.yml'), 'utf8');
  return { text, wf: parse(text) };
}

describe('the packed package', () => {
  it('holds the compiled CLI and what it reads, and no sources or tests', () => {
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(files).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/bin/cascade.js',
        'package/dist/cli/main.js',
        'package/schemas/cascade.schema.json',
        'package/data/nomenklatur/2021.json.gz',
        'package/README.md',
      ]),
    );
    expect(files.filter((f) => /^package\/(src|test|bench|examples)\//.test(f) || (f.endsWith('.ts') && !f.endsWith('.d.ts')))).toEqual([]);
    const pkg = JSON.parse(execFileSync('tar', ['xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as { scripts: Record<string, string> };
    // npm builds dist/ before packing; the installed package runs no build (prepare never runs from a tarball).
    expect(pkg.scripts.prepack).toBe('npm run build');
    expect(Object.keys(pkg.scripts)).not.toContain('install');
    expect(Object.keys(pkg.scripts)).not.toContain('postinstall');
  });

  it('is the package the docs and the workflow install', () => {
    const { wf } = initWorkflow();
    expect(wf.env.CASCADE_PACKAGE).toBe(SPEC);
    // docs/ci.md shows the very workflow init writes.
    const shown = blocks('docs/ci.md').find((b) => b.lang === 'yaml' && b.body.includes('CASCADE_PACKAGE'));
    expect(shown && parse(shown.body)).toEqual(wf);
  });
});

/** pre-commit from Debian's package (`.ci/run` installs it); skipped only where CI would install it. */
const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const ciInstallsPreCommit = /need\+=\(pre-commit\)/.test(readFileSync(join(ROOT, '.ci/run'), 'utf8'));

/** The `.pre-commit-config.yaml` docs/ci.md gives for a hook set-up (the block holding `marker`). */
function preCommitConfig(marker: string): string {
  const block = blocks('docs/ci.md').find((b) => b.lang === 'yaml' && b.body.includes(marker));
  expect(block, marker).toBeDefined();
  return block!.body;
}

/** A git repository holding a starter plan and a `.pre-commit-config.yaml`; broken: with a reference to an OPD that does not exist. */
function planRepo(name: string, config: string, broken = false): string {
  const dir = join(work, name);
  expect(runCli(['init', dir]).code).toBe(0);
  writeFileSync(join(dir, '.pre-commit-config.yaml'), config);
  if (broken) {
    const opd = join(dir, 'opd/dinas-pariwisata.yaml');
    writeFileSync(opd, readFileSync(opd, 'utf8').replace('opd: DISPAR\n', 'opd: DISPARR\n'));
  }
  execFileSync('git', ['init', '-q', dir]);
  execFileSync('git', ['-C', dir, 'add', '-A']);
  return dir;
}

/**
 * Real pre-commit, from a clean cache of its own, on a sound plan (passes) and a broken one (fails
 * with the finding); both use one environment, installed first.
 */
async function preCommitChecks(name: string, config: string): Promise<void> {
  expect(preCommit.stdout).toMatch(/^pre-commit \d/);
  // pre-commit ignores the user's npm config; the registry and the cache come by environment.
  const env = registry.env({ PRE_COMMIT_HOME: join(work, `${name}-home`), GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org' });
  const sound = planRepo(`${name}-sound`, config);
  const r0 = await sh('pre-commit install-hooks', { cwd: sound, env });
  expect(r0.output).not.toMatch(/EBADENGINE|npm error/);
  expect(r0.code).toBe(0);
  const r1 = await sh('pre-commit run --all-files', { cwd: sound, env });
  expect(r1.output).toMatch(/cascade validate\.+Passed/);
  expect(r1.code).toBe(0);

  const broken = planRepo(`${name}-broken`, config, true);
  const r2 = await sh('pre-commit run --all-files', { cwd: broken, env });
  expect(r2.output).toMatch(/cascade validate\.+Failed/);
  expect(r2.output).toMatch(/opd\/dinas-pariwisata\.yaml[\s\S]*`DISPARR`[\s\S]*ref\/unknown/);
  expect(r2.code).toBe(1);
}

/** The hooks repository as a release publishes it: the files of pre-commit-hooks/, committed and tagged v<version>. */
function hooksRepository(): string {
  const dir = join(work, 'hooks-repo');
  mkdirSync(dir);
  for (const f of readdirSync(join(ROOT, 'pre-commit-hooks'))) copyFileSync(join(ROOT, 'pre-commit-hooks', f), join(dir, f));
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, ...args], {
      env: {
        ...process.env,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.org',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.org',
      },
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', `cascade-kinerja ${PKG.version}`);
  git('tag', `v${PKG.version}`);
  return dir;
}

// The slow parts (installs) run side by side: they wait mostly on the registry and the disk.
describe.concurrent('installed from the registry, in an empty folder', () => {
  it(
    'by the install line of the workflow cascade init writes, of README and of docs/ci.md; then cascade init, cascade validate and the workflow steps as a script',
    async () => {
      const { wf } = initWorkflow();
      const runs = wf.jobs.validate.steps.flatMap((s) => (s.run ? [s.run] : []));
      const install = runs.find((r) => r.startsWith('npm install'))!;
      expect(install).toBe('npm install --global "$CASCADE_PACKAGE"');
      const readme = blocks('README.md')
        .find((b) => b.lang === 'sh' && b.body.includes('npm install --global'))!
        .body.split('\n');
      const global = readme.find((l) => l.startsWith('npm install --global'))!.replace(/\s+#.*/, '');
      const gitlab = blocks('docs/ci.md')
        .map((b) => b.lang === 'yaml' && parse(b.body))
        .find((y) => y?.cascade?.script)!.cascade.script as string[];
      const { dir, env } = emptyFolder('global');
      const wfEnv = { ...env, ...wf.env };
      // README's and GitLab's line is the workflow's, once the shell has put in $CASCADE_PACKAGE.
      const expanded = (await sh(`printf '%s ' ${install}`, { cwd: dir, env: wfEnv })).output.trim();
      expect(expanded).toBe(`npm install --global ${SPEC}`);
      expect([global, gitlab[0]]).toEqual([`npm install --global ${SPEC}`, `npm install --global ${SPEC}`]);

      const r1 = await sh(install, { cwd: dir, env: wfEnv });
      expect(r1.output).not.toMatch(/npm error/);
      // Every package installed supports the Node.js users run (20): no "Unsupported engine".
      expect(r1.output).not.toMatch(/EBADENGINE|Unsupported engine/);
      expect(r1.code).toBe(0);
      const r2 = await sh(`cascade init && cascade validate && ${gitlab.slice(1).join(' && ')}`, { cwd: dir, env });
      expect(r2.output).toContain('✔ No problems');
      expect(r2.code).toBe(0);
      expect(readFileSync(join(dir, 'cascade-junit.xml'), 'utf8')).toContain('<testsuites');
      // Offline at run time: with no network at all (a network namespace of its own, as root), the
      // installed package draws a PNG (WASM Graphviz, resvg, the shipped font) and writes a workbook.
      if (process.getuid?.() === 0) {
        const offline = await sh('unshare -n sh -c "cascade render -o chart.png && cascade table iku -o iku.xlsx && cascade table iku -o iku.docx"', {
          cwd: dir,
          env,
        });
        expect(offline.output).toBe('');
        expect(offline.code).toBe(0);
        expect(readFileSync(join(dir, 'chart.png')).subarray(1, 4).toString()).toBe('PNG');
        expect(readFileSync(join(dir, 'iku.xlsx')).subarray(0, 2).toString()).toBe('PK');
        // docx is bundled into dist/ (its nanoid dependency declares Node 22+ and is never loaded).
        const docx = await readDocx(readFileSync(join(dir, 'iku.docx')));
        expect(docx.tables[0].rows.length).toBeGreaterThan(1);
      }
      // The job's other steps, in order, as the runner runs them (set -e: a failing step fails the
      // job); its install step is the line that has just run.
      const summary = join(work, 'step-summary.md');
      const r3 = await sh(['set -e', ...runs.filter((r) => r !== install)].join('\n'), {
        cwd: dir,
        env: { ...wfEnv, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary },
      });
      expect(r3.code).toBe(0);
      expect(readFileSync(summary, 'utf8')).toContain('### cascade validate');
    },
    SLOW,
  );

  it(
    `by npx ${SPEC} validate`,
    async () => {
      const line = blocks('README.md')
        .flatMap((b) => b.body.split('\n'))
        .find((l) => l.startsWith('npx '))!;
      expect(line.replace(/\s+#.*/, '')).toBe(`npx ${SPEC} validate`);
      const { dir, env } = emptyFolder('npx');
      expect(runCli(['init', dir]).code).toBe(0);
      const r = await sh(line, { cwd: dir, env: { ...env, npm_config_yes: 'true' } });
      expect(r.output).toContain('✔ No problems');
      expect(r.code).toBe(0);
    },
    SLOW,
  );

  it(
    'as a devDependency of the planning repo (README), run by npx cascade',
    async () => {
      const line = blocks('README.md')
        .flatMap((b) => b.body.split('\n'))
        .find((l) => l.startsWith('npm install --save-dev'))!;
      expect(line).toMatch(new RegExp(`^npm install --save-dev ${SPEC.replace(/[.]/g, '\\.')}\\s+#.*npx cascade validate$`));
      const { dir, env } = emptyFolder('dev');
      expect(runCli(['init', dir]).code).toBe(0);
      const r1 = await sh(line, { cwd: dir, env });
      expect(r1.code).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).devDependencies).toEqual({ [PKG.name]: `^${PKG.version}` });
      const r2 = await sh('npx cascade validate', { cwd: dir, env });
      expect(r2.output).toContain('✔ No problems');
      expect(r2.code).toBe(0);
    },
    SLOW,
  );

  it.skipIf(preCommit.status !== 0 && ciInstallsPreCommit)(
    'pre-commit, from a clean cache, runs the hook of the hooks repository (docs/ci.md): it installs the published package and builds nothing',
    async () => {
      const config = preCommitConfig('rev: v');
      expect(config).toMatch(/^ {2}- repo: <URL of the hooks repository>$/m);
      expect(config).toContain(`rev: v${PKG.version}`);
      const manifest = parse(readFileSync(join(ROOT, 'pre-commit-hooks/.pre-commit-hooks.yaml'), 'utf8')) as {
        id: string;
        language: string;
        additional_dependencies?: string[];
      }[];
      expect(manifest.find((h) => h.id === 'cascade-validate')).toMatchObject({ language: 'node', additional_dependencies: [SPEC] });
      await preCommitChecks('pc-hooks', config.replace('<URL of the hooks repository>', hooksRepository()));
      // What pre-commit installed: the published package (dist/ and no TypeScript, no development dependency).
      const envs = readdirSync(join(work, 'pc-hooks-home')).filter((d) => d.startsWith('repo'));
      const installed = envs.flatMap((d) => {
        const lib = join(work, 'pc-hooks-home', d, 'node_env-system', 'lib', 'node_modules');
        return existsSync(lib) ? readdirSync(lib) : [];
      });
      expect(installed).toContain('cascade-kinerja');
      expect(installed).not.toContain('typescript');
    },
    SLOW,
  );

  it.skipIf(preCommit.status !== 0 && ciInstallsPreCommit)(
    'pre-commit, from a clean cache, runs the repo: local node hook of docs/ci.md',
    async () => {
      const config = preCommitConfig('language: node');
      expect(config).toContain(`additional_dependencies: ["${SPEC}"]`);
      await preCommitChecks('pc-local', config);
    },
    SLOW,
  );
});
