import { msg, type Msg } from '../core/message.js';

export interface Periode {
  mulai: number;
  selesai: number;
}

/** An RPJPD spans 20 years; anything much longer is a slip, and listing its years would be too. */
export const MAX_PERIODE_YEARS = 30;

/** `2025-2029` with a dash of any kind: the tool prints 2025–2029 (an en dash), and Word turns - into –. */
export const PERIODE_TEXT = /^\s*(\d{4})\s*[-\u2010-\u2015\u2212]\s*(\d{4})\s*$/;

/** Reads `2025-2029` or `{mulai: 2025, selesai: 2029}`: the period, or why it is not one. */
export function readPeriode(v: unknown): Periode | { reason: Msg } {
  let p: Periode | undefined;
  if (typeof v === 'string') {
    const m = PERIODE_TEXT.exec(v);
    if (m) p = { mulai: Number(m[1]), selesai: Number(m[2]) };
  } else if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const { mulai, selesai } = v as Record<string, unknown>;
    if (isYear(mulai) && isYear(selesai)) p = { mulai, selesai };
  }
  if (!p) {
    return {
      reason: msg(
        'periode must be like "2025-2029" or {mulai: 2025, selesai: 2029}, with four-digit years.',
        'periode harus seperti "2025-2029" atau {mulai: 2025, selesai: 2029}, dengan tahun empat angka.',
      ),
    };
  }
  if (p.selesai < p.mulai) {
    return { reason: msg(`periode ends (${p.selesai}) before it starts (${p.mulai}).`, `periode berakhir (${p.selesai}) sebelum dimulai (${p.mulai}).`) };
  }
  if (p.selesai - p.mulai + 1 > MAX_PERIODE_YEARS) {
    return {
      reason: msg(
        `periode ${p.mulai}-${p.selesai} spans more than ${MAX_PERIODE_YEARS} years.`,
        `periode ${p.mulai}-${p.selesai} lebih dari ${MAX_PERIODE_YEARS} tahun.`,
      ),
    };
  }
  return p;
}

function isYear(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1000 && v <= 9999;
}
