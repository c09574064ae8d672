/**
 * A local npm registry (Verdaccio, from devDependencies) for tests that install cascade as users do.
 * It listens on 127.0.0.1 at a free port, keeps its storage in a temp folder, serves the packed
 * cascade-kinerja that the test publishes, and proxies every other package to the registry npm is
 * configured with here (read at run time, so no registry host is written in the repository).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export interface Registry {
  url: string;
  /** A temp folder of the registry's own, removed by stop(). */
  dir: string;
  /** Environment for npm, npx and pre-commit: this registry, a cache shared within the run, no user config. */
  env(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  publish(tarball: string): Promise<void>;
  stop(): void;
}

export interface RunResult {
  code: number;
  /** stdout and stderr in the order they were written. */
  output: string;
}

/** Runs a shell command line as a user types it, stdout and stderr merged. */
export function sh(line: string, opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', `${line} 2>&1`], { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      output += d;
    });
    const timer = setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs ?? 170_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : -1), output });
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`verdaccio stopped (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`verdaccio did not answer within 60 s:\n${log()}`);
}

/** The packed package, as `npm pack` makes it from the dist/ that `npm test` has built. */
export function packCascade(dest: string): string {
  // prepack would build dist/ again; npm test has just built it, so the scripts are skipped here.
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  const [info] = JSON.parse(out) as { filename: string }[];
  return join(dest, info.filename);
}

export async function startRegistry(): Promise<Registry> {
  const dir = mkdtempSync(join(tmpdir(), 'cascade-registry-'));
  const upstream = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  // Installs go anonymous (access $all): with a token on every request Verdaccio would check the
  // password each time (bcrypt), which makes an install of 200 packages take minutes.
  writeFileSync(
    join(dir, 'config.yaml'),
    [
      `storage: ${JSON.stringify(join(dir, 'storage'))}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(join(dir, 'htpasswd'))}`,
      '    max_users: 10',
      'uplinks:',
      '  upstream:',
      `    url: ${JSON.stringify(upstream)}`,
      '    maxage: 30m',
      '    timeout: 60s',
      'packages:',
      "  'cascade-kinerja':",
      '    access: $all',
      '    publish: $authenticated',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      '    proxy: upstream',
      'log: { type: stdout, format: pretty, level: error }',
      '',
    ].join('\n'),
  );
  const cafile = execFileSync('npm', ['config', 'get', 'cafile'], { encoding: 'utf8' }).trim();
  let log = '';
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/verdaccio/bin/verdaccio'), '--config', join(dir, 'config.yaml'), '--listen', `127.0.0.1:${port}`],
    {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...(cafile && cafile !== 'null' && cafile !== 'undefined' ? { NODE_EXTRA_CA_CERTS: cafile } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    log += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    log += d;
  });
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
    process.removeListener('exit', stop);
  };
  process.once('exit', stop);
  try {
    await waitUntilUp(url, child, () => log);
  } catch (err) {
    stop();
    throw err;
  }

  const userconfig = join(dir, 'npmrc');
  writeFileSync(userconfig, '');
  // npm's own cache (content-addressed, checked by integrity) serves the tarballs it holds already,
  // such as the dependencies `npm ci` fetched for this repository; their versions and integrity are
  // still resolved through this registry. npx's installs stay in this temp folder.
  const cache = join(dir, 'npm-cache');
  mkdirSync(cache);
  const shared = join(execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim(), '_cacache');
  if (existsSync(shared)) symlinkSync(shared, join(cache, '_cacache'));
  const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C',
    NO_COLOR: '1',
    npm_config_registry: url,
    npm_config_userconfig: userconfig,
    npm_config_cache: cache,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    // What one install of the run resolved, the next takes from the cache without asking again.
    npm_config_prefer_offline: 'true',
    ...extra,
  });

  const publish = async (tarball: string) => {
    const res = await fetch(`${url}-/user/org.couchdb.user:ci`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'ci', password: 'ci-only-local' }),
    });
    const { token } = (await res.json()) as { token?: string };
    if (!token) throw new Error(`verdaccio gave no token (${res.status}):\n${log}`);
    const publishrc = join(dir, 'publish-npmrc');
    writeFileSync(publishrc, `//127.0.0.1:${port}/:_authToken=${token}\n`);
    const r = await sh(`npm publish ${JSON.stringify(tarball)}`, { cwd: dir, env: env({ npm_config_userconfig: publishrc }) });
    if (r.code !== 0) throw new Error(`npm publish failed:\n${r.output}\n${log}`);
  };

  return { url, dir, env, publish, stop };
}
