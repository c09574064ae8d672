import * as z from 'zod';
import type { Settings } from '../core/settings.js';

const NOMENKLATUR = 'The nomenclature kode and names are checked against: 2021 (Kepmendagri 050-5889/2021, default) or off for a Pemda that keeps its own.';

/**
 * How `settings:` in cascade.config.yaml may set each one. Listing every key of Settings is
 * enforced by the type: a new setting without its line here does not compile.
 */
export const SETTINGS_SCHEMA = z
  .strictObject({
    hoursPerDay: z.number().positive().max(24).meta({ description: 'Hours in a working day, for durations written in `hari` (default 7.5).' }),
    effectiveHoursPerYear: z
      .number()
      .positive()
      .max(8784)
      .meta({ description: 'Effective working hours of one employee in a year, for workload (default 1250).' }),
    capaianTurun: z
      .enum(['selisih', 'rasio'])
      .meta({ description: 'How capaian is computed for `arah: turun` indicators: selisih or rasio (default selisih).' }),
    tolerance: z.number().min(0).max(1).meta({ description: 'Relative tolerance when parts are compared with their whole, e.g. 0.001 (default).' }),
    kategoriCapaian: z
      .strictObject({
        sangatTinggi: z.number().meta({ description: 'Lowest capaian (%) rated sangat tinggi (default 91).' }),
        tinggi: z.number().meta({ description: 'Lowest capaian (%) rated tinggi (default 76).' }),
        sedang: z.number().meta({ description: 'Lowest capaian (%) rated sedang (default 66).' }),
        rendah: z.number().meta({ description: 'Lowest capaian (%) rated rendah (default 51); below it, sangat rendah.' }),
      })
      .meta({
        description:
          'Bands of the capaian categories of the LKjIP (Permendagri 86/2017), as the lowest % of each: {sangatTinggi: 91, tinggi: 76, sedang: 66, rendah: 51}.',
      }),
    // `nomenklatur: 2021` unquoted is a number to YAML: the same edition.
    nomenklatur: z
      .literal(['2021', 'off', 2021])
      .transform((v) => (v === 2021 ? '2021' : v))
      .meta({ description: NOMENKLATUR }),
  } satisfies Record<keyof Settings, z.ZodType>)
  .partial();
