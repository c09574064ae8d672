import { msg } from '../core/message.js';
import { periodOf, type Plan } from '../model/plan.js';
import { UsageError } from '../core/errors.js';
import { readYear } from '../values/year.js';

/** `--tahun` as given → the year; a value that is no year is a usage error (exit 2). */
export function yearOption(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const y = readYear(text);
  if (!y.ok) throw new UsageError(msg(`--tahun: ${y.reason.en}.`, `--tahun: ${y.reason.id}.`));
  return y.value;
}

/** A year outside the plan's periode would give empty columns that look like missing data: refuse it. */
export function requireInPeriod(plan: Plan, tahun: number | undefined): void {
  const period = periodOf(plan);
  if (tahun === undefined || !period || (tahun >= period.mulai && tahun <= period.selesai)) return;
  throw new UsageError(
    msg(
      `--tahun ${tahun} is outside the plan's periode ${period.mulai}–${period.selesai}.`,
      `--tahun ${tahun} di luar periode rencana ${period.mulai}–${period.selesai}.`,
    ),
  );
}
