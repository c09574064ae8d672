// @ts-check
/**
 * `npm run build`: bundles the CLI from src/ in one esbuild pass (dist/cli/main.js and its chunks
 * beside it), so that a command starts by reading a few files instead of a hundred ES modules.
 * Types are checked apart, by `tsc --noEmit` (`npm run typecheck`). Code a command imports
 * inside its action stays in a chunk of its own, loaded only by that command; the packages that
 * are heavy or hold WASM or native code (Graphviz, resvg, exceljs, the YAML parsers) are not
 * bundled and load from node_modules when needed.
 */
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const dist = join(root, 'dist');
const outdir = join(dist, 'cli');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
// Bundled: what every command loads at start-up. Everything else stays a package import.
const BUNDLED = new Set(['commander', 'chalk', 'zod']);

/**
 * `import.meta.url` is a module's own address: keep it so once the module lives in a chunk in
 * dist/cli/, as the address src/x/y.ts would have as dist/x/y.js (the same depth below the package
 * root, so `new URL('../../package.json', import.meta.url)` finds the same file).
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      if (!args.path.startsWith(src)) return undefined;
      const code = await readFile(args.path, 'utf8');
      if (!code.includes('import.meta.url')) return undefined;
      const built = join(dist, relative(src, args.path)).replace(/\.ts$/, '.js');
      const rel = relative(outdir, built).split('\\').join('/');
      const own = `new URL(${JSON.stringify(rel.startsWith('.') ? rel : `./${rel}`)}, import.meta.url).href`;
      return { contents: code.replaceAll('import.meta.url', own), loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * zod's namespace carries every locale (about 360 kB before minifying) as `z.locales`; cascade writes
 * its own messages in English and Indonesian and uses none of them, and compiling them would cost
 * every start. English, the default zod sets for itself, is imported by zod directly and stays.
 */
const withoutZodLocales = {
  name: 'without-zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'without-zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'without-zod-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

const BANNER = "import { createRequire as __cascadeCreateRequire } from 'node:module';\nconst require = __cascadeCreateRequire(import.meta.url);";

// One build from the sources: what an older build (or tsc) left in dist/ goes first; the web
// report's bundle (scripts/bundle-page.js) is written after this.
await rm(dist, { recursive: true, force: true });

await build({
  entryPoints: [join(src, 'cli', 'main.ts')],
  outdir,
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'bundle-[name]-[hash]',
  // What src imports from devDependencies is bundled (docx: a chunk of its own, loaded for .docx
  // only), so users install none of its dependencies (nanoid 6 would warn EBADENGINE on Node 20).
  external: Object.keys(pkg.dependencies).filter((d) => !BUNDLED.has(d)),
  // commander is CommonJS: its require() calls of Node's modules need a require in ES modules.
  banner: { js: BANNER },
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [keepModuleUrls, withoutZodLocales],
});
