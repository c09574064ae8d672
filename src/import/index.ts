// `cascade import`: a Renstra T-C.27 or RPJMD matrix workbook (or its CSV export) becomes the files
// of a planning repo. Nothing is guessed silently: every cell left out is a Problem.
import { basename } from 'node:path';
import { msg, type Lang } from '../core/message.js';
import { UsageError } from '../core/errors.js';
import type { Draft } from './draft.js';
import { readGrid } from './grid.js';
import { IdPool } from './ids.js';
import { findLayout, type Layout } from './layout.js';
import { planFiles, type PlanFile } from './plan-files.js';
import { readSheet } from './read-sheet.js';

export { problemLine, type PlanFile } from './plan-files.js';
export type { Problem } from './draft.js';

export interface ImportOptions {
  /** The id of the OPD of a sheet that names none (and of a sheet that names one). */
  opd?: string;
  pemda?: string;
  periode?: { mulai: number; selesai: number };
  lang: Lang;
}

export interface ImportResult {
  files: PlanFile[];
  draft: Draft;
  /** Sheets read as a table, and sheets skipped (no table header found). */
  sheets: { name: string; kind: Layout['kind'] }[];
  skipped: string[];
}

const PERIODE = /\b((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)\d{2})\b/;
const PEMDA = /\b(Kabupaten|Kota|Provinsi|Pemerintah Kabupaten|Pemerintah Kota|Pemerintah Provinsi)\s+([A-Z][\p{L}.'-]*(?:\s+[A-Z][\p{L}.'-]*)*)/u;

/** "RENSTRA DINAS KESEHATAN KABUPATEN BANJAR" → "Kabupaten Banjar". */
function pemdaOf(title: string[]): string | undefined {
  for (const t of title) {
    const m = PEMDA.exec(t.replace(/\b([A-Z])([A-Z]+)\b/g, (_, a: string, b: string) => a + b.toLowerCase()));
    if (m) return `${m[1].replace(/^Pemerintah\s+/, '')} ${m[2].replace(/\s+(Tahun|Periode)\b.*$/i, '')}`.trim();
  }
  return undefined;
}

export async function importWorkbook(files: readonly string[], opts: ImportOptions): Promise<ImportResult> {
  const file = files.map((f) => basename(f)).join(', ');
  // Several files are one plan (an RPJMD matrix and the OPDs' Renstra): a sheet is named with its file.
  const sheets = (
    await Promise.all(files.map(async (f) => (await readGrid(f)).map((s) => (files.length > 1 ? { ...s, name: `${basename(f)}:${s.name}` } : s))))
  ).flat();
  const layouts = sheets.map((s) => ({ sheet: s, layout: findLayout(s) }));
  const found = layouts.filter((l) => l.layout) as { sheet: (typeof sheets)[number]; layout: Layout }[];
  if (!found.length) {
    throw new UsageError(
      msg(
        `No table found in ${file}: no sheet has a header row naming Indikator and Sasaran or Program (the accepted header names are listed in docs/import.md).`,
        `Tidak ada tabel di ${file}: tidak ada lembar dengan baris judul yang menyebut Indikator dan Sasaran atau Program (nama judul yang diterima ada di docs/import.md).`,
      ),
    );
  }
  const titles = found.flatMap((f) => f.layout.title);
  let periode = opts.periode;
  if (!periode) {
    const m = titles.map((t) => PERIODE.exec(t)).find(Boolean);
    if (m) periode = { mulai: Number(m[1]), selesai: Number(m[2]) };
  }
  if (!periode) {
    const years = found.flatMap((f) => f.layout.columns.flatMap((c) => (c.year !== undefined ? [c.year] : [])));
    if (years.length) periode = { mulai: Math.min(...years), selesai: Math.max(...years) };
  }
  for (const f of found)
    for (const c of f.layout.columns)
      if (c.nth !== undefined) {
        if (!periode)
          throw new UsageError(
            msg(
              `The sheet "${f.sheet.name}" counts years ("${c.header}") but names none: give --periode 2025-2029.`,
              `Lembar "${f.sheet.name}" menghitung tahun ("${c.header}") tanpa menyebut tahunnya: berikan --periode 2025-2029.`,
            ),
          );
        c.year = periode.mulai + c.nth - 1;
      }
  const draft: Draft = { pemda: opts.pemda ?? pemdaOf(titles), periode, tujuan: [], goals: [], opds: [], notes: [], problems: [], rpjmdPrograms: [] };
  const ids = new IdPool();
  const years = periode ? Array.from({ length: periode.selesai - periode.mulai + 1 }, (_, i) => periode.mulai + i) : [];
  // RPJMD matrices first, so that a Renstra's Tujuan column finds the Pemda targets they name.
  const ordered = [...found.filter((f) => f.layout.kind === 'rpjmd'), ...found.filter((f) => f.layout.kind === 'renstra')];
  const renstraSheets = found.filter((f) => f.layout.kind === 'renstra');
  for (const { sheet, layout } of ordered) {
    const hasOpdColumn = layout.columns.some((c) => c.role === 'opd');
    const sheetOpd = opts.opd ?? (renstraSheets.length > 1 || sheets.length > 1 ? sheet.name : undefined) ?? basename(files[0]).replace(/\.[^.]+$/, '');
    readSheet(sheet, layout, {
      draft,
      ids,
      years,
      opdId: opts.opd,
      defaultOpd: hasOpdColumn ? undefined : { nama: sheetOpd },
    });
  }
  if (opts.opd && draft.opds.length > 1) {
    throw new UsageError(
      msg(
        `--opd names the one OPD of a sheet, but ${file} holds ${draft.opds.length} (${draft.opds.map((o) => o.nama).join(', ')}): leave --opd out.`,
        `--opd menamai satu OPD sebuah lembar, tetapi ${file} memuat ${draft.opds.length} (${draft.opds.map((o) => o.nama).join(', ')}): hilangkan --opd.`,
      ),
    );
  }
  checkRpjmdPrograms(draft);
  const planned = planFiles(draft, opts.lang, file);
  return {
    files: planned,
    draft,
    sheets: found.map((f) => ({ name: f.sheet.name, kind: f.layout.kind })),
    skipped: layouts.filter((l) => !l.layout).map((l) => l.sheet.name),
  };
}

/** Each program an RPJMD matrix names is the same one a Renstra sheet holds (by kode, else by name); else it is left out. */
function checkRpjmdPrograms(draft: Draft): void {
  const kodes = new Set<string>();
  const names = new Set<string>();
  for (const o of draft.opds) {
    const stack = [...o.roots];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.kode) kodes.add(n.kode);
      names.add(n.nama.toLowerCase());
      stack.push(...n.children);
    }
  }
  for (const p of draft.rpjmdPrograms) {
    if (p.kode ? kodes.has(p.kode) : names.has(p.nama.toLowerCase())) continue;
    const problem = {
      sheet: p.sheet,
      cell: p.cell,
      value: p.value,
      why: msg(
        "a program of the RPJMD matrix that no Renstra sheet holds: import its OPD's T-C.27 with it (cascade import rpjmd.xlsx renstra.xlsx)",
        'program matriks RPJMD yang tidak ada di lembar Renstra mana pun: impor T-C.27 OPD-nya bersamanya (cascade import rpjmd.xlsx renstra.xlsx)',
      ),
      leftOut: true,
    };
    draft.problems.push(problem);
    draft.notes.push(problem);
  }
}
