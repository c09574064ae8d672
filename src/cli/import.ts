import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { detectLang } from '../core/lang.js';
import { msg, say } from '../core/message.js';
import { UsageError } from '../core/errors.js';
import { sanitize } from '../text/sanitize.js';
import { emit } from './output.js';
import { toolPackageSpec } from './version.js';

interface ImportCliOptions {
  output: string;
  opd?: string;
  pemda?: string;
  periode?: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function periodeOption(text: string | undefined): { mulai: number; selesai: number } | undefined {
  if (text === undefined) return undefined;
  const m = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(text);
  if (!m || Number(m[2]) < Number(m[1]) || Number(m[2]) - Number(m[1]) > 30)
    throw new UsageError(msg(`--periode takes years such as 2025-2029, not "${text}".`, `--periode berisi tahun seperti 2025-2029, bukan "${text}".`));
  return { mulai: Number(m[1]), selesai: Number(m[2]) };
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('turn a Renstra T-C.27 or RPJMD matrix workbook (.xlsx) or its CSV export into a planning repo (never overwrites)')
    .argument('<files...>', 'the workbooks (.xlsx) or CSV exports to read: one plan (an RPJMD matrix and the Renstra of its OPDs)')
    .option('-o, --output <folder>', 'the folder of the planning repo to write (default: the current folder)', '.')
    .option('--opd <id>', 'the id of the OPD, for a sheet of one OPD (default: from its name)')
    .option('--pemda <name>', 'the local government (default: from the title above the table)')
    .option('--periode <years>', 'the plan period, e.g. 2025-2029 (default: from the title or the year columns)')
    .action(async (files: string[], opts: ImportCliOptions, cmd: Command) => {
      const lang = detectLang((cmd.optsWithGlobals() as { lang?: string }).lang);
      if (opts.opd !== undefined && !ID.test(opts.opd))
        throw new UsageError(
          msg(
            `--opd takes an id (letters, digits, ".", "_" or "-"), not "${opts.opd}".`,
            `--opd berisi id (huruf, angka, ".", "_" atau "-"), bukan "${opts.opd}".`,
          ),
        );
      const periode = periodeOption(opts.periode);
      const { importWorkbook, problemLine } = await import('../import/index.js');
      const result = await importWorkbook(files, { opd: opts.opd, pemda: opts.pemda?.trim() || undefined, periode, lang });
      const root = resolve(opts.output);
      // The repo around the plan, as `cascade init` makes it; files already there are kept.
      const { starterFiles } = await import('../init/templates.js');
      const { jsonSchemaText } = await import('../editor/json-schemas.js');
      const p = result.draft.periode ?? { mulai: 2025, selesai: 2029 };
      const repo = starterFiles(
        lang,
        { pemda: result.draft.pemda ?? 'Kabupaten Contoh', mulai: p.mulai, selesai: p.selesai, packageSpec: toolPackageSpec() },
        { plan: await jsonSchemaText('plan'), config: await jsonSchemaText('config') },
      ).filter((f) => !f.path.endsWith('.yaml') || f.path === 'cascade.config.yaml');
      const taken = result.files.filter((f) => existsSync(join(root, f.path))).map((f) => f.path);
      if (taken.length)
        throw new UsageError(
          msg(
            `Nothing was written: these files exist already in ${opts.output}: ${taken.join(', ')}. Import into a new folder (-o).`,
            `Tidak ada yang ditulis: file berikut sudah ada di ${opts.output}: ${taken.join(', ')}. Impor ke folder baru (-o).`,
          ),
        );
      const written = [...result.files, ...repo.filter((f) => !existsSync(join(root, f.path)))];
      for (const f of written) {
        const target = join(root, f.path);
        mkdirSync(dirname(target), { recursive: true });
        await emit(f.text, target);
      }

      const problems = result.draft.problems;
      const leftOut = problems.filter((x) => x.leftOut);
      for (const x of leftOut) process.stderr.write(`  ${sanitize(problemLine(x, lang), 'terminal-line')}\n`);
      const rel = relative(process.cwd(), root);
      const shown = !rel ? '.' : rel.startsWith('..') ? root : rel;
      const nodes = result.draft.opds.reduce((n, o) => n + count(o.roots), 0);
      const list = written.map((f) => `  ${join(shown, f.path)}`).join('\n');
      const opds = result.draft.opds.length;
      const head = msg(
        `Imported ${result.sheets.length} sheet(s): ${result.draft.goals.length} Pemda target(s), ${opds} OPD(s), ${nodes} sasaran OPD, program, kegiatan and sub kegiatan.`,
        `Diimpor ${result.sheets.length} lembar: ${result.draft.goals.length} sasaran Pemda, ${opds} OPD, ${nodes} sasaran OPD, program, kegiatan, dan sub kegiatan.`,
      );
      const skipped = result.skipped.length
        ? msg(`Sheets with no table, not read: ${result.skipped.join(', ')}.\n`, `Lembar tanpa tabel, tidak dibaca: ${result.skipped.join(', ')}.\n`)
        : msg('', '');
      process.stdout.write(
        `${sanitize(say(head, lang), 'terminal')}\n${sanitize(say(skipped, lang), 'terminal')}${say(msg('Written:', 'Ditulis:'), lang)}\n${list}\n`,
      );
      if (leftOut.length) {
        process.stderr.write(
          `${say(
            msg(
              `✖ ${leftOut.length} cell(s) could not be placed or read (listed above, and as "# cascade-import:" comments in the files).`,
              `✖ ${leftOut.length} sel tidak dapat ditempatkan atau dibaca (tercantum di atas, dan sebagai komentar "# cascade-import:" di file).`,
            ),
            lang,
          )}\n`,
        );
        process.exitCode = 1;
      }
      process.stdout.write(`${say(msg(`Next: cascade validate ${shown}`, `Berikutnya: cascade validate ${shown}`), lang)}\n`);
    });
}

function count(nodes: readonly { children: readonly unknown[] }[]): number {
  let n = 0;
  const stack = [...nodes];
  while (stack.length) {
    const x = stack.pop()!;
    n++;
    stack.push(...(x.children as { children: readonly unknown[] }[]));
  }
  return n;
}
