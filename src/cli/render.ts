import type { Command } from 'commander';
import { detectLang } from '../core/lang.js';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { msg, say, type Msg } from '../core/message.js';
import type { Level } from '../model/plan.js';
import type { ChartFilter } from '../model/select.js';
import type { Direction } from '../render/chart.js';
import type { PageName } from '../render/page.js';
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
  split?: string;
  page?: string;
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
    .option('--direction <dir>', 'TB (top to bottom) or LR (left to right); with --page, the one that fits the page better')
    .option('--split <by>', 'opd: one chart of the Pemda level and one per OPD, written into the folder -o names')
    .option('--page <size>', 'a4 or a3: lay the chart out on a landscape page, and say when its text would be too small to read')
    .action(async (paths: string[], opts: RenderOptions, cmd: Command) => {
      const lang = detectLang((cmd.optsWithGlobals() as { lang?: string }).lang);
      const format = formatOf(opts);
      const direction = opts.direction === undefined ? undefined : opts.direction.toUpperCase();
      if (direction !== undefined && direction !== 'TB' && direction !== 'LR') {
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
      const page = pageOf(opts.page);
      if (page && (format === 'dot' || format === 'mermaid')) {
        throw new UsageError(msg(`--page lays out an SVG or a PNG, not ${format}.`, `--page menata SVG atau PNG, bukan ${format}.`));
      }
      if (opts.split !== undefined && opts.split !== 'opd') {
        throw new UsageError(msg(`--split takes opd, not "${opts.split}".`, `--split berisi opd, bukan "${opts.split}".`));
      }
      if (opts.split && (!opts.output || opts.output === '-' || opts.root !== undefined || opts.opd !== undefined)) {
        throw new UsageError(
          msg(
            '--split opd writes one file per chart: give the folder with -o charts/, and no --root or --opd.',
            '--split opd menulis satu file per bagan: berikan foldernya dengan -o bagan/, tanpa --root atau --opd.',
          ),
        );
      }
      if (!opts.split && format === 'png' && !opts.output && process.stdout.isTTY) {
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
      const note = (m: Msg) => process.stderr.write(`cascade: ${say(m, lang)}\n`);

      /** One chart in the format asked, and what the user should know about it. */
      const draw = async (filter: ChartFilter, name?: string): Promise<string | Uint8Array> => {
        const tag = name ? `${name}: ` : '';
        const chartIn = (dir: Direction) => buildChart(plan, { ...filter, direction: dir, lang });
        const chart = chartIn(direction ?? 'TB');
        if (format === 'mermaid') {
          const { chartToMermaid, MERMAID_MAX_LINKS } = await import('../render/mermaid.js');
          if (chart.links.length > MERMAID_MAX_LINKS) {
            note(
              msg(
                `${tag}${chart.links.length} links: Mermaid draws at most ${MERMAID_MAX_LINKS} by default; use --root, --depth or --opd for a part.`,
                `${tag}${chart.links.length} garis: Mermaid secara bawaan menggambar paling banyak ${MERMAID_MAX_LINKS}; gunakan --root, --depth atau --opd untuk sebagian.`,
              ),
            );
          }
          return chartToMermaid(chart);
        }
        const { chartToDot } = await import('../render/graph.js');
        if (format === 'dot') return chartToDot(chart);
        progress.step(STEP.layout(chart.boxes.length));
        const gv = await layout!;
        let svg = await gv.dotToSvg(chartToDot(chart));
        if (page) {
          const { onPage, pageFit, tooSmall } = await import('../render/page.js');
          let fit = pageFit(svg, page);
          // Without --direction, the way that prints larger on the landscape page.
          if (direction === undefined && fit.scale < 1) {
            const lr = await gv.dotToSvg(chartToDot(chartIn('LR')));
            const other = pageFit(lr, page);
            if (other.scale > fit.scale) [svg, fit] = [lr, other];
          }
          if (!fit.legible) note(tooSmall(tag, fit));
          svg = onPage(svg, fit);
          if (format === 'svg') return svg;
          const { svgToPng } = await import('../render/png.js');
          progress.step(STEP.drawing);
          return svgToPng(svg, { width: fit.px.w }).bytes;
        }
        if (format === 'svg') return svg;
        const { svgToPng } = await import('../render/png.js');
        progress.step(STEP.drawing);
        const png = svgToPng(svg);
        if (png.zoom < 1) {
          note(
            msg(
              `${tag}The chart is large: the PNG was scaled down to ${png.width}×${png.height} px and its text is small. Use SVG, --page a3, or --root, --depth or --opd for a part.`,
              `${tag}Bagan besar: PNG diperkecil menjadi ${png.width}×${png.height} px dan teksnya kecil. Gunakan SVG, --page a3, atau --root, --depth atau --opd untuk sebagian.`,
            ),
          );
        }
        return png.bytes;
      };

      if (!opts.split) {
        const out = await draw({ root: opts.root, depth, opd: opts.opd, levels });
        progress.done();
        await emit(out, opts.output, files);
        return;
      }
      const folder = opts.output!;
      mkdirSync(folder, { recursive: true });
      const ext = EXTENSION[format];
      const charts: Array<{ name: string; filter: ChartFilter }> = [
        { name: 'pemda', filter: { levels: PEMDA_LEVELS.filter((l) => !levels || levels.includes(l)) } },
        ...plan.opds.map((o) => ({ name: o.id, filter: { opd: o.id, depth, levels } })),
      ];
      const written: string[] = [];
      const write = async (name: string, out: string | Uint8Array) => {
        const file = join(folder, `${fileName(name)}.${ext}`);
        await emit(out, file, files);
        written.push(file);
      };
      for (const c of charts) {
        try {
          if (!page) {
            await write(c.name, await draw(c.filter, c.name));
            continue;
          }
          // On a page, a part too big to read is drawn on as many pages as it takes.
          const { pagesOf } = await import('../render/pages.js');
          const { onPage, tooSmall } = await import('../render/page.js');
          const { svgToPng } = await import('../render/png.js');
          const parts = await pagesOf(plan, c.filter, { page, lang, direction });
          for (const [k, part] of parts.entries()) {
            const name = parts.length === 1 ? c.name : `${c.name}-${String(k + 1).padStart(String(parts.length).length, '0')}`;
            if (!part.fit.legible) note(tooSmall(`${name}: `, part.fit));
            const svg = onPage(part.svg, part.fit);
            await write(name, format === 'png' ? svgToPng(svg, { width: part.fit.px.w }).bytes : svg);
          }
        } catch (e) {
          // An OPD with no box (or a Pemda level filtered away) has no chart: say so, go on.
          if (!(e instanceof UsageError)) throw e;
          note(msg(`${c.name}: nothing to draw, no file written.`, `${c.name}: tidak ada yang digambar, tidak ada file yang ditulis.`));
        }
      }
      progress.done();
      note(msg(`${written.length} charts written to ${folder}.`, `${written.length} bagan ditulis ke ${folder}.`));
    });
}

const PEMDA_LEVELS: Level[] = ['tujuan', 'sasaran', 'ksf'];
const EXTENSION: Record<Format, string> = { svg: 'svg', png: 'png', dot: 'dot', mermaid: 'mmd' };

/** An OPD id as a file name: ids are letters, digits, ".", "_" and "-", but a broken plan may hold anything. */
function fileName(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return safe || '_';
}

function pageOf(text: string | undefined): PageName | undefined {
  if (text === undefined) return undefined;
  const p = text.toLowerCase();
  if (p === 'a4' || p === 'a3') return p;
  throw new UsageError(msg(`--page takes a4 or a3, not "${text}".`, `--page berisi a4 atau a3, bukan "${text}".`));
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
