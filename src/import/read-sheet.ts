// The rows of one sheet become Pemda targets, sasaran OPD, programs, kegiatan and sub kegiatan
// with their indicators, targets and money. Hierarchy comes from the kode (Permendagri 90/2019)
// where there is one, else from the merged cells and the order of the rows.
import { msg, type Msg } from '../core/message.js';
import { readMoneyCell, readTargetCell, type YamlScalar } from './cells.js';
import { newIndicator, type Draft, type DraftGoal, type DraftIndicator, type DraftNode, type DraftOpd, type DraftTujuan, type NodeLevel } from './draft.js';
import type { GridCell, Sheet } from './grid.js';
import { opdIdOf, type IdPool } from './ids.js';
import type { ColumnSpec, Layout } from './layout.js';

export interface SheetContext {
  draft: Draft;
  ids: IdPool;
  /** The OPD of a sheet that names none in a column: --opd, else the sheet's name. */
  defaultOpd?: { nama: string };
  /** --opd: the id of the sheet's one OPD. */
  opdId?: string;
  years: number[];
}

const KODE_PREFIX = /^((?:\d{1,2}|X{1,2})(?:\.(?:\d{1,4}|X{1,2}))+)\.?\s+(\S.*)$/s;
const LEVEL_PREFIX = /^(sub\s*kegiatan|kegiatan|program)\s*[:：]\s*/i;
const TOTAL = /^(jumlah|total|sub\s*total|grand\s*total)\b/i;
const CHILD_OF: Record<NodeLevel, NodeLevel | undefined> = { sasaran_opd: undefined, program: 'sasaran_opd', kegiatan: 'program', sub_kegiatan: 'kegiatan' };
const ID_LETTERS: Record<NodeLevel, string> = { sasaran_opd: 'SS', program: 'P', kegiatan: 'K', sub_kegiatan: 'SK' };

/** The level a Permendagri 90/2019 kode names by its parts: 1.02.02 program, 1.02.02.2.01 kegiatan, 1.02.02.2.01.0001 sub kegiatan. */
export function levelOfKode(kode: string): NodeLevel | 'heading' | undefined {
  const n = kode.split('.').filter(Boolean).length;
  if (n === 3) return 'program';
  if (n === 5) return 'kegiatan';
  if (n === 6) return 'sub_kegiatan';
  if (n <= 2) return 'heading';
  return undefined;
}

/** The kode of the parent a kode names: 1.02.02.2.01 → 1.02.02; 1.02.02.2.01.0001 → 1.02.02.2.01. */
function parentKode(kode: string, level: NodeLevel): string | undefined {
  const parts = kode.split('.');
  if (level === 'kegiatan') return parts.slice(0, 3).join('.');
  if (level === 'sub_kegiatan') return parts.slice(0, 5).join('.');
  return undefined;
}

const text = (c: GridCell | undefined) => (c?.value === null || c?.value === undefined ? '' : String(c.value).replace(/\s+/g, ' ').trim());
const shown = (c: GridCell | undefined) => (c?.value === null || c?.value === undefined ? '' : String(c.value));

interface Named {
  level: NodeLevel | 'heading';
  nama: string;
  kode?: string;
  cell: GridCell;
  /** Where the kode was read: its own column, or the name's cell. */
  kodeCell?: GridCell;
  guessed?: boolean;
}

