import { msg } from '../../core/message.js';
import type { HeaderValue } from '../../model/plan.js';
import { defineRule, type RuleContext } from '../rule.js';

function compare<T>(ctx: RuleContext, key: string, values: HeaderValue<T>[], same: (a: T, b: T) => boolean, show: (v: T) => string): void {
  const first = values[0];
  if (!first) return;
  const where = `${first.loc.source.path}:${first.loc.source.locate(first.loc.path).line}`;
  for (const v of values.slice(1)) {
    if (same(first.value, v.value)) continue;
    ctx.report({
      loc: v.loc,
      message: msg(
        `\`${key}\` is ${show(v.value)} here but ${show(first.value)} at ${where}: all files of a plan must agree.`,
        `\`${key}\` bernilai ${show(v.value)} di sini tetapi ${show(first.value)} di ${where}: semua file satu rencana harus sama.`,
      ),
    });
  }
}

export default defineRule({
  meta: {
    id: 'plan/header-mismatch',
    description: msg('`pemda` and `periode` agree in every file of the plan.', '`pemda` dan `periode` sama di semua file rencana.'),
    defaultSeverity: 'error',
    fixable: false,
  },
  check(ctx) {
    const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
    compare(
      ctx,
      'pemda',
      ctx.plan.pemda,
      (a, b) => norm(a) === norm(b),
      (v) => JSON.stringify(v),
    );
    // An unreadable periode is the schema's finding; here only readable ones are compared.
    const readable = ctx.plan.periode.filter((p) => p.value);
    compare(
      ctx,
      'periode',
      readable,
      (a, b) => a!.mulai === b!.mulai && a!.selesai === b!.selesai,
      (v) => `${v!.mulai}-${v!.selesai}`,
    );
  },
});
