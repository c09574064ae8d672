import { say } from '../../core/message.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { FormatContext } from '../format-context.js';
import { sanitize } from '../../text/sanitize.js';
import { summaryText } from './summary.js';

const xmlText = (s: string) => sanitize(s, 'xml');
const xmlAttr = (s: string) => sanitize(s, 'xml-attr');

const LABEL = {
  en: { error: 'error', warning: 'warning', info: 'info' },
  id: { error: 'galat', warning: 'peringatan', info: 'info' },
} as const;

/**
 * JUnit XML for CI test reports: one test suite per file, one failing test case per finding.
 * A clean run is one passing test case, so the report still shows that the check ran.
 */
export function formatJunit(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = Math.max(1, diagnostics.length);
  out.push(`<testsuites name="cascade validate" tests="${total}" failures="${diagnostics.length}" errors="0">`);
  if (diagnostics.length === 0) {
    out.push(`  <testsuite name="cascade" tests="1" failures="0" errors="0" skipped="0">`);
    out.push(`    <testcase classname="cascade" name="${xmlAttr(summaryText(ctx))}"/>`);
    out.push('  </testsuite>');
  }
  for (const [file, list] of byFile) {
    out.push(`  <testsuite name="${xmlAttr(file)}" tests="${list.length}" failures="${list.length}" errors="0" skipped="0">`);
    for (const d of list) {
      const message = say(d.message, ctx.lang);
      const where = `${d.file}:${d.line}:${d.column}`;
      out.push(`    <testcase classname="${xmlAttr(file)}" name="${xmlAttr(`${d.rule} ${d.line}:${d.column}`)}" file="${xmlAttr(file)}" line="${d.line}">`);
      out.push(
        `      <failure type="${xmlAttr(d.rule)}" message="${xmlAttr(message)}">${xmlText(`${where}: ${LABEL[ctx.lang][d.severity]}: ${message} (${d.rule})`)}</failure>`,
      );
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