export function readSheet(sheet: Sheet, layout: Layout, ctx: SheetContext): void {
  const { draft } = ctx;
  const col = (role: ColumnSpec['role']) => layout.columns.find((s) => s.role === role && s.year === undefined && s.nth === undefined && !s.end);
  const cols = {
    tujuan: col('tujuan'),
    sasaran: col('sasaran'),
    kode: col('kode'),
    combined: col('program_kegiatan'),
    program: col('program'),
    kegiatan: col('kegiatan'),
    sub: col('sub_kegiatan'),
    indikator: col('indikator'),
    satuan: col('satuan'),
    baseline: col('baseline'),
    opd: col('opd'),
    lokasi: col('lokasi'),
    keterangan: col('keterangan'),
  };
  const targetCols = layout.columns.filter((s) => s.role === 'target' && s.year !== undefined);
  const moneyCols = layout.columns.filter((s) => s.role === 'rp' && s.year !== undefined);
  const endTarget = layout.columns.find((s) => s.role === 'target' && s.end);
  const endMoney = layout.columns.find((s) => s.role === 'rp' && s.end);
  const problem = (cell: GridCell, why: Msg, leftOut = true, value = shown(cell)) => {
    const p = { sheet: sheet.name, cell: cell.address, value, why, leftOut };
    draft.problems.push(p);
    return p;
  };

  const rows = sheet.rows.slice(layout.bodyStart);
  const own = (row: GridCell[]) => row.filter((c) => !c.continued && c.value !== null);
  // Notes under the table: after the last row with two filled cells, rows of one cell.
  let last = rows.length - 1;
  while (last >= 0 && own(rows[last]).length < 2) last--;

  let tujuan: DraftTujuan | undefined;
  let goal: DraftGoal | undefined;
  let opd: DraftOpd | undefined;
  const current: Partial<Record<NodeLevel, DraftNode>> = {};
  let subject: DraftNode | DraftGoal | DraftTujuan | undefined;
  let indicator: DraftIndicator | undefined;
  // In an RPJMD matrix, the rows of a program (its name, then its indicators) until the next target.
  let inProgram = false;
  const reset = (from: NodeLevel) => {
    const order: NodeLevel[] = ['sasaran_opd', 'program', 'kegiatan', 'sub_kegiatan'];
    for (const l of order.slice(order.indexOf(from))) delete current[l];
  };

  rows.forEach((row, i) => {
    const cells = own(row);
    if (!cells.length) return;
    if (i > last) {
      for (const c of cells)
        draft.notes.push(problem(c, msg('a note under the table, kept here as a comment', 'catatan di bawah tabel, disimpan di sini sebagai komentar'), false));
      return;
    }
    const at = (s: ColumnSpec | undefined) => (s ? row[s.col] : undefined);
    const isNew = (s: ColumnSpec | undefined, was: string | undefined) => {
      const c = at(s);
      return !!c && !c.continued && text(c) !== '' && text(c) !== was;
    };

    // A totals row ("Jumlah", "Total"): cascade adds the money itself.
    const nameCells = [cols.combined, cols.program, cols.kegiatan, cols.sub, cols.sasaran, cols.tujuan].map(at).filter((c) => c && !c.continued && text(c));
    if (nameCells.length && nameCells.every((c) => TOTAL.test(text(c)))) {
      draft.notes.push(
        problem(
          nameCells[0]!,
          msg('a totals row: not imported, cascade budget-summary adds the amounts', 'baris jumlah: tidak diimpor, cascade budget-summary menjumlahkannya'),
          false,
        ),
      );
      return;
    }

    // The OPD of the row: its column, else the sheet's. An RPJMD matrix names the OPDs carrying a target or program: a note.
    const opdName = text(at(cols.opd)) || ctx.defaultOpd?.nama;
    if (layout.kind === 'renstra' && opdName && opdName !== opd?.nama) {
      opd = opdOf(draft, ctx, opdName);
      if (layout.kind === 'renstra') reset('sasaran_opd');
    }

    let fresh: DraftNode | DraftGoal | DraftTujuan | undefined;
    if (layout.kind === 'rpjmd') {
      if (isNew(cols.tujuan, tujuan?.nama)) {
        tujuan = tujuanOf(draft, ctx, text(at(cols.tujuan)));
        fresh = tujuan;
        goal = undefined;
      }
      if (isNew(cols.sasaran, goal?.nama)) {
        goal = goalOf(draft, ctx, text(at(cols.sasaran)), tujuan);
        fresh = goal;
        inProgram = false;
      }
      // A program row of the matrix: the Renstra of its OPD holds it (checked once every sheet is read).
      const programs = namesOf(row, cols, problem).filter((n) => n.level !== 'heading');
      if (programs.length) {
        const named = programs[0];
        draft.rpjmdPrograms.push({ sheet: sheet.name, cell: named.cell.address, value: shown(named.cell), nama: named.nama, kode: named.kode });
        inProgram = true;
      }
      if (inProgram) return;
      if (goal && opdName && !fresh && !goal.keterangan.includes(`Perangkat daerah penanggung jawab: ${opdName}`))
        goal.keterangan.push(`Perangkat daerah penanggung jawab: ${opdName}`);
    } else {
      if (isNew(cols.tujuan, goal?.nama)) {
        goal = goalOf(draft, ctx, text(at(cols.tujuan)), undefined);
        fresh = goal;
        reset('sasaran_opd');
      }
      if (isNew(cols.sasaran, current.sasaran_opd?.nama)) {
        if (!opd) opd = opdOf(draft, ctx, missingOpd(ctx));
        const ss = addNode(ctx, opd, 'sasaran_opd', text(at(cols.sasaran)), undefined, undefined);
        ss.goal = goal;
        current.sasaran_opd = ss;
        reset('program');
        fresh = ss;
      }
      for (const named of namesOf(row, cols, problem)) {
        if (named.level === 'heading') {
          draft.notes.push(
            problem(
              named.cell,
              msg(
                'a heading row (urusan or bidang): not a level of the plan, kept as a comment',
                'baris judul (urusan atau bidang): bukan tingkat rencana, disimpan sebagai komentar',
              ),
              false,
            ),
          );
          continue;
        }
        const was = current[named.level];
        // The same name again (a merged or repeated parent cell): the same node, unless its kode says otherwise.
        if (was && was.nama === named.nama && (named.kode === undefined || was.kode === named.kode)) continue;
        if (!opd) opd = opdOf(draft, ctx, missingOpd(ctx));
        const parentLevel = CHILD_OF[named.level];
        let parent = parentLevel ? current[parentLevel] : undefined;
        const pk = named.kode ? parentKode(named.kode, named.level) : undefined;
        let misplaced = false;
        if (pk && parent?.kode !== pk) {
          // The kode names its parent: an earlier row of the same OPD may hold it.
          const byKode = findByKode(opd, pk);
          if (byKode) parent = byKode;
          else misplaced = !!parent?.kode || !parent;
        }
        const node = addNode(ctx, opd, named.level, named.nama, named.kode, parent);
        if (misplaced) {
          node.notes.push(
            problem(
              named.kodeCell ?? named.cell,
              parent
                ? msg(
                    `the kode ${named.kode} fits under no ${parentLevel} of the sheet (its parent would be ${pk}): placed under ${parent.kode ?? parent.nama} by the order of the rows`,
                    `kode ${named.kode} tidak cocok dengan ${parentLevel} mana pun di lembar ini (induknya seharusnya ${pk}): ditempatkan di bawah ${parent.kode ?? parent.nama} menurut urutan baris`,
                  )
                : msg(`the kode ${named.kode} fits under nothing above it`, `kode ${named.kode} tidak cocok di bawah apa pun di atasnya`),
            ),
          );
        }
        if (named.guessed)
          node.notes.push(
            problem(
              named.cell,
              msg(
                `no kode and no "Program:" / "Kegiatan:" in front of the name: read as a ${named.level} from the order of the rows`,
                `tanpa kode dan tanpa "Program:" / "Kegiatan:" di depan nama: dibaca sebagai ${named.level} dari urutan baris`,
              ),
            ),
          );
        reset(named.level);
        current[named.level] = node;
        fresh = node;
      }
    }
    if (fresh) {
      subject = fresh;
      indicator = undefined;
    }
    const lokasi = at(cols.lokasi);
    const ket = at(cols.keterangan);
    if (subject && 'keterangan' in subject) {
      if (lokasi && !lokasi.continued && text(lokasi)) pushOnce(subject.keterangan, `Lokasi: ${text(lokasi)}`);
      if (ket && !ket.continued && text(ket)) pushOnce(subject.keterangan, text(ket));
    } else
      for (const c of [lokasi, ket])
        if (c && !c.continued && text(c)) problem(c, msg('a note for a row that holds no node', 'catatan pada baris tanpa simpul'));

    // The indicator of the row, its satuan, baseline and targets.
    const indCell = at(cols.indikator);
    if (indCell && !indCell.continued && text(indCell)) {
      if (!subject)
        problem(indCell, msg('an indicator before any target, program or kegiatan row', 'indikator sebelum baris sasaran, program, atau kegiatan mana pun'));
      else {
        indicator = newIndicator(text(indCell));
        subject.indicators.push(indicator);
      }
    }
    const valueCells: { spec: ColumnSpec; cell: GridCell }[] = [];
    for (const spec of [cols.satuan, cols.baseline, ...targetCols, endTarget]) {
      const c = spec && at(spec);
      if (spec && c && !c.continued && c.value !== null) valueCells.push({ spec, cell: c });
    }
    if (valueCells.length && !indicator) {
      for (const { cell } of valueCells)
        problem(cell, msg('a value on a row with no indicator name: nothing to hold it', 'nilai pada baris tanpa nama indikator: tidak ada yang menampungnya'));
    } else if (indicator) {
      for (const { spec, cell } of valueCells) readValue(indicator, spec, cell, sheet.name, ctx, problem);
    }

    // Money: the node's, once per year; a Pemda target holds none.
    const moneyCells: { spec: ColumnSpec; cell: GridCell }[] = [];
    for (const spec of [...moneyCols, endMoney]) {
      const c = spec && at(spec);
      if (spec && c && !c.continued && c.value !== null) moneyCells.push({ spec, cell: c });
    }
    for (const { spec, cell } of moneyCells) {
      const read = readMoneyCell(cell, spec.scale);
      if (!read) continue;
      if (!read.ok) {
        const p = problem(cell, msg(`an amount that cannot be read: ${read.why.en}`, `jumlah uang yang tidak dapat dibaca: ${read.why.id}`));
        if (subject) subject.notes.push(p);
        if (subject && 'money' in subject) subject.moneyUnreadable = true;
        continue;
      }
      if (layout.kind === 'rpjmd' && subject && !('money' in subject)) {
        draft.notes.push(
          problem(
            cell,
            msg(
              "a Pemda target's Rp in an RPJMD matrix: the money of its programs, which cascade adds up itself",
              'Rp sasaran Pemda dalam matriks RPJMD: uang program-programnya, yang dijumlahkan cascade sendiri',
            ),
            false,
          ),
        );
        continue;
      }
      if (!subject || !('money' in subject)) {
        problem(
          cell,
          msg(
            'money on a row of a Pemda target: the format keeps money on programs and kegiatan',
            'uang pada baris sasaran Pemda: format menyimpan uang pada program dan kegiatan',
          ),
        );
        continue;
      }
      if (spec.end) {
        if (subject.moneyEnd !== undefined && subject.moneyEnd !== read.value)
          subject.notes.push(problem(cell, msg('a second end-of-period amount for the same node', 'jumlah akhir periode kedua untuk simpul yang sama')));
        else {
          subject.moneyEnd = read.value;
          subject.moneyEndCell = { sheet: sheet.name, cell: cell.address, value: shown(cell) };
        }
        continue;
      }
      const year = spec.year!;
      const had = subject.money.get(year);
      if (had !== undefined && had !== read.value)
        subject.notes.push(problem(cell, msg(`a second amount for ${year} on the same node`, `jumlah kedua untuk ${year} pada simpul yang sama`)));
      else subject.money.set(year, read.value);
    }

    // Cells under headers the importer does not know: never dropped silently.
    for (const u of layout.unknown) {
      const c = row[u.col];
      if (c && !c.continued && text(c))
        (subject?.notes ?? draft.notes).push(
          problem(
            c,
            msg(
              `the column "${u.header}" is not one cascade import knows (see docs/import.md)`,
              `kolom "${u.header}" tidak dikenal cascade import (lihat docs/import.md)`,
            ),
          ),
        );
    }
  });
}

