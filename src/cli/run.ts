import { CommanderError } from 'commander';
import { detectLang } from '../core/lang.js';
import { say } from '../core/message.js';
import { PathError } from '../core/errors.js';
import { UsageError } from '../core/errors.js';
import { sanitize } from '../text/sanitize.js';
import { buildProgram } from './program.js';

/** `--lang xx` or `--lang=xx` as written, before commander has parsed anything. */
function langAsked(argv: readonly string[]): string | undefined {
  const i = argv.indexOf('--lang');
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
}

/**
 * Runs one `cascade …` command line (argv as node gives it: node, script, args…) and sets
 * process.exitCode. The bin calls it once; tests call it in process, which costs no new node.
 */
export async function runCascade(argv: string[]): Promise<void> {
  const program = buildProgram();
  const helpLang = detectLang(langAsked(argv));
  if (helpLang === 'id') (await import('./help-id.js')).helpInIndonesian(program);
  if (argv.includes('--help') || argv.includes('-h') || argv[2] === 'help') (await import('./help-examples.js')).addHelpExamples(program, helpLang);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    (await import('./progress.js')).clearProgress();
    const lang = detectLang((program.opts() as { lang?: string }).lang);
    if (err instanceof CommanderError) {
      // Help and version end "with an error" in commander; for the user they are success.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    if (err instanceof UsageError || err instanceof PathError) {
      process.stderr.write(`cascade: ${sanitize(say(err.text, lang), 'terminal')}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`cascade: internal error, please report it: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 2;
  }
}
