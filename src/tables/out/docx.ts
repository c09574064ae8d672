// Tables as a Word document, ready to paste into the Renstra or to sign: one landscape section per
// table with its title, the table (header rows repeated on every page, group headers merged) and
// its notes. The `docx` library writes the XML; plan text passes `sanitize` for what XML cannot hold.
import { say } from '../../core/message.js';
import { cellText, type Table, type TableForm } from '../table.js';
import { NAME_LINE, signatoryLines } from './form.js';
import type { TableOutputContext } from './context.js';
import { headerRows } from './header-rows.js';
import { fixZipTimes } from './xlsx.js';
import { sanitize } from '../../text/sanitize.js';

/** A4 landscape is 16838 twips wide; margins of 1.27 cm leave this much for the table. */
const PAGE_MARGIN = 720;
const TABLE_WIDTH = 16838 - 2 * PAGE_MARGIN;
const HEADER_FILL = 'E8EFF8';

type Docx = typeof import('docx');

/**
 * Column widths in twips from the text each column holds: numbers (right-aligned) keep their full
 * width so that they never break; text columns share what is left, none narrower than a word.
 */
function columnWidths(t: Table, lang: TableOutputContext['lang'], tableWidth: number): number[] {
  const heads = headerRows(t.columns, lang).at(-1)!;
  const want = t.columns.map((col, i) => {
    const head = heads.find((h) => h.col === i)?.text ?? say(col.header, lang);
    const words = Math.max(...head.split(/\s+/).map((w) => w.length));
    const texts = [...t.rows, ...(t.footer ?? [])].map((r) => cellText(r[i]));
    const longest = Math.max(0, ...texts.flatMap((s) => s.split('\n').map((l) => l.length)));
    return Math.max(5, words + 1, Math.min(40, longest + 1));
  });
  const fixed = t.columns.map((c) => c.align === 'right');
  const fixedSum = want.reduce((a, w, i) => a + (fixed[i] ? w : 0), 0);
  const textSum = want.reduce((a, w, i) => a + (fixed[i] ? 0 : w), 0);
  // Characters across the page at the font size used (about 7 pt: 120 twips a character).
  const room = Math.floor(tableWidth / (t.form?.portrait ? 200 : t.columns.length > 8 ? 105 : 135));
  const scale = textSum > 0 && fixedSum + textSum > room ? Math.max(8 / Math.max(...want), (room - fixedSum) / textSum) : 1;
  // A text column keeps room for its longest word, header included (up to 14 letters): Word would break
  // "Penyelenggaraan" mid-word rather than wrap it.
  const wordsOf = (text: string) => text.split(/\s+/).map((w) => w.length);
  const longestWord = t.columns.map((col, i) =>
    Math.max(
      0,
      ...wordsOf(heads.find((h) => h.col === i)?.text ?? say(col.header, lang)),
      ...[...t.rows, ...(t.footer ?? [])].flatMap((r) => wordsOf(cellText(r[i]))),
    ),
  );
  const chars = want.map((w, i) => (fixed[i] ? w : Math.max(Math.min(w, 8), Math.min(longestWord[i]! + 1, 15), w * scale)));
  const sum = chars.reduce((a, b) => a + b, 0) || 1;
  return chars.map((w) => Math.floor((w / sum) * tableWidth));
}

/** Lines of sanitized text as runs with breaks between them. */
function runs(d: Docx, text: string, opts: { bold?: boolean; italics?: boolean; size: number }) {
  return sanitize(text, 'docx')
    .split('\n')
    .map((line, i) => new d.TextRun({ text: line, break: i ? 1 : 0, ...opts }));
}

