// The imported plan as the files of a planning repo (the layout `cascade init` makes): rpjmd.yaml
// with the Pemda targets, one file per OPD; each problem as a `# cascade-import:` comment where
// its cell would have gone.
import { Document, isMap, type Node, YAMLMap, YAMLSeq } from 'yaml';
import { say, type Lang } from '../core/message.js';
import { sanitize } from '../text/sanitize.js';
import { formatRupiah, knownSkala, readTargetValue } from '../values/index.js';
import type { YamlScalar } from './cells.js';
import type { Draft, DraftGoal, DraftIndicator, DraftNode, DraftOpd, DraftTujuan, Problem } from './draft.js';

export interface PlanFile {
  path: string;
  text: string;
}

const CHILD_KEY = { sasaran_opd: 'program', program: 'kegiatan', kegiatan: 'sub_kegiatan', sub_kegiatan: undefined } as const;

/** The text of a problem as a comment: where it was, what it said, why. */
export function problemLine(p: Problem, lang: Lang): string {
  return placedLine(`${p.sheet}!${p.cell}`, p, lang);
}

function placedLine(places: string, p: Problem, lang: Lang): string {
  const value = p.value.replace(/\s+/g, ' ').trim();
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return sanitize(`${places} ${JSON.stringify(shown)}: ${say(p.why, lang)}`, 'terminal-line');
}

/**
 * Notes under the tables, one line per distinct text: a workbook with a sheet per OPD repeats the
 * same footnote on every sheet, and thirty copies at the top of rpjmd.yaml would bury the rest.
 */
export function noteLines(notes: readonly Problem[], lang: Lang): string[] {
  const byText = new Map<string, Problem[]>();
  for (const p of notes) {
    const key = `${p.value}\u0000${say(p.why, lang)}`;
    const same = byText.get(key);
    if (same) same.push(p);
    else byText.set(key, [p]);
  }
  return [...byText.values()].map((same) => {
    if (same.length === 1) return problemLine(same[0]!, lang);
    const places = same.slice(0, 3).map((p) => `${p.sheet}!${p.cell}`);
    const more = same.length > 3 ? (lang === 'id' ? ` dan ${same.length - 3} lagi` : ` and ${same.length - 3} more`) : '';
    return placedLine(`${places.join(', ')}${more}`, same[0]!, lang);
  });
}

class Writer {
  readonly doc = new Document();
  constructor(readonly lang: Lang) {}

  map(entries: [string, unknown][], notes: readonly (Problem | string)[] = [], flow = false): YAMLMap {
    const m = new YAMLMap();
    for (const [k, v] of entries) if (v !== undefined) m.add(this.doc.createPair(k, v instanceof YAMLMap || v instanceof YAMLSeq ? v : this.node(v)));
    m.flow = flow;
    this.comment(m, notes);
    return m;
  }

  node(v: unknown): Node {
    const n = this.doc.createNode(v) as Node;
    if (v instanceof Map && isMap(n)) n.flow = true;
    return n;
  }

  seq(items: Node[]): YAMLSeq {
    const s = new YAMLSeq();
    for (const i of items) s.items.push(i);
    return s;
  }

  comment(n: Node, notes: readonly (Problem | string)[]): void {
    if (!notes.length) return;
    const lines = notes.map((p) => ` cascade-import: ${typeof p === 'string' ? p : problemLine(p, this.lang)}`);
    n.commentBefore = [n.commentBefore, ...lines].filter(Boolean).join('\n');
  }

  text(top: [string, unknown][], head: string[]): string {
    const root = new YAMLMap();
    for (const [k, v] of top) if (v !== undefined) root.add(this.doc.createPair(k, v instanceof YAMLMap || v instanceof YAMLSeq ? v : this.node(v)));
    this.doc.contents = root as never;
    const body = this.doc.toString({ lineWidth: 0, flowCollectionPadding: false });
    return `${head.map((h) => `# ${h}`.trimEnd()).join('\n')}\n${body}`;
  }
}

