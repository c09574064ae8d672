import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('cascade --version', () => {
  it('is answered by the bin without loading the CLI, exactly as the CLI answers it', async () => {
    const viaCommander = await runInProcess(['--version']);
    expect(viaCommander.stdout).toBe(`${VERSION}\n`);
    for (const flag of ['--version', '-v']) {
      expect(runCli([flag])).toEqual({ code: 0, stdout: viaCommander.stdout, stderr: '' });
    }
    // With anything else on the line, the CLI itself answers.
    expect(runCli(['--version', '--lang', 'id'])).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });
});
