import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** The editions shipped in data/nomenklatur/ (see SOURCES.md there for where each comes from). */
export const EDITIONS = ['2021'] as const;
export type Edition = (typeof EDITIONS)[number];

export type NomenclatureLevel = 'urusan' | 'bidang' | 'program' | 'kegiatan' | 'sub_kegiatan';

interface Raw {
  meta: { edition: string; title: string; built: string; sources: { repo: string; commit: string }[] };
  urusan: Record<string, string | string[]>;
  bidang: Record<string, string | string[]>;
  program: Record<string, string | string[]>;
  kegiatan: Record<string, string | string[]>;
  sub_kegiatan: Record<string, string | string[]>;
  /** The kode whose names two sources confirm; the others' names are not held to. */
  named: string[];
}

export interface Entry {
  kode: string;
  level: NomenclatureLevel;
  /** The official name(s): provinsi and kabupaten/kota, or two sources, may word one kode differently. */
  names: string[];
  /** Whether a plan is held to these names (see `named` in the data). */
  named: boolean;
}

export interface Nomenclature {
  edition: Edition;
  title: string;
  /** The entry for a kode as written, the support program x.xx.01 looked up as X.XX.01. */
  lookup(kode: string): Entry | undefined;
  /** Every kode of a level, for the nearest-kode suggestion. */
  kodes(level: NomenclatureLevel): string[];
}

const LEVEL_BY_SEGMENTS: Record<number, NomenclatureLevel | undefined> = { 1: 'urusan', 2: 'bidang', 3: 'program', 5: 'kegiatan', 6: 'sub_kegiatan' };

export function levelOfKode(kode: string): NomenclatureLevel | undefined {
  return LEVEL_BY_SEGMENTS[kode.split('.').length];
}

/** The support program x.xx.01 and what is under it are one list for every bidang: X.XX.01. */
export function canonicalKode(kode: string): string {
  const parts = kode.trim().split('.');
  return parts.length >= 3 && parts[2] === '01' ? ['X', 'XX', ...parts.slice(2)].join('.') : parts.join('.');
}

const cache = new Map<Edition, Nomenclature>();

/** Read on first use only: a plan without any kode never pays for the 100 kB of data. */
export function nomenclature(edition: Edition): Nomenclature {
  const hit = cache.get(edition);
  if (hit) return hit;
  const file = new URL(`../../data/nomenklatur/${edition}.json.gz`, import.meta.url);
  const raw = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as Raw;
  const named = new Set(raw.named);
  const levels: NomenclatureLevel[] = ['urusan', 'bidang', 'program', 'kegiatan', 'sub_kegiatan'];
  const made: Nomenclature = {
    edition,
    title: raw.meta.title,
    lookup(kode) {
      const k = canonicalKode(kode);
      const level = levelOfKode(k);
      const value = level ? raw[level][k] : undefined;
      if (!level || value === undefined) return undefined;
      return { kode: k, level, names: Array.isArray(value) ? value : [value], named: named.has(k) };
    },
    kodes: (level) => Object.keys(raw[level]),
  };
  for (const level of levels) if (!raw[level]) throw new Error(`nomenclature ${edition}: no ${level} in the data`);
  cache.set(edition, made);
  return made;
}

/** Names compared as a planner means them: case, spacing and spacing around punctuation aside. */
export function sameName(a: string, b: string): boolean {
  return normalName(a) === normalName(b);
}

function normalName(s: string): string {
  return s
    .toLowerCase()
    .replace(/\s*([/,.()-])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
