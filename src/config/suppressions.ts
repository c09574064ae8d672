import { msg } from '../core/message.js';
import type { SourceFile } from '../load/source.js';
import type { Span } from '../core/span.js';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import { closest } from '../core/suggest.js';
import { SUPPRESSION_UNUSED } from './meta.js';
import type { SeverityFor } from '../core/rule-meta.js';

/** One `# cascade-disable…` comment. No rule listed means every rule. */
export interface Directive {
  scope: 'next-line' | 'line' | 'file';
  /** The line the comment is on. */
  line: number;
  span: Span;
  rules: Array<{ id: string; span: Span }>;
  reason?: string;
}

const DIRECTIVE = /^#\s*cascade-disable(-next-line|-line)?(?=\s|$)(.*)$/;

/** The suppression comments of a file, in the order written. */
export function readDirectives(source: SourceFile): Directive[] {
  if (!source.text.includes('cascade-disable')) return [];
  const out: Directive[] = [];
  // The comments came with the one read of the file: `#` inside quoted text is no comment.
  for (const c of source.comments()) {
    const m = DIRECTIVE.exec(c.source);
    if (!m) continue;
    const tail = m[2];
    const tailStart = c.offset + c.source.length - tail.length;
    // ` -- ` starts the reason, which is for the people reading the file.
    const cut = /(^|\s)--(\s|$)/.exec(tail);
    const list = cut ? tail.slice(0, cut.index) : tail;
    const rules: Directive['rules'] = [];
    for (const r of list.matchAll(/[^\s,]+/g)) {
      const start = tailStart + r.index!;
      rules.push({ id: r[0], span: source.span(start, start + r[0].length) });
    }
    const span = source.span(c.offset, c.offset + c.source.length);
    out.push({
      scope: m[1] === '-next-line' ? 'next-line' : m[1] === '-line' ? 'line' : 'file',
      line: span.line,
      span,
      rules,
      reason: cut ? tail.slice(cut.index + cut[0].length).trim() || undefined : undefined,
    });
  }
  return out;
}

function covers(d: Directive, rule: string | undefined, finding: Diagnostic): boolean {
  if (rule !== undefined && rule !== finding.rule) return false;
  return d.scope === 'file' || finding.line === (d.scope === 'line' ? d.line : d.line + 1);
}

/**
 * Removes the findings that comments suppress, and reports each comment (or rule named in one)
 * that suppressed nothing, so stale suppressions do not hide tomorrow's mistakes.
 */
export function applySuppressions(
  diagnostics: readonly Diagnostic[],
  sources: readonly SourceFile[],
  knownRules: readonly string[],
  severityFor: SeverityFor,
): Diagnostic[] {
  const byFile = new Map<string, Directive[]>();
  for (const s of sources) {
    const ds = readDirectives(s);
    if (ds.length) byFile.set(s.path, ds);
  }
  if (!byFile.size) return [...diagnostics];
  const used = new Set<string>();
  const kept = diagnostics.filter((f) => {
    const ds = byFile.get(f.file);
    if (!ds) return true;
    let suppressed = false;
    ds.forEach((d, i) => {
      if (!d.rules.length) {
        if (covers(d, undefined, f)) {
          used.add(`${i}`);
          suppressed = true;
        }
      } else
        d.rules.forEach((r, k) => {
          if (covers(d, r.id, f)) {
            used.add(`${i}:${k}`);
            suppressed = true;
          }
        });
    });
    return !suppressed;
  });
  for (const [file, ds] of byFile) {
    const severity = severityFor(SUPPRESSION_UNUSED, file);
    if (severity === 'off') continue;
    const report = (span: Span, en: string, id: string) => kept.push({ file, ...span, severity, rule: SUPPRESSION_UNUSED.id, message: msg(en, id) });
    const where = (d: Directive) =>
      d.scope === 'file'
        ? { en: 'in this file', id: 'di file ini' }
        : d.scope === 'line'
          ? { en: 'on this line', id: 'di baris ini' }
          : { en: `on line ${d.line + 1}`, id: `di baris ${d.line + 1}` };
    ds.forEach((d, i) => {
      if (!d.rules.length) {
        if (!used.has(`${i}`))
          report(
            d.span,
            `This suppression hides nothing: there is no finding ${where(d).en}. Remove it.`,
            `Penekanan ini tidak menyembunyikan apa pun: tidak ada temuan ${where(d).id}. Hapus komentar ini.`,
          );
        return;
      }
      d.rules.forEach((r, k) => {
        if (used.has(`${i}:${k}`)) return;
        if (!knownRules.includes(r.id)) {
          const guess = closest(r.id, knownRules);
          report(
            r.span,
            `\`${r.id}\` is not a rule of cascade, so this suppresses nothing.${guess ? ` Did you mean \`${guess}\`?` : ''}`,
            `\`${r.id}\` bukan aturan cascade, jadi penekanan ini tidak berpengaruh.${guess ? ` Maksud Anda \`${guess}\`?` : ''}`,
          );
        } else {
          report(
            r.span,
            `No \`${r.id}\` finding ${where(d).en} to suppress: remove \`${r.id}\` from this comment.`,
            `Tidak ada temuan \`${r.id}\` ${where(d).id} yang perlu ditekan: hapus \`${r.id}\` dari komentar ini.`,
          );
        }
      });
    });
  }
  return kept.sort(compareDiagnostics);
}