function pushOnce(list: string[], s: string): void {
  if (!list.includes(s)) list.push(s);
}

/** Program, kegiatan and sub kegiatan named on the row, top level first. */
function namesOf(row: GridCell[], cols: Record<string, ColumnSpec | undefined>, problem: (c: GridCell, why: Msg, leftOut?: boolean) => unknown): Named[] {
  const at = (s: ColumnSpec | undefined) => (s ? row[s.col] : undefined);
  const kodeCell = at(cols.kode);
  const kodeText = kodeCell && !kodeCell.continued ? text(kodeCell).replace(/\s+/g, '') : '';
  const out: Named[] = [];
  const separate: [ColumnSpec | undefined, NodeLevel][] = [
    [cols.program, 'program'],
    [cols.kegiatan, 'kegiatan'],
    [cols.sub, 'sub_kegiatan'],
  ];
  for (const [spec, level] of separate) {
    const c = at(spec);
    if (!c || c.continued || !text(c)) continue;
    const split = splitKode(text(c));
    out.push({ level, nama: split.nama, kode: split.kode, cell: c });
  }
  // With separate columns, the kode column belongs to the deepest name on the row.
  // An urusan or bidang kode (1, 1.02) makes the row a heading, whatever column holds its name.
  if (out.length && kodeText && !out.at(-1)!.kode) {
    const deepest = out.at(-1)!;
    deepest.kode = kodeText;
    deepest.kodeCell = kodeCell;
    if (levelOfKode(kodeText) === 'heading') deepest.level = 'heading';
  }
  const comb = at(cols.combined);
  if (comb && !comb.continued && text(comb)) {
    let nama = text(comb);
    let level: NodeLevel | 'heading' | undefined;
    const prefix = LEVEL_PREFIX.exec(nama);
    if (prefix) {
      level = /sub/i.test(prefix[1]) ? 'sub_kegiatan' : /kegiatan/i.test(prefix[1]) ? 'kegiatan' : 'program';
      nama = nama.slice(prefix[0].length).trim();
    }
    const split = splitKode(nama);
    const kode = kodeText || split.kode;
    nama = split.nama;
    const byKode = kode ? levelOfKode(kode) : undefined;
    if (byKode && level && byKode !== 'heading' && byKode !== level)
      problem(
        comb,
        msg(
          `the kode ${kode} is a ${byKode}, the name says ${level}: read as the kode says`,
          `kode ${kode} adalah ${byKode}, namanya menyebut ${level}: dibaca sesuai kode`,
        ),
      );
    let guessed = false;
    if (byKode) level = byKode;
    if (!level) {
      if (/^program\b/i.test(nama)) level = 'program';
      else {
        level = 'kegiatan';
        guessed = true;
      }
    }
    out.push({ level, nama, kode, cell: comb, kodeCell: kodeText ? kodeCell : comb, guessed });
  } else if (!out.length && kodeText) {
    const level = levelOfKode(kodeText);
    if (kodeCell) out.push({ level: level ?? 'heading', nama: kodeText, kode: kodeText, cell: kodeCell, kodeCell });
  }
  return out;
}

