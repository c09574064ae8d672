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
  /**
   * The lowest capaian (%) of each category of Permendagri 86/2017 for the LKjIP: sangat tinggi
   * ≥ 91, tinggi 76–90, sedang 66–75, rendah 51–65, below that sangat rendah.
   */
  kategoriCapaian: { sangatTinggi: number; tinggi: number; sedang: number; rendah: number };
  /** The edition of the nomenclature (Kepmendagri 050-5889/2021) that kode are checked against, or off. */
  nomenklatur: '2021' | 'off';
}

export const DEFAULT_SETTINGS: Settings = {
  hoursPerDay: 7.5,
  effectiveHoursPerYear: 1250,
  capaianTurun: 'selisih',
  tolerance: 0.001,
  kategoriCapaian: { sangatTinggi: 91, tinggi: 76, sedang: 66, rendah: 51 },
  nomenklatur: '2021',
};
