import type { Command } from 'commander';
import { detectLang } from '../core/lang.js';
import { msg, say } from '../core/message.js';
import { UsageError } from '../core/errors.js';
import { emit } from './output.js';

const SEVERITY_ID = { error: 'galat', warning: 'peringatan', info: 'info' } as const;

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('list the checks of `cascade validate`: id, default severity, description')
    .option('-f, --format <format>', 'text or json', 'text')
    .action(async (opts: { format: string }, cmd: Command) => {
      const { RULES } = await import('../rules/index.js');
      const { TOOL_RULES } = await import('../config/meta.js');
      const lang = detectLang((cmd.optsWithGlobals() as { lang?: string }).lang);
      // The plan's rules, then the findings about cascade.config.yaml and suppression comments.
      const metas = [...RULES.map((r) => r.meta), ...TOOL_RULES];
      if (opts.format === 'json') {
        const list = metas.map((r) => ({ id: r.id, severity: r.defaultSeverity, description: say(r.description, lang), docs: `docs/rules/${r.id}.md` }));
        await emit(`${JSON.stringify(list, null, 2)}\n`, undefined);
        return;
      }
      if (opts.format !== 'text') {
        throw new UsageError(msg(`Unknown format "${opts.format}": use text or json.`, `Format "${opts.format}" tidak dikenal: gunakan text atau json.`));
      }
      const head = lang === 'id' ? ['ATURAN', 'TINGKAT', 'URAIAN'] : ['RULE', 'SEVERITY', 'DESCRIPTION'];
      const severity = (s: keyof typeof SEVERITY_ID) => (lang === 'id' ? SEVERITY_ID[s] : s);
      const rows = [head, ...metas.map((r) => [r.id, severity(r.defaultSeverity), say(r.description, lang)])];
      const w0 = Math.max(...rows.map((r) => r[0].length));
      const w1 = Math.max(...rows.map((r) => r[1].length));
      const lines = rows.map((r) => `${r[0].padEnd(w0)}  ${r[1].padEnd(w1)}  ${r[2]}`);
      const foot = say(
        msg(
          'Docs: docs/rules/<rule>.md. Change a severity in cascade.config.yaml.',
          'Dokumentasi: docs/rules/<aturan>.md. Ubah tingkat di cascade.config.yaml.',
        ),
        lang,
      );
      await emit(`${lines.join('\n')}\n\n${foot}\n`, undefined);
    });
}
