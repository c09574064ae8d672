// @ts-check
/**
 * After `tsc`: bundles the CLI in place (dist/cli/main.js and its chunks beside it), so that a
 * command starts by reading a few files instead of a hundred ES modules. Code a command imports
 * inside its action stays in a chunk of its own, loaded only by that command; the packages that
 * are heavy or hold WASM or native code (Graphviz, resvg, exceljs, the YAML parsers) are not
 * bundled and load from node_modules when needed. Running `tsc` alone still gives a working CLI.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const outdir = join(dist, 'cli');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
// Bundled: what every command loads at start-up. Everything else stays a package import.
const BUNDLED = new Set(['commander', 'chalk', 'zod', 'ts-graphviz']);

/** `import.meta.url` is a module's own address: keep it so once the module lives in a chunk in dist/cli/. */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      if (!code.includes('import.meta.url')) return undefined;
      const rel = relative(outdir, args.path).split('\\').join('/');
      const own = `new URL(${JSON.stringify(rel.startsWith('.') ? rel : `./${rel}`)}, import.meta.url).href`;
      return { contents: code.replaceAll('import.meta.url', own), loader: 'js', resolveDir: dirname(args.path) };
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
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]/.test(args.importer)
      ? { path: 'zod-locales', namespace: 'without-zod-locales' }
      : undefined));
    b.onLoad({ filter: /.*/, namespace: 'without-zod-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

const BANNER = "import { createRequire as __cascadeCreateRequire } from 'node:module';\nconst require = __cascadeCreateRequire(import.meta.url);";

// The entry must be tsc's output: a main.js bundled already (tsc did not run since) is left as it is.
if ((await readFile(join(outdir, 'main.js'), 'utf8')).includes('__cascadeCreateRequire')) {
  process.stderr.write('dist/cli/main.js is bundled already: run `npm run build` to rebuild from the sources.\n');
  process.exit(0);
}
// Chunk names change with their content: drop the last build's.
for (const f of await readdir(outdir)) if (f.startsWith('bundle-')) await rm(join(outdir, f));

await build({
  entryPoints: [join(outdir, 'main.js')],
  outdir,
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'bundle-[name]-[hash]',
  external: Object.keys(pkg.dependencies).filter((d) => !BUNDLED.has(d)),
  // commander is CommonJS: its require() calls of Node's modules need a require in ES modules.
  banner: { js: BANNER },
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [keepModuleUrls, withoutZodLocales],
});
