// @ts-check
/**
 * `npm install` runs this. From a clone it builds dist/ (TypeScript and esbuild are there as
 * devDependencies). Installing the packed package (`npm pack`, then `npm install -g cascade-*.tgz`,
 * as pre-commit's `language: node` does) runs it again without devDependencies: dist/ is in the
 * package already, so there is nothing to build, and failing on a missing `tsc` would only break
 * the install.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
let canBuild = true;
try {
  require.resolve('typescript/package.json', { paths: [root] });
} catch {
  canBuild = false;
}
if (canBuild) execSync('npm run build', { cwd: root, stdio: 'inherit' });
else if (!existsSync(new URL('../dist/cli/main.js', import.meta.url))) {
  // npm packs a git dependency once before its devDependencies are in place, then again after:
  // failing the first time would stop the second. bin/cascade.js says what is missing if it ever is.
  process.stderr.write('cascade: dist/ is not built yet (TypeScript is not installed here).\n');
}
