// How a chart tells levels, mitra and crosscutting apart: one table, read by DOT and Mermaid alike.
import { msg, type Msg } from '../core/message.js';
import type { Level } from '../model/plan.js';

/**
 * The font the chart is laid out and drawn with. Graphviz (also in WASM) has built-in width
 * metrics for DejaVu Sans that match the shipped TTF within a point or two, so boxes fit their text.
 */
export const FONT = 'DejaVu Sans';
/** Fallbacks for an SVG opened where DejaVu Sans is not installed: Verdana has near-identical widths. */
export const FONT_STACK = 'DejaVu Sans,Verdana,sans-serif';

/** The three tiers of a pohon kinerja, as planners colour them. */
export type Tier = 'strategic' | 'tactical' | 'operational';

export const TIER_OF: Record<Level, Tier> = {
  tujuan: 'strategic',
  sasaran: 'strategic',
  ksf: 'strategic',
  tujuan_opd: 'tactical',
  sasaran_opd: 'tactical',
  outcome_antara: 'tactical',
  sasaran_program: 'tactical',
  program: 'tactical',
  sasaran_kegiatan: 'operational',
  kegiatan: 'operational',
  sub_kegiatan: 'operational',
};

export interface BoxStyle {
  /** Graphviz shape. */
  shape: 'box' | 'note' | 'hexagon';
  /** Graphviz style flags besides "filled". */
  flags: Array<'rounded' | 'dashed'>;
  fill: string;
  border: string;
  /** Colour of the heading line (level · id). */
  ink: string;
  penwidth: number;
}

export const TIER_STYLE: Record<Tier, BoxStyle> = {
  strategic: { shape: 'box', flags: ['rounded'], fill: '#E8EFF8', border: '#1F3A5F', ink: '#1F3A5F', penwidth: 2.2 },
  tactical: { shape: 'box', flags: [], fill: '#E9F4E7', border: '#2E6B30', ink: '#2E6B30', penwidth: 1.4 },
  operational: { shape: 'note', flags: [], fill: '#FFF3E0', border: '#A35A00', ink: '#8A4B00', penwidth: 1.2 },
};

/** A key success factor is a factor, not a target: the same strategic colours, a hexagon. */
export const KSF_SHAPE: BoxStyle['shape'] = 'hexagon';

/** A partner outside the Pemda budget: grey and dashed, whatever its level. */
export function mitraStyle(base: BoxStyle): BoxStyle {
  return { ...base, flags: [...base.flags, 'dashed'], fill: '#F1F1F1', border: '#7A7A7A', ink: '#555555' };
}

/** The Graphviz `style` of a box. */
export function styleAttr(s: BoxStyle): string {
  return ['filled', ...s.flags].join(',');
}

export function boxStyle(level: Level, mitra: boolean): BoxStyle {
  const base = TIER_STYLE[TIER_OF[level]];
  const shaped = level === 'ksf' ? { ...base, shape: KSF_SHAPE } : base;
  return mitra ? mitraStyle(shaped) : shaped;
}

export const LINK_STYLE = {
  tree: { color: '#5B6770', dashed: false },
  crosscutting: { color: '#8E3FA8', dashed: true },
} as const;

export const TIER_NAMES: Record<Tier, Msg> = {
  strategic: msg('Strategic', 'Strategis'),
  tactical: msg('Tactical', 'Taktis'),
  operational: msg('Operational', 'Operasional'),
};

/** The heading of a box: the level as planners write it. */
export const LEVEL_HEADINGS: Record<Level, Msg> = {
  tujuan: msg('GOAL (TUJUAN)', 'TUJUAN'),
  sasaran: msg('PEMDA TARGET (SASARAN)', 'SASARAN PEMDA'),
  ksf: msg('SUCCESS FACTOR', 'FAKTOR KUNCI'),
  tujuan_opd: msg('OPD GOAL (TUJUAN OPD)', 'TUJUAN OPD'),
  sasaran_opd: msg('OPD STRATEGIC TARGET', 'SASARAN STRATEGIS OPD'),
  outcome_antara: msg('INTERMEDIATE OUTCOME', 'OUTCOME ANTARA'),
  sasaran_program: msg('PROGRAM TARGET (SASARAN PROGRAM)', 'SASARAN PROGRAM'),
  program: msg('PROGRAM', 'PROGRAM'),
  sasaran_kegiatan: msg('ACTIVITY TARGET (SASARAN KEGIATAN)', 'SASARAN KEGIATAN'),
  kegiatan: msg('KEGIATAN (ACTIVITY)', 'KEGIATAN'),
  sub_kegiatan: msg('SUB KEGIATAN', 'SUB KEGIATAN'),
};

/** A partner (mitra) is not an OPD of the Pemda: its boxes say whose target they are. */
export const MITRA_HEADINGS: Partial<Record<Level, Msg>> = {
  tujuan_opd: msg("PARTNER'S GOAL (MITRA)", 'TUJUAN MITRA'),
  sasaran_opd: msg("PARTNER'S TARGET (MITRA)", 'SASARAN MITRA'),
  outcome_antara: msg("PARTNER'S INTERMEDIATE OUTCOME (MITRA)", 'OUTCOME ANTARA MITRA'),
  sasaran_program: msg("PARTNER'S PROGRAM TARGET (MITRA)", 'SASARAN PROGRAM MITRA'),
  program: msg("PARTNER'S PROGRAM (MITRA)", 'PROGRAM MITRA'),
  sasaran_kegiatan: msg("PARTNER'S ACTIVITY TARGET (MITRA)", 'SASARAN KEGIATAN MITRA'),
  kegiatan: msg("PARTNER'S ACTIVITY (MITRA)", 'KEGIATAN MITRA'),
  sub_kegiatan: msg("PARTNER'S SUB ACTIVITY (MITRA)", 'SUB KEGIATAN MITRA'),
};
