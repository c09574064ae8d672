import { runCascade } from './run.js';

await runCascade(process.argv);
