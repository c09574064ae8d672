import type { Command } from 'commander';
import type { Lang } from '../core/message.js';
import { VIEWS } from '../tables/views/index.js';

type Examples = { en: string; id: string };

/** One or two examples per command, shown under its --help, in the language of the help. */
const EXAMPLES: Record<string, Examples> = {
  validate: {
    en: '  $ cascade validate                      check the plan in this folder\n  $ cascade validate --fix opd/dispar.yaml fix what cannot change meaning, report the rest',
    id: '  $ cascade validate                      periksa rencana di folder ini\n  $ cascade validate --fix opd/dispar.yaml perbaiki yang tidak mengubah makna, laporkan sisanya',
  },
  rules: { en: '  $ cascade rules --format json', id: '  $ cascade rules --format json' },
  schema: { en: '  $ cascade schema -o schemas/cascade.schema.json', id: '  $ cascade schema -o schemas/cascade.schema.json' },
  init: {
    en: '  $ cascade init renstra --pemda "Kabupaten Contoh" --periode 2025-2029',
    id: '  $ cascade init renstra --pemda "Kabupaten Contoh" --periode 2025-2029',
  },
  import: {
    en: '  $ cascade import renstra-dinkes.xlsx -o kab-sukamaju --pemda "Kabupaten Sukamaju"\n  $ cascade import sipd-export.csv --opd DINKES --periode 2025-2029',
    id: '  $ cascade import renstra-dinkes.xlsx -o kab-sukamaju --pemda "Kabupaten Sukamaju"\n  $ cascade import ekspor-sipd.csv --opd DINKES --periode 2025-2029',
  },
  table: {
    en: '  $ cascade table iku --opd DISPAR\n  $ cascade table cascade -o renstra.xlsx',
    id: '  $ cascade table iku --opd DISPAR\n  $ cascade table cascade -o renstra.xlsx',
  },
  render: {
    en: '  $ cascade render -o pohon.svg\n  $ cascade render --format mermaid',
    id: '  $ cascade render -o pohon.svg\n  $ cascade render --format mermaid',
  },
  workload: { en: '  $ cascade workload --opd DISKOPUKM', id: '  $ cascade workload --opd DISKOPUKM' },
  trace: { en: '  $ cascade trace DISPAR.K1', id: '  $ cascade trace DISPAR.K1' },
  'budget-summary': { en: '  $ cascade budget-summary --tahun 2026', id: '  $ cascade budget-summary --tahun 2026' },
  report: { en: '  $ cascade report -o laporan.html', id: '  $ cascade report -o laporan.html' },
};

/** Adds the examples (and, for `table`, its views) after each command's help. */
export function addHelpExamples(program: Command, lang: Lang): void {
  const heading = lang === 'id' ? 'Contoh:' : 'Examples:';
  for (const cmd of program.commands) {
    const ex = EXAMPLES[cmd.name()];
    const parts: string[] = [];
    if (cmd.name() === 'table') {
      const width = Math.max(...VIEWS.map((v) => v.name.length));
      parts.push(`${lang === 'id' ? 'Tabel:' : 'Views:'}\n${VIEWS.map((v) => `  ${v.name.padEnd(width)}  ${v.description[lang]}`).join('\n')}`);
    }
    if (ex) parts.push(`${heading}\n${ex[lang]}`);
    if (parts.length) cmd.addHelpText('after', `\n${parts.join('\n\n')}`);
  }
}
