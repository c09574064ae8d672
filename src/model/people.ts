// SOP steps and positions with their values read once: what each step produces, how long it
// takes, how often, and so each position's workload. Rules, tables and `cascade workload` read this.
import type { Settings } from '../core/settings.js';
import { msg, type Msg } from '../core/message.js';
import { formatDuration, readDuration } from '../values/duration.js';
import { readFrequency } from '../values/frequency.js';
import { readNumber, type Quantity } from '../values/number.js';
import type { Reading } from '../values/reading.js';
import type { Loc, Plan, PlanJabatan, PlanOpd, PlanStep } from './plan.js';
import { readWholeAt } from './unquoted.js';

export type StepKey = 'output' | 'durasi' | 'frekuensi';

export interface StepProblem {
  key: StepKey;
  /** Where the value is written. */
  loc: Loc;
  reason: Msg;
}

export interface StepFacts {
  step: PlanStep;
  /** The output as volume and unit ("1 proposal"), when written and readable. */
  output?: Quantity;
  /** Minutes per occurrence, when written and readable. */
  minutes?: number;
  /** Occurrences per year: 1 when not written; undefined when unreadable. */
  perYear?: number;
  /** minutes × perYear, when both are known. */
  minutesPerYear?: number;
  /** Values written but not readable; values of the wrong YAML type are the schema's to report. */
  problems: StepProblem[];
}

export interface PositionFacts {
  jabatan: PlanJabatan;
  /** Its OPD: its own, else the nearest atasan's. */
  opd?: PlanOpd;
  steps: StepFacts[];
  /** Σ durasi × frekuensi over the steps whose both values are known. */
  minutesPerYear: number;
  hoursPerYear: number;
  /** hoursPerYear ÷ effective working hours a year (1 = fully loaded). */
  share: number;
  /** Steps left out of the sum: their durasi or frekuensi is missing or unreadable. */
  unknown: StepFacts[];
}

export interface People {
  hoursPerDay: number;
  effectiveHoursPerYear: number;
  steps: Map<PlanStep, StepFacts>;
  /** Every position, in the order written. */
  positions: PositionFacts[];
  byJabatan: Map<PlanJabatan, PositionFacts>;
}

const memo = new WeakMap<Plan, Map<string, People>>();

/** The plan's steps and positions with their values read (memoized per plan and settings). */
export function peopleOf(plan: Plan, settings: Pick<Settings, 'hoursPerDay' | 'effectiveHoursPerYear'>): People {
  const key = `${settings.hoursPerDay}/${settings.effectiveHoursPerYear}`;
  let byKey = memo.get(plan);
  if (!byKey) memo.set(plan, (byKey = new Map()));
  let people = byKey.get(key);
  if (!people) byKey.set(key, (people = buildPeople(plan, settings)));
  return people;
}

function buildPeople(plan: Plan, settings: Pick<Settings, 'hoursPerDay' | 'effectiveHoursPerYear'>): People {
  const steps = new Map<PlanStep, StepFacts>();
  for (const step of plan.steps) steps.set(step, readStep(step, settings.hoursPerDay));
  const positions = plan.jabatan.map((jabatan): PositionFacts => {
    const own = jabatan.steps.map((s) => steps.get(s)!);
    let minutesPerYear = 0;
    const unknown: StepFacts[] = [];
    for (const f of own) {
      if (f.minutesPerYear === undefined) unknown.push(f);
      else minutesPerYear += f.minutesPerYear;
    }
    const hoursPerYear = minutesPerYear / 60;
    return { jabatan, opd: opdOf(jabatan), steps: own, minutesPerYear, hoursPerYear, share: hoursPerYear / settings.effectiveHoursPerYear, unknown };
  });
  return {
    hoursPerDay: settings.hoursPerDay,
    effectiveHoursPerYear: settings.effectiveHoursPerYear,
    steps,
    positions,
    byJabatan: new Map(positions.map((p) => [p.jabatan, p])),
  };
}

