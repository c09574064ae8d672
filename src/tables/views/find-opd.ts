// The OPD that --opd names, or a usage error that suggests the nearest id.
import { UsageError } from '../../core/errors.js';
import { msg } from '../../core/message.js';
import { closest } from '../../core/suggest.js';
import type { Plan, PlanOpd } from '../../model/plan.js';

export function findOpd(plan: Plan, id: string): PlanOpd {
  const one = plan.opds.find((o) => o.id === id);
  if (one) return one;
  const guess = closest(
    id,
    plan.opds.map((o) => o.id),
  );
  throw new UsageError(
    msg(`No OPD "${id}" in the plan${guess ? `; did you mean ${guess}?` : ''}`, `Tidak ada OPD "${id}" dalam rencana${guess ? `; maksud Anda ${guess}?` : ''}`),
  );
}