/** "1.02.02.2.01 Penyediaan …" → the kode and the name. */
function splitKode(s: string): { nama: string; kode?: string } {
  const m = KODE_PREFIX.exec(s);
  return m ? { kode: m[1], nama: m[2].trim() } : { nama: s };
}

function findByKode(opd: DraftOpd, kode: string): DraftNode | undefined {
  const stack = [...opd.roots];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.kode === kode) return n;
    stack.push(...n.children);
  }
  return undefined;
}

function addNode(ctx: SheetContext, opd: DraftOpd, level: NodeLevel, nama: string, kode: string | undefined, parent: DraftNode | undefined): DraftNode {
  const count = countLevel(opd, level) + 1;
  const id = ctx.ids.claim(kode ? `${opd.id}.${kode}` : `${opd.id}.${ID_LETTERS[level]}${count}`);
  const node: DraftNode = { level, nama, kode, id, opd, parent, children: [], indicators: [], money: new Map(), keterangan: [], notes: [] };
  if (parent) parent.children.push(node);
  else opd.roots.push(node);
  return node;
}

function countLevel(opd: DraftOpd, level: NodeLevel): number {
  let n = 0;
  const stack = [...opd.roots];
  while (stack.length) {
    const x = stack.pop()!;
    if (x.level === level) n++;
    stack.push(...x.children);
  }
  return n;
}

