import * as z from 'zod';

/** Numbers the checks and tables depend on, which a planning repo may change in its config. */
export interface Settings {
  /** Hours in a working day, for durations written in `hari`. */
  hoursPerDay: number;
  /** Effective working hours of one employee in a year, for workload. */
  effectiveHoursPerYear: number;
  /** How capaian is computed for `arah: turun` indicators. */
  capaianTurun: 'selisih' | 'rasio';
  /** Relative tolerance when parts are compared with their whole (decimals, rounding). */
  tolerance: number;
}

export const DEFAULT_SETTINGS: Settings = {
  hoursPerDay: 7.5,
  effectiveHoursPerYear: 1250,
  capaianTurun: 'selisih',
  tolerance: 0.001,
};

/**
 * How `settings:` in cascade.config.yaml may set each one. Listing every key of Settings is
 * enforced by the type: a new setting without its line here does not compile.
 */
export const SETTINGS_SCHEMA = z.strictObject({
  hoursPerDay: z.number().positive().max(24)
    .meta({ description: 'Hours in a working day, for durations written in `hari` (default 7.5).' }),
  effectiveHoursPerYear: z.number().positive().max(8784)
    .meta({ description: 'Effective working hours of one employee in a year, for workload (default 1250).' }),
  capaianTurun: z.enum(['selisih', 'rasio'])
    .meta({ description: 'How capaian is computed for `arah: turun` indicators: selisih or rasio (default selisih).' }),
  tolerance: z.number().min(0).max(1)
    .meta({ description: 'Relative tolerance when parts are compared with their whole, e.g. 0.001 (default).' }),
} satisfies Record<keyof Settings, z.ZodType>).partial();
