import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (v === undefined ? [] : Array.isArray(v) ? (v as Node[]) : [v as Node]);

/** A .docx read as Word would: unzipped, word/document.xml parsed, tables as rows of cell texts. */
export interface ReadDocx {
  body: Node;
  tables: { rows: { header: boolean; cells: { text: string; span: number; vMerge?: string; bold: boolean }[] }[] }[];
  sections: Node[];
  paragraphs: string[];
}

const textOf = (p: Node): string =>
  list(p['w:r'])
    .map(
      (r) =>
        list(r['w:t'])
          .map((t) => (typeof t === 'object' ? String((t as Node)['#text'] ?? '') : String(t)))
          .join('') + (r['w:br'] !== undefined ? '' : ''),
    )
    .join('\n');

export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: false }).parse(xml);
  const body = doc['w:document']['w:body'] as Node;
  const tables = list(body['w:tbl']).map((tbl) => ({
    rows: list(tbl['w:tr']).map((tr) => ({
      header: (tr['w:trPr'] as Node | undefined)?.['w:tblHeader'] !== undefined,
      cells: list(tr['w:tc']).map((tc) => {
        const pr = (tc['w:tcPr'] ?? {}) as Node;
        const runs = list(tc['w:p']).flatMap((p) => list(p['w:r']));
        return {
          text: list(tc['w:p']).map(textOf).join('\n'),
          span: Number((pr['w:gridSpan'] as Node | undefined)?.['@w:val'] ?? 1),
          vMerge: pr['w:vMerge'] === undefined ? undefined : String((pr['w:vMerge'] as Node)['@w:val'] ?? 'continue'),
          bold: runs.some((r) => (r['w:rPr'] as Node | undefined)?.['w:b'] !== undefined),
        };
      }),
    })),
  }));
  const sections = [
    ...list(body['w:p'])
      .map((p) => (p['w:pPr'] as Node | undefined)?.['w:sectPr'])
      .filter((s): s is Node => !!s),
    ...list(body['w:sectPr']),
  ];
  return { body, tables, sections, paragraphs: list(body['w:p']).map(textOf) };
}