function missingOpd(ctx: SheetContext): string {
  return ctx.defaultOpd?.nama ?? 'OPD';
}

function opdOf(draft: Draft, ctx: SheetContext, nama: string): DraftOpd {
  const found = draft.opds.find((o) => o.nama === nama);
  if (found) return found;
  const wanted = ctx.opdId ?? opdIdOf(nama);
  const opd: DraftOpd = { id: ctx.ids.claim(wanted), nama, roots: [], notes: [] };
  draft.opds.push(opd);
  return opd;
}

function goalOf(draft: Draft, ctx: SheetContext, nama: string, tujuan: DraftTujuan | undefined): DraftGoal {
  const found = draft.goals.find((g) => g.nama === nama);
  if (found) return found;
  const goal: DraftGoal = { id: ctx.ids.claim(`S${draft.goals.length + 1}`), nama, tujuan, indicators: [], keterangan: [], notes: [] };
  draft.goals.push(goal);
  return goal;
}

function tujuanOf(draft: Draft, ctx: SheetContext, nama: string): DraftTujuan {
  const found = draft.tujuan.find((t) => t.nama === nama);
  if (found) return found;
  const t: DraftTujuan = { id: ctx.ids.claim(`T${draft.tujuan.length + 1}`), nama, indicators: [], notes: [] };
  draft.tujuan.push(t);
  return t;
}

