// Who signs the documents of a year and where: the Kepala Daerah (pihak kedua of each kepala OPD's
// Perjanjian Kinerja), the place and the date of signing — each from the first file that states it.
import type { Plan } from './plan.js';

export interface Signing {
  /** "Bupati Contoh": as written, else from the pemda ("Kabupaten Contoh" → "Bupati Contoh"). */
  kepalaDaerah: string;
  kepalaDaerahNama?: string;
  tempat?: string;
  /** The date of signing of each year, as written. */
  tanggal: ReadonlyMap<number, string>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The head of a region by its kind, as the forms title them (UU 23/2014). */
const HEADS: [RegExp, string][] = [
  [/^kabupaten\s+/i, 'Bupati '],
  [/^kota\s+/i, 'Wali Kota '],
  [/^provinsi\s+/i, 'Gubernur '],
];

function headOf(pemda: string | undefined): string {
  if (!pemda) return 'Kepala Daerah';
  for (const [re, head] of HEADS) if (re.test(pemda)) return head + pemda.replace(re, '');
  return `Kepala Daerah ${pemda}`;
}

function firstStated(plan: Plan, key: string): Obj | undefined {
  for (const s of plan.sources) {
    if (s.unreadable() || !isObj(s.data)) continue;
    const v = s.data[key];
    if (isObj(v)) return v;
  }
  return undefined;
}

export function signingOf(plan: Plan): Signing {
  const kd = firstStated(plan, 'kepala_daerah');
  const pt = firstStated(plan, 'penandatanganan');
  const tanggal = new Map<number, string>();
  if (isObj(pt?.tanggal)) {
    for (const [k, v] of Object.entries(pt.tanggal)) if (/^\d{4}$/.test(k) && text(v)) tanggal.set(Number(k), text(v)!);
  }
  return { kepalaDaerah: text(kd?.jabatan) ?? headOf(plan.pemda[0]?.value), kepalaDaerahNama: text(kd?.nama), tempat: text(pt?.tempat), tanggal };
}

/** "Sleman, 2 Januari 2026"; what the plan lacks is a blank line to fill by hand, the year kept. */
export function placeAndDate(s: Signing, year: number): string {
  const date = s.tanggal.get(year) ?? `${'_'.repeat(16)} ${year}`;
  return `${s.tempat ?? '_'.repeat(12)}, ${date}`;
}
