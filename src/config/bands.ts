// The capaian category bands of cascade.config.yaml run downwards: a config that does not is a finding there.
import { msg, type Msg } from '../core/message.js';
import type { Settings } from '../core/settings.js';

const ORDER = ['sangatTinggi', 'tinggi', 'sedang', 'rendah'] as const;

/** The first band not below the one above it, for a finding at its key; undefined when in order. */
export function bandOutOfOrder(bands: Settings['kategoriCapaian']): { key: (typeof ORDER)[number]; message: Msg } | undefined {
  for (let i = 1; i < ORDER.length; i++) {
    const [above, key] = [ORDER[i - 1], ORDER[i]];
    if (bands[key] < bands[above]) continue;
    return {
      key,
      message: msg(
        `\`${key}\` (${bands[key]}) must be below \`${above}\` (${bands[above]}): each band starts lower than the one above it.`,
        `\`${key}\` (${bands[key]}) harus di bawah \`${above}\` (${bands[above]}): setiap kategori dimulai lebih rendah dari kategori di atasnya.`,
      ),
    };
  }
  return undefined;
}
