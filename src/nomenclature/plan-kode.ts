import type { Settings } from '../core/settings.js';
import { KODE_SHAPES } from '../model/kode.js';
import type { Plan, PlanNode } from '../model/plan.js';
import { type Nomenclature, nomenclature } from './data.js';

export interface KodeNode {
  node: PlanNode;
  /** The kode as written, trimmed. */
  kode: string;
}

/** The program, kegiatan and sub kegiatan whose kode has the shape of their level (kode/shape reports the rest). */
export function kodeNodes(plan: Plan): KodeNode[] {
  const out: KodeNode[] = [];
  for (const node of plan.nodes) {
    const kode = node.data.kode;
    const shape = KODE_SHAPES[node.level];
    if (typeof kode !== 'string' || !shape?.re.test(kode.trim())) continue;
    out.push({ node, kode: kode.trim() });
  }
  return out;
}

/** The nomenclature the configuration chose, or undefined when it is off. Loaded only when asked. */
export function chosenNomenclature(settings: Settings): Nomenclature | undefined {
  return settings.nomenklatur === 'off' ? undefined : nomenclature(settings.nomenklatur);
}
