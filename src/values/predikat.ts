// The grades planners write as targets, worst first: facts of the regulations, so that a predikat
// read from a spreadsheet gets its skala without anyone typing it.

/** Known scales of qualitative indicators, worst first. */
export const KNOWN_SKALA: Readonly<Record<string, readonly string[]>> = {
  // Predikat SAKIP (PermenPANRB 88/2021).
  sakip: ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'],
  // Opini BPK on the financial statements (UU 15/2004): tidak memberikan pendapat, tidak wajar,
  // wajar dengan pengecualian, wajar tanpa pengecualian.
  'opini-bpk': ['TMP', 'TW', 'WDP', 'WTP'],
};

/** The known scale every label belongs to (case-insensitive), if one does. */
export function knownSkala(labels: readonly string[]): readonly string[] | undefined {
  if (!labels.length) return undefined;
  const up = labels.map((l) => l.trim().toUpperCase());
  return Object.values(KNOWN_SKALA).find((s) => up.every((l) => s.includes(l)));
}
