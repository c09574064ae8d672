import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * vitest's global set-up: builds dist/ from src/ (one esbuild pass, a few seconds) before any test
 * runs, so a test that runs the built CLI never runs a stale one, whichever tests are picked.
 */
export default function buildDist(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  for (const script of ['scripts/bundle.js', 'scripts/bundle-page.js']) {
    execFileSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
  }
}