function readValue(
  ind: DraftIndicator,
  spec: ColumnSpec,
  cell: GridCell,
  sheetName: string,
  ctx: SheetContext,
  problem: (c: GridCell, why: Msg, leftOut?: boolean) => unknown,
): void {
  if (spec.role === 'satuan') {
    ind.satuan = text(cell);
    return;
  }
  const read = readTargetCell(cell);
  if (!read) return;
  if (!read.ok) {
    ind.notes.push(problem(cell, msg(`a value that cannot be read: ${read.why.en}`, `nilai yang tidak dapat dibaca: ${read.why.id}`)) as never);
    return;
  }
  if (read.unit) ind.units.add(read.unit);
  if (read.predikat) ind.predikat = true;
  const v: YamlScalar = read.value;
  if (spec.role === 'baseline') ind.baseline = v;
  else if (spec.end) {
    ind.end = v;
    ind.endCell = { sheet: sheetName, cell: cell.address };
  } else if (spec.year !== undefined) {
    if (ctx.years.length && !ctx.years.includes(spec.year)) {
      ind.notes.push(problem(cell, msg(`the year ${spec.year} lies outside the periode`, `tahun ${spec.year} di luar periode`)) as never);
      return;
    }
    ind.targets.set(spec.year, v);
  }
}
