// Ids of imported entries: from the kode where there is one, else from the OPD's short name and
// the entry's place, so that importing the same sheet again gives the same ids.

/** The first word of an agency's name as its short forms start (Dinas Pariwisata → DISPAR). */
const HEAD_WORDS: Readonly<Record<string, string>> = {
  dinas: 'DIS',
  badan: 'BA',
  satuan: 'SAT',
  kantor: 'KAN',
  sekretariat: 'SET',
  inspektorat: 'INSPEKTORAT',
  kecamatan: 'KEC',
  bagian: 'BAG',
  rumah: 'RS',
};
const SMALL = new Set(['dan', 'serta', 'atau', 'dari', 'di', 'ke', 'yang', 'daerah', 'kabupaten', 'kota', 'provinsi']);

/**
 * An OPD id from what the sheet calls it: a short name as written ("DIS PAR" → DISPAR), else the
 * head word's short form and three letters of each further word ("Dinas Koperasi dan UKM" → DISKOPUKM).
 */
export function opdIdOf(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length) return 'OPD';
  const short = words.every((w) => w === w.toUpperCase() && w.length <= 6);
  if (short) return words.join('').toUpperCase();
  const [head, ...rest] = words;
  const first = HEAD_WORDS[head.toLowerCase()] ?? head.slice(0, 3).toUpperCase();
  const tail = rest
    .filter((w) => !SMALL.has(w.toLowerCase()))
    .map((w) => (w === w.toUpperCase() ? w : w.slice(0, 3).toUpperCase()))
    .join('');
  return (first + tail).replace(/^[^A-Za-z0-9]+/, '') || 'OPD';
}

/** Hands out ids unique in the plan: a taken one gets "-2", "-3" … */
export class IdPool {
  private taken = new Set<string>();
  claim(id: string): string {
    let out = id;
    for (let k = 2; this.taken.has(out.toLowerCase()); k++) out = `${id}-${k}`;
    this.taken.add(out.toLowerCase());
    return out;
  }
}
