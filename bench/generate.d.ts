/** Types of bench/generate.js, for the tests that read generated plans. */
export interface PlanSpec {
  opds: number;
  sasaranOpd?: number;
  programs?: number;
  kegiatan?: number;
  sub?: number;
  indicators?: number;
  seed?: number;
}
export function generatePlan(spec: PlanSpec): Map<string, string>;
export function writePlan(dir: string, spec: PlanSpec): number;