/** Compares two written values as numbers when both are ("70" and 70,0), else as text. */
function sameValue(a: YamlScalar, b: YamlScalar): boolean {
  const num = (x: YamlScalar) => (typeof x === 'number' ? x : Number(String(x).replace(/\./g, '').replace(',', '.').replace(/%$/, '')));
  const na = num(a);
  const nb = num(b);
  return Number.isFinite(na) && Number.isFinite(nb) ? Math.abs(na - nb) < 1e-9 * Math.max(1, Math.abs(na)) : String(a).trim() === String(b).trim();
}

function indicatorNode(w: Writer, ind: DraftIndicator, draft: Draft): YAMLMap {
  const notes: (Problem | string)[] = [...ind.notes];
  let target: unknown;
  const values = [...ind.targets.values()];
  const endYear = draft.periode?.selesai;
  const onlyEnd = ind.targets.size === 1 && endYear !== undefined && ind.targets.has(endYear);
  if (onlyEnd && (ind.end === undefined || sameValue(ind.end, ind.targets.get(endYear)!))) {
    // A target in the last year alone is the target for the end of the period: one value.
    target = ind.targets.get(endYear);
  } else if (ind.targets.size) {
    target = new Map([...ind.targets].sort((a, b) => a[0] - b[0]));
    if (ind.end !== undefined) {
      const last = [...ind.targets].sort((a, b) => a[0] - b[0]).at(-1)![1];
      const nums = values.map((v) => (typeof v === 'number' ? v : Number.NaN));
      const sum = nums.every(Number.isFinite) ? nums.reduce((s, x) => s + x, 0) : Number.NaN;
      if (!sameValue(ind.end, last) && !(Number.isFinite(sum) && sameValue(ind.end, sum))) {
        const p: Problem = {
          sheet: ind.endCell?.sheet ?? '',
          cell: ind.endCell?.cell ?? '',
          value: String(ind.end),
          why: {
            en: `the end-of-period target is neither the last year's (${last}) nor their sum: the targets per year are written`,
            id: `target akhir periode bukan target tahun terakhir (${last}) maupun jumlahnya: yang ditulis target per tahun`,
          },
          leftOut: true,
        };
        draft.problems.push(p);
        notes.push(p);
      }
    }
  } else if (ind.end !== undefined) target = ind.end;
  const arah = fallingTargets(ind, values) ? 'turun' : undefined;
  if (arah)
    notes.push(
      w.lang === 'id'
        ? 'target turun dari tahun ke tahun: dibaca sebagai arah turun (makin rendah makin baik)'
        : 'the targets fall year by year: read as arah turun (lower is better)',
    );
  const labels = [...values, ...(ind.end !== undefined ? [ind.end] : []), ...(ind.baseline !== undefined ? [ind.baseline] : [])].map(String);
  const skala = ind.predikat ? knownSkala(labels) : undefined;
  const units = [...ind.units];
  const satuan = ind.satuan ?? (skala ? 'predikat' : units.length === 1 ? units[0] : undefined);
  return w.map(
    [
      ['nama', ind.nama],
      ['satuan', satuan],
      ['skala', skala ? w.seq(skala.map((s) => w.node(s))) : undefined],
      ['arah', arah],
      ['baseline', ind.baseline],
      ['target', target],
    ],
    notes,
  );
}

/** A written value as a number, when it is one ("7,5" → 7.5; "A", "69-70" → undefined). */
function numberOf(v: YamlScalar): number | undefined {
  if (typeof v === 'number') return v;
  const r = readTargetValue(v);
  return r.ok && r.value.kind === 'number' ? r.value.value : undefined;
}

/** Targets that fall from year to year (and from the baseline): an indicator where lower is better. */
function fallingTargets(ind: DraftIndicator, values: YamlScalar[]): boolean {
  const nums = [...(ind.baseline !== undefined ? [ind.baseline] : []), ...values].map(numberOf);
  if (nums.length < 2 || nums.some((n) => n === undefined)) return false;
  const ns = nums as number[];
  return ns.every((n, i) => i === 0 || n <= ns[i - 1]) && ns.some((n, i) => i > 0 && n < ns[i - 1]);
}

function indicatorsOf(w: Writer, list: DraftIndicator[], draft: Draft): YAMLSeq | undefined {
  return list.length ? w.seq(list.map((i) => indicatorNode(w, i, draft))) : undefined;
}