function tableOf(d: Docx, t: Table, ctx: TableOutputContext, tableWidth: number) {
  // half-points: 7 pt for the wide forms, 9 pt else, 11 pt on a form to sign
  const size = t.form?.portrait ? 22 : t.columns.length > 8 ? 14 : 18;
  const widths = columnWidths(t, ctx.lang, tableWidth);
  const shading = { type: d.ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' };
  const para = (text: string, o: { bold?: boolean; right?: boolean; center?: boolean }) =>
    new d.Paragraph({
      alignment: o.center ? d.AlignmentType.CENTER : o.right ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
      children: runs(d, text, { bold: o.bold, size }),
    });
  const head = headerRows(t.columns, ctx.lang);
  const rows = head.map(
    (cells, r) =>
      new d.TableRow({
        tableHeader: true,
        cantSplit: true,
        children: cells.map(
          (h) =>
            new d.TableCell({
              children: [para(h.text, { bold: true, center: true })],
              columnSpan: h.span > 1 ? h.span : undefined,
              rowSpan: h.tall && head.length > 1 && r === 0 ? head.length : undefined,
              verticalAlign: d.VerticalAlign.CENTER,
              shading,
            }),
        ),
      }),
  );
  if (t.numbered) {
    rows.push(
      new d.TableRow({
        tableHeader: true,
        cantSplit: true,
        children: t.columns.map((_, i) => new d.TableCell({ children: [para(String(i + 1), { center: true })], shading })),
      }),
    );
  }
  const body = (cells: Table['rows'][number], bold: boolean) =>
    new d.TableRow({
      cantSplit: true,
      children: t.columns.map((col, i) => new d.TableCell({ children: [para(cellText(cells[i]), { bold, right: col.align === 'right' })] })),
    });
  for (const r of t.rows) rows.push(body(r, false));
  for (const r of t.footer ?? []) rows.push(body(r, true));
  return new d.Table({
    rows,
    columnWidths: widths,
    width: { size: tableWidth, type: d.WidthType.DXA },
    layout: d.TableLayoutType.FIXED,
    // Word's default cell padding (0,08" a side) takes a third of a 21-column form's width.
    margins: { left: 45, right: 45 },
  });
}

/**
 * The document properties without "now" (the library stamps the time of writing), so that the
 * same tables give the same bytes, as the XLSX writer does.
 */
function coreXml(title: string): string {
  const at = '<dcterms:%s xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:%s>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"' +
    ' xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${sanitize(title, 'xml')}</dc:title><dc:creator>cascade</dc:creator>` +
    at.replaceAll('%s', 'created') +
    at.replaceAll('%s', 'modified') +
    '</cp:coreProperties>'
  );
}

/** A4 portrait is 11906 twips wide: a form such as the Perjanjian Kinerja, narrow and signed. */
const PORTRAIT_WIDTH = 11906 - 2 * PAGE_MARGIN;
/** The signature block: two columns on a tab stop, the place and date over the right one. */
function signatureParagraphs(d: Docx, sig: NonNullable<TableForm['signatures']>, width: number, lang: TableOutputContext['lang']) {
  const left = signatoryLines(sig.left, lang);
  const right = signatoryLines(sig.right, lang);
  const stop = Math.floor(width / 2) + 400;
  const line = (l: string, r: string, bold = false) =>
    new d.Paragraph({
      tabStops: [{ type: d.TabStopType.LEFT, position: stop }],
      children: [...runs(d, l, { size: 22, bold }), new d.TextRun({ text: '\t', size: 22 }), ...runs(d, r, { size: 22, bold })],
    });
  return [new d.Paragraph({ spacing: { before: 360 }, children: [] }), line('', sig.placeDate), ...left.map((l, i) => line(l, right[i], i === NAME_LINE))];
}

/** The children of one table's part of the document: title, text above, table, text below, signatures, notes. */
function tableChildren(d: Docx, t: Table, ctx: TableOutputContext) {
  const form = t.form;
  const width = form?.portrait ? PORTRAIT_WIDTH : TABLE_WIDTH;
  const para = (m: Parameters<typeof say>[0]) =>
    new d.Paragraph({ spacing: { before: 120, after: 120 }, alignment: d.AlignmentType.JUSTIFIED, children: runs(d, say(m, ctx.lang), { size: 22 }) });
  return [
    new d.Paragraph({
      spacing: { before: form?.continues ? 360 : 0, after: 120 },
      alignment: form?.portrait ? d.AlignmentType.CENTER : d.AlignmentType.LEFT,
      children: runs(d, say(t.title, ctx.lang), { bold: true, size: 24 }),
    }),
    ...(form?.before ?? []).map(para),
    tableOf(d, t, ctx, width),
    ...(form?.after ?? []).map(para),
    ...(form?.signatures ? signatureParagraphs(d, form.signatures, width, ctx.lang) : []),
    ...(t.notes ?? []).map((n) => new d.Paragraph({ spacing: { before: 60 }, children: runs(d, say(n, ctx.lang), { italics: true, size: 16 }) })),
  ];
}

export async function tablesToDocx(tables: readonly Table[], ctx: TableOutputContext): Promise<Uint8Array> {
  const d = await import('docx');
  // One section (page setting) per table, except a form's table that continues the page before it.
  const sections: { properties: object; children: ReturnType<typeof tableChildren> }[] = [];
  for (const t of tables) {
    const children = tableChildren(d, t, ctx);
    const last = sections.at(-1);
    if (t.form?.continues && last) {
      last.children.push(...children);
      continue;
    }
    sections.push({
      properties: {
        page: {
          size: { orientation: t.form?.portrait ? d.PageOrientation.PORTRAIT : d.PageOrientation.LANDSCAPE },
          margin: { top: PAGE_MARGIN, right: PAGE_MARGIN, bottom: PAGE_MARGIN, left: PAGE_MARGIN },
        },
      },
      children,
    });
  }
  const title = tables[0] ? say(tables[0].title, ctx.lang) : 'cascade';
  const doc = new d.Document({ creator: 'cascade', title: sanitize(title, 'docx'), sections });
  const bytes = await d.Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(title) }]);
  return fixZipTimes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
