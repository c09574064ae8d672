export type Severity = 'error' | 'warning' | 'info';
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A severity as configured: a rule may also be turned off. */
export type EffectiveSeverity = Severity | 'off';
