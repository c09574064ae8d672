#!/usr/bin/env node
// The CLI is compiled JavaScript in dist/, built by `npm install` (prepare) from a clone.
try {
  await import('../dist/cli/main.js');
} catch (err) {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('dist/cli/main.js')) throw err;
  process.stderr.write('cascade: the CLI is not built: run `npm install` in the cascade folder (it builds dist/).\n');
  process.exitCode = 2;
}
