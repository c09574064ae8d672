import { existsSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { msg } from '../i18n/message.js';
import { UsageError } from '../model/usage-error.js';

/**
 * Writes a command's result to stdout, or to a file atomically (a temporary file, then a rename)
 * so a chart or table that is committed is never left half-written; never onto an input.
 */
export function emit(content: string | Uint8Array, output: string | undefined, inputs: readonly string[] = []): void {
  if (!output || output === '-') {
    process.stdout.write(content);
    return;
  }
  const target = resolve(output);
  const real = existsSync(target) ? realpathSync(target) : target;
  for (const input of inputs) {
    const r = existsSync(input) ? realpathSync(input) : resolve(input);
    if (r === real) {
      throw new UsageError(msg(`Refusing to write over the input file ${output}.`, `Menolak menimpa file masukan ${output}.`));
    }
  }
  // No command writes YAML over an existing file: it could be a plan or notes in the plan's folder
  // that were not read (a YAML file without `cascade:`), and losing it would lose a planner's work.
  if (existsSync(target) && /\.ya?ml$/i.test(target)) {
    throw new UsageError(msg(`Refusing to overwrite the YAML file ${output}: cascade writes reports, charts and tables, never over YAML.`,
      `Menolak menimpa file YAML ${output}: cascade menulis laporan, bagan, dan tabel, tidak pernah menimpa YAML.`));
  }
  if (!existsSync(dirname(target))) {
    throw new UsageError(msg(`The folder of ${output} does not exist.`, `Folder untuk ${output} tidak ada.`));
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, target);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    throw new UsageError(msg(`Cannot write ${output}: ${(err as Error).message}`, `Tidak dapat menulis ${output}: ${(err as Error).message}`));
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
