import type { Level } from './plan.js';

// Permendagri 90/2019: urusan.bidang.program[.kegiatan(1).(2)[.sub(4)]]; "X.XX" marks the
// support items every agency shares (penunjang urusan).
const HEAD = '(?:\\d\\.\\d{2}|X\\.XX)';
export const KODE_SHAPES: Partial<Record<Level, { re: RegExp; example: string }>> = {
  program: { re: new RegExp(`^${HEAD}\\.\\d{2}$`), example: '1.02.02 (or X.XX.01)' },
  kegiatan: { re: new RegExp(`^${HEAD}\\.\\d{2}\\.\\d\\.\\d{2}$`), example: '1.02.02.2.01' },
  sub_kegiatan: { re: new RegExp(`^${HEAD}\\.\\d{2}\\.\\d\\.\\d{2}\\.\\d{4}$`), example: '1.02.02.2.01.0001' },
};
