import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { detectLang } from '../core/lang.js';
import { msg, say } from '../core/message.js';
import { UsageError } from '../core/errors.js';
import { emit } from './output.js';
import { toolPackageSpec } from './version.js';

interface InitOptions {
  pemda: string;
  periode: string;
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('start a planning repo: rpjmd.yaml, one OPD file, cascade.config.yaml, a CI workflow (never overwrites)')
    .argument('[folder]', 'where to create it (default: the current folder)', '.')
    .option('--pemda <name>', 'the local government', 'Kabupaten Contoh')
    .option('--periode <years>', 'the RPJMD period, e.g. 2025-2029', '2025-2029')
    .action(async (folder: string, opts: InitOptions, cmd: Command) => {
      const lang = detectLang((cmd.optsWithGlobals() as { lang?: string }).lang);
      const m = /^\s*(\d{4})\s*-\s*(\d{4})\s*$/.exec(opts.periode);
      if (!m || Number(m[2]) < Number(m[1]) || Number(m[2]) - Number(m[1]) > 10) {
        throw new UsageError(
          msg(`--periode takes years such as 2025-2029, not "${opts.periode}".`, `--periode berisi tahun seperti 2025-2029, bukan "${opts.periode}".`),
        );
      }
      const { starterFiles } = await import('../init/templates.js');
      const { jsonSchemaText } = await import('../editor/json-schemas.js');
      const root = resolve(folder);
      const files = starterFiles(
        lang,
        { pemda: opts.pemda.trim() || 'Kabupaten Contoh', mulai: Number(m[1]), selesai: Number(m[2]), packageSpec: toolPackageSpec() },
        { plan: await jsonSchemaText('plan'), config: await jsonSchemaText('config') },
      );
      // All or nothing: a planner's existing file is never overwritten, and no half repo is left.
      const taken = files.filter((f) => existsSync(join(root, f.path))).map((f) => f.path);
      if (taken.length) {
        throw new UsageError(
          msg(
            `Nothing was written: these files exist already in ${folder}: ${taken.join(', ')}.`,
            `Tidak ada yang ditulis: file berikut sudah ada di ${folder}: ${taken.join(', ')}.`,
          ),
        );
      }
      for (const f of files) {
        const target = join(root, f.path);
        mkdirSync(dirname(target), { recursive: true });
        await emit(f.text, target);
      }
      const rel = relative(process.cwd(), root);
      const shown = !rel ? '.' : rel.startsWith('..') ? root : rel;
      const list = files.map((f) => `  ${join(shown, f.path)}`).join('\n');
      process.stdout.write(
        `${say(
          msg(`Created a starter plan:\n${list}\nNext: cascade validate ${shown}`, `Rencana awal dibuat:\n${list}\nBerikutnya: cascade validate ${shown}`),
          lang,
        )}\n`,
      );
    });
}