/** Money per year of a node: its own, else what its children add up to. */
function effectiveMoney(n: DraftNode): Map<number, number> {
  if (n.money.size) return n.money;
  const sum = new Map<number, number>();
  for (const c of n.children) for (const [y, v] of effectiveMoney(c)) sum.set(y, (sum.get(y) ?? 0) + v);
  return sum;
}

function moneyOf(n: DraftNode, draft: Draft): { value: unknown; notes: Problem[] } {
  const notes: Problem[] = [];
  const years = [...n.money].sort((a, b) => a[0] - b[0]);
  const total = years.reduce((s, [, v]) => s + v, 0);
  if (years.length && n.moneyEnd !== undefined && n.moneyEnd !== total && n.moneyEndCell && !n.moneyUnreadable) {
    const p: Problem = {
      ...n.moneyEndCell,
      why: {
        en: `the end-of-period Rp is not the sum of the years (${total}): the amounts per year are written`,
        id: `Rp akhir periode bukan jumlah tahun-tahunnya (${total}): yang ditulis jumlah per tahun`,
      },
      leftOut: true,
    };
    draft.problems.push(p);
    notes.push(p);
  }
  // Rupiah as planners write them ("Rp6.184.500.000"): the values module reads them back exactly.
  if (years.length) {
    const nonZero = years.filter(([, v]) => v !== 0);
    return { value: nonZero.length ? new Map(nonZero.map(([y, v]) => [y, formatRupiah(v)])) : 0, notes };
  }
  return { value: n.moneyEnd === undefined ? undefined : formatRupiah(n.moneyEnd), notes };
}

function nodeMap(w: Writer, n: DraftNode, draft: Draft, goalKsf: Map<DraftNode, string>): YAMLMap {
  const notes: (Problem | string)[] = [...n.notes];
  let anggaran: unknown;
  if (n.level === 'sasaran_opd') {
    // The format keeps money on programs and below; a sasaran row's Rp is their sum, or a problem.
    if (n.money.size || n.moneyEnd !== undefined) {
      const sum = new Map<number, number>();
      for (const c of n.children) for (const [y, v] of effectiveMoney(c)) sum.set(y, (sum.get(y) ?? 0) + v);
      const same = [...n.money].every(([y, v]) => (sum.get(y) ?? 0) === v);
      if (!same && n.moneyEndCell) {
        const p: Problem = {
          ...n.moneyEndCell,
          why: {
            en: 'money on a sasaran row that is not the sum of its programs: the format keeps money on programs and kegiatan',
            id: 'uang pada baris sasaran yang bukan jumlah programnya: format menyimpan uang pada program dan kegiatan',
          },
          leftOut: true,
        };
        draft.problems.push(p);
        notes.push(p);
      }
    }
  } else {
    const m = moneyOf(n, draft);
    anggaran = m.value;
    notes.push(...m.notes);
  }
  const childKey = CHILD_KEY[n.level];
  const ksf = goalKsf.get(n);
  return w.map(
    [
      ['id', n.id],
      ['nama', n.nama],
      ['kode', n.kode],
      ['opd', n.level === 'sasaran_opd' || !n.parent ? n.opd.id : undefined],
      ['mendukung', ksf],
      ['keterangan', n.keterangan.length ? n.keterangan.join('; ') : undefined],
      ['anggaran', anggaran],
      ['indikator', indicatorsOf(w, n.indicators, draft)],
      [childKey ?? '', childKey && n.children.length ? w.seq(n.children.map((c) => nodeMap(w, c, draft, goalKsf))) : undefined],
    ],
    notes,
  );
}

function header(draft: Draft): [string, unknown][] {
  return [
    ['cascade', 1],
    ['pemda', draft.pemda],
    ['periode', draft.periode ? `${draft.periode.mulai}-${draft.periode.selesai}` : undefined],
  ];
}

/** A file name for an OPD: its id in lower case, safe on every file system. */
export function opdFileName(opd: DraftOpd): string {
  return `opd/${opd.id.toLowerCase().replace(/[^a-z0-9._-]+/g, '-')}.yaml`;
}

