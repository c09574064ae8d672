import { runCascade } from './run.js';

// A reader that stops early (`cascade validate --format json | head`) closes the pipe: stop
// writing quietly, as git and grep do, keeping the exit code the findings gave, no stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
});

await runCascade(process.argv);
