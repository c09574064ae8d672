import type { Command } from 'commander';
import { detectLang } from '../core/lang.js';
import { msg, say } from '../core/message.js';
import { UsageError } from '../core/errors.js';
import { emit } from './output.js';

interface RenderOptions {
  format?: string;
  output?: string;
  root?: string;
  depth?: string;
  opd?: string;
  levels?: string;
  direction?: string;
}

const FORMATS = ['svg', 'png', 'dot', 'mermaid'] as const;
type Format = (typeof FORMATS)[number];
const BY_EXTENSION: Record<string, Format> = { svg: 'svg', png: 'png', dot: 'dot', gv: 'dot', mmd: 'mermaid', mermaid: 'mermaid' };

export function registerRender(program: Command): void {
  program
    .command('render')
    .description('draw the pohon kinerja: svg, png, dot or mermaid')
    .argument('[paths...]', 'files or folders (default: the current folder)')
    .option('-f, --format <format>', 'svg, png, dot or mermaid (default: from the -o extension, else svg)')
    .option('-o, --output <file>', 'write to a file instead of stdout (needed for png on a terminal)')
    .option('--root <id>', 'only this node and what is under it')
    .option('--depth <n>', 'only n links below the top boxes (0: the top boxes alone)')
    .option('--opd <id>', "only this OPD's boxes, under the Pemda targets they serve")
    .option('--levels <list>', 'only these levels, e.g. sasaran,sasaran_opd,program')
    .option('--direction <dir>', 'TB (top to bottom) or LR (left to right)', 'TB')
    .action(async (paths: string[], opts: RenderOptions, cmd: Command) => {
      const lang = detectLang((cmd.optsWithGlobals() as { lang?: string }).lang);
      const format = formatOf(opts);
      const direction = (opts.direction ?? 'TB').toUpperCase();
      if (direction !== 'TB' && direction !== 'LR') {
        throw new UsageError(msg(`--direction takes TB or LR, not "${opts.direction}".`, `--direction berisi TB atau LR, bukan "${opts.direction}".`));
      }
      let depth: number | undefined;
      if (opts.depth !== undefined) {
        if (!/^\d+$/.test(opts.depth))
          throw new UsageError(
            msg(`--depth takes a whole number such as 2, not "${opts.depth}".`, `--depth berisi bilangan bulat seperti 2, bukan "${opts.depth}".`),
          );
        depth = Number(opts.depth);
      }
      if (format === 'png' && !opts.output && process.stdout.isTTY) {
        throw new UsageError(
          msg(
            'A PNG is not for the terminal: give -o chart.png, or redirect the output.',
            'PNG tidak untuk terminal: berikan -o bagan.png, atau alihkan keluarannya.',
          ),
        );
      }
      // The WASM module loads while the plan is read: its compiling runs on V8's background threads.
      const layout = format === 'svg' || format === 'png' ? import('../render/layout.js').then((m) => (m.graphviz().catch(() => undefined), m)) : undefined;
      layout?.catch(() => undefined);
      const { parseLevels } = await import('../model/select.js');
      const levels = opts.levels === undefined ? undefined : parseLevels(opts.levels);
      const { openPlan } = await import('../model/open.js');
      const { buildChart } = await import('../render/chart.js');
      const { startProgress, STEP } = await import('./progress.js');
      const progress = startProgress({ lang });
      progress.step(STEP.reading());
      const { plan, files } = openPlan(paths, undefined, { whole: true });
      const chart = buildChart(plan, { root: opts.root, depth, opd: opts.opd, levels, direction, lang });
      const note = (en: string, id: string) => process.stderr.write(`cascade: ${say(msg(en, id), lang)}\n`);

      if (format === 'mermaid') {
        const { chartToMermaid, MERMAID_MAX_LINKS } = await import('../render/mermaid.js');
        if (chart.links.length > MERMAID_MAX_LINKS) {
          note(
            `${chart.links.length} links: Mermaid draws at most ${MERMAID_MAX_LINKS} by default; use --root, --depth or --opd for a part.`,
            `${chart.links.length} garis: Mermaid secara bawaan menggambar paling banyak ${MERMAID_MAX_LINKS}; gunakan --root, --depth atau --opd untuk sebagian.`,
          );
        }
        progress.done();
        await emit(chartToMermaid(chart), opts.output, files);
        return;
      }
      const { chartToDot } = await import('../render/graph.js');
      const dot = chartToDot(chart);
      if (format === 'dot') {
        progress.done();
        await emit(dot, opts.output, files);
        return;
      }
      progress.step(STEP.layout(chart.boxes.length));
      const svg = await (await layout!).dotToSvg(dot);
      if (format === 'svg') {
        progress.done();
        await emit(svg, opts.output, files);
        return;
      }
      const { svgToPng } = await import('../render/png.js');
      progress.step(STEP.drawing);
      const png = svgToPng(svg);
      progress.done();
      if (png.zoom < 1) {
        note(
          `The chart is large: the PNG was scaled down to ${png.width}×${png.height} px and its text is small. Use SVG, or --root, --depth or --opd for a part.`,
          `Bagan besar: PNG diperkecil menjadi ${png.width}×${png.height} px dan teksnya kecil. Gunakan SVG, atau --root, --depth atau --opd untuk sebagian.`,
        );
      }
      await emit(png.bytes, opts.output, files);
    });
}

function formatOf(opts: RenderOptions): Format {
  if (opts.format !== undefined) {
    const f = opts.format.toLowerCase();
    if ((FORMATS as readonly string[]).includes(f)) return f as Format;
    throw new UsageError(
      msg(
        `Unknown format "${opts.format}": use one of ${FORMATS.join(', ')}.`,
        `Format "${opts.format}" tidak dikenal: gunakan salah satu dari ${FORMATS.join(', ')}.`,
      ),
    );
  }
  const ext = opts.output?.match(/\.([A-Za-z]+)$/)?.[1]?.toLowerCase();
  return (ext && BY_EXTENSION[ext]) || 'svg';
}
