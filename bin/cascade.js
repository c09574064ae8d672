#!/usr/bin/env node
// `cascade --version` alone (scripts and CI ask it on every run) is answered from package.json,
// as commander would, without loading the CLI: start-up stays at bare Node's.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  // The CLI is compiled JavaScript in dist/, built by `npm install` (prepare) from a clone.
  try {
    await import('../dist/cli/main.js');
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('dist/cli/main.js')) throw err;
    process.stderr.write('cascade: the CLI is not built: run `npm install` in the cascade folder (it builds dist/).\n');
    process.exitCode = 2;
  }
}