function readStep(step: PlanStep, hoursPerDay: number): StepFacts {
  const d = step.data as unknown as Record<string, unknown>;
  const facts: StepFacts = { step, problems: [] };
  const read = <T>(key: StepKey, r: (v: unknown) => Reading<T>): T | undefined => {
    const v = d[key];
    if (typeof v !== 'string' && typeof v !== 'number') return undefined;
    const loc = { source: step.loc.source, path: [...step.loc.path, key] };
    // frekuensi is a whole count: an unquoted 1.000 (YAML's 1) is not read, as for rupiah.
    const got = key === 'frekuensi' ? readWholeAt(v, loc, r) : r(v);
    if (got.ok) return got.value;
    facts.problems.push({ key, loc, reason: got.reason });
    return undefined;
  };
  facts.output = read('output', readOutput);
  facts.minutes = read('durasi', (v) => readDuration(v, { hoursPerDay }));
  facts.perYear = d.frekuensi === undefined ? 1 : read('frekuensi', readFrequency);
  if (facts.minutes !== undefined && facts.perYear !== undefined) facts.minutesPerYear = facts.minutes * facts.perYear;
  return facts;
}

/** An output is a volume and what is produced: "1 proposal", "3 surat". */
function readOutput(v: unknown): Reading<Quantity> {
  const r = readNumber(v);
  if (!r.ok) return r;
  const n = String(v);
  if (!r.value.unit?.trim()) {
    return {
      ok: false,
      reason: msg(
        `the output ${n} says how many but not of what; write e.g. "${n} laporan"`,
        `output ${n} menyebut berapa tetapi tidak apa; tulis mis. "${n} laporan"`,
      ),
    };
  }
  if (!(r.value.value > 0)) {
    return { ok: false, reason: msg(`the output "${n}" must be more than zero`, `output "${n}" harus lebih dari nol`) };
  }
  return r;
}

/** The position and its atasan upward, stopping before any position seen twice (a cycle). */
export function atasanChain(jabatan: PlanJabatan): PlanJabatan[] {
  const chain: PlanJabatan[] = [];
  const seen = new Set<PlanJabatan>();
  for (let j: PlanJabatan | undefined = jabatan; j && !seen.has(j); j = j.atasan?.target) {
    seen.add(j);
    chain.push(j);
  }
  return chain;
}

/**
 * Something of the nearest position up the atasan chain that has it, memoized along the way: every
 * position's answer comes from one walk, so a chain of n positions costs n steps, not n² (a
 * 10,000-long chain took minutes). A cycle ends the walk with no answer.
 */
function nearestUp<T>(memo: WeakMap<PlanJabatan, T | null>, start: PlanJabatan | undefined, own: (j: PlanJabatan) => T | undefined): T | undefined {
  const walked: PlanJabatan[] = [];
  const seen = new Set<PlanJabatan>();
  let found: T | null = null;
  for (let j = start; j && !seen.has(j); j = j.atasan?.target) {
    const known = memo.get(j);
    if (known !== undefined) {
      found = known;
      break;
    }
    const mine = own(j);
    if (mine !== undefined) {
      found = mine;
      memo.set(j, mine);
      break;
    }
    seen.add(j);
    walked.push(j);
  }
  for (const j of walked) memo.set(j, found);
  return found ?? undefined;
}

const opdMemo = new WeakMap<PlanJabatan, PlanOpd | null>();
const answeringMemo = new WeakMap<PlanJabatan, PlanJabatan | null>();

/** The position's OPD, else the nearest atasan's. */
export function opdOf(jabatan: PlanJabatan): PlanOpd | undefined {
  return nearestUp(opdMemo, jabatan, (j) => j.opd?.target);
}

/** The nearest superior that answers for some node of the cascade: whose line of sight bounds this one. */
export function answeringSuperior(jabatan: PlanJabatan): PlanJabatan | undefined {
  const sup = jabatan.atasan?.target;
  // A chain that loops back to the position itself has no superior above it.
  if (!sup || sup === jabatan) return undefined;
  const found = nearestUp(answeringMemo, sup, (j) => (j.sasaran.some((r) => r.target) ? j : undefined));
  return found === jabatan ? undefined : found;
}

/**
 * A step's duration for people: as computed ("1 jam 30 menit"), and for days also as written,
 * since a day's length is configured: "3 hari (22 jam 30 menit)". Unreadable: as written.
 */
export function durationShown(f: StepFacts): string | undefined {
  const raw = (f.step.data as unknown as Record<string, unknown>).durasi;
  if (f.minutes === undefined) return raw === undefined ? undefined : String(raw);
  const computed = formatDuration(f.minutes);
  return typeof raw === 'string' && /\d\s*(hari|hr)\b/i.test(raw) ? `${raw.trim()} (${computed})` : computed;
}
