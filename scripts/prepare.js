// @ts-check
/**
 * `npm install` / `npm ci` in a clone runs this: it builds dist/, so `node bin/cascade.js` works
 * right after. `npm pack` and `npm publish` build in `prepack` instead (npm runs `prepare` there
 * too: building twice would only cost time). Without esbuild (devDependencies left out) there
 * is nothing to build with; the packed package carries dist/ and never runs this.
 */
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const packing = ['pack', 'publish'].includes(process.env.npm_command ?? '');
let canBuild = true;
try {
  require.resolve('esbuild/package.json', { paths: [root] });
} catch {
  canBuild = false;
}
if (canBuild && !packing) execSync('npm run build', { cwd: root, stdio: 'inherit' });
