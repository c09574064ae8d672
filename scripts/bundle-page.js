// @ts-check
/**
 * The web report's own script and stylesheet (src/page/client/), bundled for the browser into
 * dist/page/: `cascade report` inlines them in the page, so the page loads nothing from anywhere.
 * The libraries they use (pan and zoom) are bundled in; none is needed at run time.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const client = join(root, 'src', 'page', 'client');
const outdir = join(root, 'dist', 'page', 'client');

await build({
  entryPoints: [join(client, 'main.ts'), join(client, 'page.css')],
  outdir,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome110', 'firefox110', 'safari16'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
