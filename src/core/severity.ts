export type Severity = 'error' | 'warning' | 'info';

/** A severity as configured: a rule may also be turned off. */
export type EffectiveSeverity = Severity | 'off';
