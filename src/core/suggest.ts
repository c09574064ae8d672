/**
 * Edit distance for did-you-mean, counting two neighbouring letters swapped (`pgau` for `pagu`)
 * as one slip, as typing makes them (optimal string alignment). Small words: three rows suffice.
 */
export function editDistance(a: string, b: string): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1);
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      cur[j] = d;
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** The closest candidate, if it is close enough to be what the user meant. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  const limit = Math.max(1, Math.floor(word.length / 3));
  if (bestScore <= limit) return best;
  // A word cut short ("visi" for "visi-misi") is as likely a slip as a typo.
  if (w.length >= 3) {
    for (const c of candidates) if (c.toLowerCase().startsWith(w)) return c;
  }
  return undefined;
}

/**
 * The one candidate within did-you-mean distance of `word`, or undefined when none or several are
 * (then only a person can choose, so `--fix` leaves the word alone).
 */
export function onlyCandidate(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  const limit = Math.max(1, Math.floor(word.length / 3));
  const near = [...candidates].filter((c) => editDistance(w, c.toLowerCase()) <= limit);
  return near.length === 1 ? near[0] : undefined;
}