export function planFiles(draft: Draft, lang: Lang, source: string): PlanFile[] {
  const from = `Imported by cascade import from ${source}; "cascade-import:" comments say what the sheet left open.`;
  const fromId = `Diimpor oleh cascade import dari ${source}; komentar "cascade-import:" menyebut yang belum terisi dari lembar kerja.`;
  const intro = lang === 'id' ? fromId : from;
  // A T-C.27 names no key success factor: one per sasaran OPD links it to its Pemda target, named after it.
  const goalKsf = new Map<DraftNode, string>();
  const ksfOf = new Map<DraftGoal, DraftNode[]>();
  for (const opd of draft.opds)
    for (const n of opd.roots)
      if (n.level === 'sasaran_opd' && n.goal) {
        goalKsf.set(n, `KSF.${n.id}`);
        ksfOf.set(n.goal, [...(ksfOf.get(n.goal) ?? []), n]);
      }
  const files: PlanFile[] = [];
  const files2 = (w: Writer, path: string, top: [string, unknown][], schema: string) =>
    files.push({ path, text: w.text(top, [`yaml-language-server: $schema=${schema}`, intro]) });

  const w = new Writer(lang);
  const ksfNote =
    lang === 'id'
      ? 'tabel T-C.27 tidak memuat key success factor: faktor ini menghubungkan sasaran OPD ke sasaran Pemda dan memakai namanya; beri nama faktor yang sebenarnya'
      : 'a T-C.27 names no key success factor: this one links the sasaran OPD to the Pemda target and takes its name; name the real factor';
  const goalNode = (g: DraftGoal) =>
    w.map(
      [
        ['id', g.id],
        ['nama', g.nama],
        ['keterangan', g.keterangan.length ? g.keterangan.join('; ') : undefined],
        ['indikator', indicatorsOf(w, g.indicators, draft)],
        [
          'ksf',
          ksfOf.get(g)?.length
            ? w.seq(
                ksfOf.get(g)!.map((n) =>
                  w.map(
                    [
                      ['id', goalKsf.get(n)],
                      ['nama', n.nama],
                    ],
                    [ksfNote],
                  ),
                ),
              )
            : undefined,
        ],
      ],
      g.notes,
    );
  const tujuanNode = (t: DraftTujuan) => {
    const under = draft.goals.filter((g) => g.tujuan === t);
    return w.map(
      [
        ['id', t.id],
        ['nama', t.nama],
        ['indikator', indicatorsOf(w, t.indicators, draft)],
        ['sasaran', under.length ? w.seq(under.map(goalNode)) : undefined],
      ],
      t.notes,
    );
  };

  // OPD files first: checking their sums adds problems that rpjmd.yaml's head lists.
  for (const opd of draft.opds) {
    const ow = new Writer(lang);
    const roots = opd.roots;
    const top: [string, unknown][] = [
      ...header(draft),
      [
        'opd',
        ow.seq([
          ow.map(
            [
              ['id', opd.id],
              ['nama', opd.nama],
            ],
            [],
            true,
          ),
        ]),
      ],
    ];
    const byLevel = (level: DraftNode['level']) => roots.filter((n) => n.level === level);
    for (const level of ['sasaran_opd', 'program', 'kegiatan', 'sub_kegiatan'] as const) {
      const list = byLevel(level);
      if (!list.length) continue;
      const seq = ow.seq(list.map((n) => nodeMap(ow, n, draft, goalKsf)));
      if (level !== 'sasaran_opd')
        ow.comment(seq, [
          lang === 'id'
            ? `${level} tanpa induk di lembar kerja (tanpa baris di atasnya): tambahkan mendukung`
            : `${level} with no parent on the sheet (no row above it): add mendukung`,
        ]);
      top.push([level, seq]);
    }
    files2(ow, opdFileName(opd), top, '../schemas/cascade.schema.json');
  }
  const loose = draft.goals.filter((g) => !g.tujuan);
  const top: [string, unknown][] = [
    ...header(draft),
    ['tujuan', draft.tujuan.length ? w.seq(draft.tujuan.map(tujuanNode)) : undefined],
    ['sasaran', loose.length ? w.seq(loose.map(goalNode)) : undefined],
  ];
  const rp = w.text(top, [
    `yaml-language-server: $schema=schemas/cascade.schema.json`,
    intro,
    ...noteLines(draft.notes, lang).map((line) => `cascade-import: ${line}`),
  ]);
  files.unshift({ path: 'rpjmd.yaml', text: rp });
  return files;
}
