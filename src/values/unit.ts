// Units written in values and in an indicator's `satuan`, compared the way planners mean them.

// Spellings that mean the same unit. Indonesian nouns take no plural ending, so no stemming.
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['%', '%'],
  ['persen', '%'],
  ['prosen', '%'],
  ['percent', '%'],
  ['rp', 'rp'],
  ['rp.', 'rp'],
  ['rupiah', 'rp'],
  ['idr', 'rp'],
]);

/** Lower case, single spaces, no spaces around "/", aliases folded ("persen" → "%"). */
export function normalizeUnit(u: string): string {
  let out = '';
  let pendingSpace = false;
  for (let k = 0; k < u.length; k++) {
    const ch = u[k];
    if (ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\n' || ch === '\r') {
      pendingSpace = out !== '';
      continue;
    }
    if (pendingSpace && ch !== '/' && !out.endsWith('/')) out += ' ';
    pendingSpace = false;
    out += ch;
  }
  out = out.toLowerCase();
  return ALIASES.get(out) ?? out;
}

/**
 * Whether a unit written in a value agrees with the indicator's satuan. A bare number (no
 * unit) agrees with any satuan. Otherwise the two must be the same unit after normalising,
 * or one must be the other's leading words ("40 destinasi" with satuan "destinasi wisata");
 * "%" only ever agrees with "%" (a percentage is not a "% poin").
 */
export function unitAgrees(written: string, satuan: string): boolean {
  const w = normalizeUnit(written);
  if (w === '') return true;
  const s = normalizeUnit(satuan);
  if (w === s) return true;
  if (w === '%' || s === '%' || s === '') return false;
  return s.startsWith(`${w} `) || w.startsWith(`${s} `);
}
