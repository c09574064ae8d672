import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { Lang } from '../core/message.js';
import type { Plan } from '../model/plan.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { fixPlan } from '../rules/fix-plan.js';
import { sanitize } from '../text/sanitize.js';
import { emit } from './output.js';

/**
 * `--fix`: the fixed files are written, each atomically and only if it changed; `--fix-dry-run`:
 * the changes are printed as a unified diff (as `git diff` shows them) and nothing is written.
 * Returns the plan as fixed, for the report of what remains, and a line for stderr.
 */
export async function fixFiles(
  plan: Plan,
  lint: (plan: Plan) => Promise<Diagnostic[]>,
  options: { cwd: string; dryRun: boolean; lang: Lang },
): Promise<{ plan: Plan; note: string }> {
  const fixed = await fixPlan(plan, lint);
  const fixes = fixed.changed.reduce((n, f) => n + f.fixes, 0);
  const files = fixed.changed.length;
  if (options.dryRun) {
    const diff = fixed.changed
      .map((f) =>
        createTwoFilesPatch(`a/${f.path}`, `b/${f.path}`, f.before, f.after, undefined, undefined, { context: 3 })
          // The header line of `diff -u` is noise here: the file names follow it.
          .replace(/^=+\n/m, '')
          .replace(/^Index: .*\n/m, ''),
      )
      .join('');
    // Down a pipe the diff is for `git apply` or `patch`, byte for byte (CRLF kept); a terminal gets
    // control characters shown, not run.
    if (diff) process.stdout.write(process.stdout.isTTY ? sanitize(diff, 'terminal') : diff);
  } else {
    for (const f of fixed.changed) await emit(f.after, resolve(options.cwd, f.path), [], { fixing: true });
  }
  const id = options.lang === 'id';
  const note =
    files === 0
      ? id
        ? 'tidak ada yang dapat diperbaiki otomatis.'
        : 'nothing to fix automatically.'
      : options.dryRun
        ? id
          ? `${fixes} perbaikan di ${files} file akan diterapkan oleh --fix (tidak ada yang diubah).`
          : `${fixes} ${fixes === 1 ? 'fix' : 'fixes'} in ${files} ${files === 1 ? 'file' : 'files'} would be applied by --fix (nothing changed).`
        : id
          ? `${fixes} perbaikan diterapkan di ${files} file.`
          : `${fixes} ${fixes === 1 ? 'fix' : 'fixes'} applied in ${files} ${files === 1 ? 'file' : 'files'}.`;
  return { plan: fixed.plan, note };
}
