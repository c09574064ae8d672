import type { FormatContext } from '../format-context.js';

/** The one-line outcome, in the user's language, shared by the formats that end with it. */
export function summaryText(ctx: FormatContext): string {
  const { errors, warnings, infos, files, nodes, hidden = 0, context = 0, skipped = 0 } = ctx.summary;
  const total = errors + warnings + infos;
  const id = ctx.lang === 'id';
  const quiet =
    hidden === 0
      ? ''
      : id
        ? `${hidden} peringatan/info disembunyikan oleh --quiet; `
        : `${hidden} ${hidden === 1 ? 'warning or info' : 'warnings or info'} hidden by --quiet; `;
  const read = id ? `${files} file, ${nodes} simpul` : `${files} ${files === 1 ? 'file' : 'files'}, ${nodes} ${nodes === 1 ? 'node' : 'nodes'}`;
  const around =
    context === 0
      ? ''
      : id
        ? `; ${context} file lain dari rencana dibaca untuk rujukan`
        : `; ${context} other ${context === 1 ? 'file' : 'files'} of the plan read for references`;
  const passed = skipped === 0 ? '' : id ? `; ${skipped} file YAML lain dilewati` : `; ${skipped} other YAML ${skipped === 1 ? 'file' : 'files'} skipped`;
  const scope = quiet + read + around + passed;
  if (total === 0 && hidden > 0) return id ? `✔ Tidak ada galat (${scope}).` : `✔ No errors (${scope}).`;
  if (total === 0) return id ? `✔ Tidak ada masalah (${scope}).` : `✔ No problems (${scope}).`;
  const parts = id
    ? [`${errors} galat`, `${warnings} peringatan`, ...(infos ? [`${infos} info`] : [])]
    : [`${errors} ${errors === 1 ? 'error' : 'errors'}`, `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`, ...(infos ? [`${infos} info`] : [])];
  const head = id ? `✖ ${total} masalah` : `✖ ${total} ${total === 1 ? 'problem' : 'problems'}`;
  return `${head} (${parts.join(', ')}) — ${scope}.`;
}
