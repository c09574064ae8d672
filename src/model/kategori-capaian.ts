// The categories of capaian of Permendagri 86/2017 used in the LKjIP, by bands a config may move.
import { msg, type Msg } from '../core/message.js';
import type { Settings } from '../core/settings.js';
import { formatNumber } from '../values/index.js';

export type Bands = Settings['kategoriCapaian'];
export type Kategori = 'sangat tinggi' | 'tinggi' | 'sedang' | 'rendah' | 'sangat rendah';

/** The category of a capaian (%): the first band whose lowest value it reaches. */
export function kategoriOf(capaian: number, bands: Bands): Kategori {
  if (capaian >= bands.sangatTinggi) return 'sangat tinggi';
  if (capaian >= bands.tinggi) return 'tinggi';
  if (capaian >= bands.sedang) return 'sedang';
  if (capaian >= bands.rendah) return 'rendah';
  return 'sangat rendah';
}

/** The bands as a note under a table: "sangat tinggi ≥ 91%, tinggi 76% to < 91%, …". */
export function bandsNote(bands: Bands): Msg {
  const n = (x: number) => `${formatNumber(x, { maxDecimals: 2 })}%`;
  const list = (to: string) =>
    [
      `sangat tinggi ≥ ${n(bands.sangatTinggi)}`,
      `tinggi ${n(bands.tinggi)} ${to} < ${n(bands.sangatTinggi)}`,
      `sedang ${n(bands.sedang)} ${to} < ${n(bands.tinggi)}`,
      `rendah ${n(bands.rendah)} ${to} < ${n(bands.sedang)}`,
      `sangat rendah < ${n(bands.rendah)}`,
    ].join('; ');
  return msg(
    `Kategori (Permendagri 86/2017, settings.kategoriCapaian): ${list('to')}.`,
    `Kategori (Permendagri 86/2017, pengaturan kategoriCapaian): ${list('s.d.')}.`,
  );
}
