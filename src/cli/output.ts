import { chmodSync, lstatSync, realpathSync, renameSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { msg } from '../core/message.js';
import { UsageError } from '../core/errors.js';

export interface EmitOptions {
  /** `validate --fix` rewriting the plan file it read: the one write over YAML there is. */
  fixing?: boolean;
}

/**
 * Writes a command's result to stdout, or to a file. A regular file (or a new one) is replaced
 * atomically (a temporary file, then a rename) so a chart or table that is committed is never left
 * half-written; anything else (/dev/null, /dev/stdout, a FIFO, a symbolic link) is written straight
 * through, never renamed over. Never onto an input, never over YAML.
 */
export async function emit(content: string | Uint8Array, output: string | undefined, inputs: readonly string[] = [], options: EmitOptions = {}): Promise<void> {
  const target = output && output !== '-' ? resolve(output) : '/dev/stdout';
  // The standard streams by name: opening /proc/self/fd/1 fails (ENXIO) when it is a socket.
  if (STDOUT_NAMES.has(target)) {
    process.stdout.write(content);
    return;
  }
  if (STDERR_NAMES.has(target)) {
    process.stderr.write(content);
    return;
  }
  output ??= target;
  const st = lstatOrNone(target, output);
  // A name another command's input also has: the same file, however it is spelt or linked.
  const real = st ? realOrSelf(target) : target;
  for (const input of inputs) {
    if (realOrSelf(resolve(input)) === real) {
      throw new UsageError(msg(`Refusing to write over the input file ${output}.`, `Menolak menimpa file masukan ${output}.`));
    }
  }
  // No command writes YAML over an existing file: it could be a plan or notes in the plan's folder
  // that were not read (a YAML file without `cascade:`), and losing it would lose a planner's work.
  if (!options.fixing && st && (/\.ya?ml$/i.test(target) || /\.ya?ml$/i.test(real))) {
    throw new UsageError(
      msg(
        `Refusing to overwrite the YAML file ${output}: cascade writes reports, charts and tables, never over YAML.`,
        `Menolak menimpa file YAML ${output}: cascade menulis laporan, bagan, dan tabel, tidak pernah menimpa YAML.`,
      ),
    );
  }
  if (st && !st.isFile()) {
    if (st.isDirectory()) throw new UsageError(msg(`${output} is a folder: give a file name.`, `${output} adalah folder: berikan nama file.`));
    writeStraight(content, target, output);
    return;
  }
  if (!lstatOrNone(dirname(target), output)?.isDirectory()) {
    throw new UsageError(msg(`The folder of ${output} does not exist.`, `Folder untuk ${output} tidak ada.`));
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  // Written asynchronously, so Ctrl-C or a kill during a long write is handled at once.
  LIVE.add(tmp);
  watchSignals();
  try {
    await writeFile(tmp, content);
    // A plan file rewritten by --fix keeps its permissions.
    if (options.fixing && st) chmodSync(tmp, st.mode & 0o7777);
    renameSync(tmp, target);
  } catch (err) {
    removeQuietly(tmp);
    throw cannotWrite(output, err);
  } finally {
    LIVE.delete(tmp);
  }
}

const STDOUT_NAMES = new Set(['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);
const STDERR_NAMES = new Set(['/dev/stderr', '/dev/fd/2', '/proc/self/fd/2']);

function writeStraight(content: string | Uint8Array, target: string, output: string): void {
  try {
    writeFileSync(target, content);
  } catch (err) {
    throw cannotWrite(output, err);
  }
}

function cannotWrite(output: string, err: unknown): UsageError {
  const why = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
  return new UsageError(msg(`Cannot write ${output}: ${why}`, `Tidak dapat menulis ${output}: ${why}`));
}

/** The entry itself (a link is not followed), or undefined when there is none. */
function lstatOrNone(path: string, output: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw cannotWrite(output, err);
  }
}

/** The real path, or the path itself when it cannot be resolved (a dangling link, /proc/self/fd/1 of a pipe, no permission). */
function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // nothing was written
  }
}

const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
/** Temporary files being written now. */
const LIVE = new Set<string>();
let watching = false;

/**
 * Ctrl-C or a kill while a temporary file is written removes it before the process ends (with the
 * usual 128 + signal number); the default action would leave it beside the target.
 */
function watchSignals(): void {
  if (watching) return;
  watching = true;
  for (const [signal, code] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      for (const tmp of LIVE) removeQuietly(tmp);
      process.exit(128 + code);
    });
  }
}

/** Colour only for people: not under NO_COLOR, --no-color, or when the output is not a terminal. */
export function useColor(asked: boolean | undefined, toFile: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (asked === false || toFile) return false;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return !!process.stdout.isTTY;
}

/** `--no-color` given to the command or to `cascade` itself (`cascade --no-color table iku`). */
export function colorAsked(cmd: Command): boolean | undefined {
  for (let c: Command | null = cmd; c; c = c.parent) if ((c.opts() as { color?: boolean }).color === false) return false;
  return undefined;
}
