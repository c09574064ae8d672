// Which indicators are key ones (IKU, PermenPANRB 89/2021): a Sasaran Pemda's are the IKU Pemda,
// a Sasaran Strategis OPD's the IKU OPD. Program and kegiatan indicators are not IKU, nor are those
// of a partner (mitra), which is outside the Pemda.
import type { Level, PlanNode } from './plan.js';

export const IKU_LEVELS: ReadonlySet<Level> = new Set(['sasaran', 'sasaran_opd']);

export function isIkuNode(node: PlanNode): boolean {
  return IKU_LEVELS.has(node.level) && !(node.level === 'sasaran_opd' && node.opd?.mitra);
}
