// A form's text around its table (the Perjanjian Kinerja's statement, its signatures) as plain
// lines, for the formats that have no page: terminal, Markdown, XLSX, JSON. DOCX lays it out itself.
import { say, type Lang } from '../../core/message.js';
import type { Signatory, TableForm } from '../table.js';

/** Where the name sits in a signatory's lines: after the role, the position and room to sign. */
export const NAME_LINE = 5;

/** The lines of one signatory, top to bottom, always as many: role, position, room to sign, name, pangkat, NIP. */
export function signatoryLines(s: Signatory, lang: Lang): string[] {
  // What the plan does not name is a dotted line to write on, as on a printed form.
  const nip = s.nip === undefined ? '' : `NIP. ${s.nip || '.'.repeat(24)}`;
  return [say(s.role, lang), s.jabatan, '', '', '', s.nama || `(${'.'.repeat(30)})`, s.pangkat ?? '', nip];
}

/** The signature block as two columns of text, the place and date over the right one. */
export function signatureLines(sig: NonNullable<TableForm['signatures']>, lang: Lang): string[] {
  const left = signatoryLines(sig.left, lang);
  const right = [sig.placeDate, ...signatoryLines(sig.right, lang)];
  const l = ['', ...left];
  const width = Math.max(...l.map((x) => x.length)) + 6;
  const lines = right.map((r, i) => `${(l[i] ?? '').padEnd(width)}${r}`.trimEnd());
  while (lines.at(-1) === '') lines.pop();
  return lines;
}

/** The paragraphs above and below the table, and the signature block's lines (columns kept by spaces). */
export function formLines(form: TableForm | undefined, lang: Lang): { before: string[]; after: string[]; signatures: string[] } {
  const says = (ms: TableForm['before']) => (ms ?? []).map((m) => say(m, lang));
  return { before: says(form?.before), after: says(form?.after), signatures: form?.signatures ? ['', ...signatureLines(form.signatures, lang)] : [] };
}
