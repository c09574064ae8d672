// The year of an annual document (Perjanjian Kinerja, SKP): the one asked, else this year when the
// plan's period holds it. Never silently another year: outside the period the user must choose.
import { UsageError } from '../core/errors.js';
import { msg, type Msg } from '../core/message.js';
import { periodOf, type Plan } from './plan.js';

export function documentYear(plan: Plan, tahun: number | undefined, document: Msg, today: Date = new Date()): number {
  if (tahun !== undefined) return tahun;
  const now = today.getFullYear();
  const p = periodOf(plan);
  if (!p || (now >= p.mulai && now <= p.selesai)) return now;
  throw new UsageError(
    msg(
      `The ${document.en} is for one year and ${now} is outside the plan's periode ${p.mulai}–${p.selesai}: give --tahun (${p.mulai}–${p.selesai}).`,
      `${document.id} berlaku untuk satu tahun dan ${now} di luar periode rencana ${p.mulai}–${p.selesai}: berikan --tahun (${p.mulai}–${p.selesai}).`,
    ),
  );
}
