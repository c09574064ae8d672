// The column headers `cascade import` accepts: the one documented list (docs/import.md prints it).
// Wordings come from the forms of Permendagri 86/2017 (T-C.27 of the Renstra Perangkat Daerah,
// the RPJMD matrices), from published Renstra and RPJMD tables, and from what `cascade table
// renstra` writes (Indonesian and English). Sources of each layout: docs/import.md.

/** What a column holds. Year columns (target, rp) carry their year beside the role. */
export type Role =
  | 'no'
  | 'tujuan'
  | 'sasaran'
  | 'kode'
  | 'program_kegiatan'
  | 'program'
  | 'kegiatan'
  | 'sub_kegiatan'
  | 'indikator'
  | 'satuan'
  | 'baseline'
  | 'target'
  | 'rp'
  | 'opd'
  | 'lokasi'
  | 'keterangan';

/**
 * Whole-header wordings, compared after `normalizeHeader` (lower case, punctuation and spaces
 * folded). A header matches when it equals one of these, or starts with one followed by more
 * words in brackets ("Indikator Kinerja (outcome)").
 */
export const HEADER_NAMES: Readonly<Record<Role, readonly string[]>> = {
  no: ['no', 'nomor', 'no urut'],
  tujuan: ['tujuan', 'tujuan pd', 'tujuan perangkat daerah', 'tujuan renstra', 'goal'],
  sasaran: [
    'sasaran',
    'sasaran strategis',
    'sasaran pd',
    'sasaran perangkat daerah',
    'sasaran strategis perangkat daerah',
    'sasaran pembangunan',
    'sasaran rpjmd',
    'sasaran pemda',
    'pemda target',
    'objective',
  ],
  kode: ['kode', 'kode rekening', 'kode program kegiatan', 'kode program kegiatan sub kegiatan', 'kode nomenklatur', 'code'],
  program_kegiatan: [
    'program dan kegiatan',
    'program kegiatan',
    'program kegiatan sub kegiatan',
    'program kegiatan dan sub kegiatan',
    'program dan kegiatan sub kegiatan',
    'rencana program kegiatan',
    'uraian',
    'uraian program kegiatan',
    'nama program kegiatan',
    'program activity sub activity',
  ],
  program: ['program', 'nama program', 'program pembangunan daerah', 'program prioritas', 'indikasi program prioritas'],
  kegiatan: ['kegiatan', 'nama kegiatan'],
  sub_kegiatan: ['sub kegiatan', 'subkegiatan', 'nama sub kegiatan'],
  indikator: [
    'indikator',
    'indikator kinerja',
    'indikator kinerja utama',
    'indikator sasaran',
    'indikator kinerja sasaran',
    'indikator kinerja program',
    'indikator kinerja program outcome dan kegiatan output',
    'indikator kinerja program outcome kegiatan output',
    'indikator kinerja tujuan sasaran program outcome dan kegiatan output',
    'indikator kinerja tujuan sasaran program outcome kegiatan output',
    'indikator kinerja program kegiatan',
    'indikator kinerja program kegiatan sub kegiatan',
    'indikator outcome output',
    'indicator',
  ],
  satuan: ['satuan', 'sat', 'satuan indikator', 'unit of measure', 'unit'],
  baseline: [
    'data capaian pada tahun awal perencanaan',
    'data capaian tahun awal perencanaan',
    'capaian pada tahun awal perencanaan',
    'kondisi awal',
    'kondisi kinerja awal',
    'kondisi kinerja pada awal periode',
    'kondisi kinerja pada awal periode rpjmd',
    'kondisi kinerja pada awal periode renstra',
    'capaian awal',
    'baseline',
    'data awal',
  ],
  target: ['target', 'k', 'kinerja', 'target kinerja', 'tk', 'capaian', 'target capaian'],
  rp: ['rp', 'pagu', 'pagu indikatif', 'anggaran', 'dana', 'pendanaan', 'kerangka pendanaan', 'rp juta', 'rp ribu', 'rp miliar', 'rp ribuan', 'rupiah'],
  opd: [
    'unit kerja perangkat daerah penanggung jawab',
    'unit kerja pd penanggung jawab',
    'unit kerja penanggung jawab',
    'unit penanggung jawab',
    'perangkat daerah penanggung jawab',
    'pd penanggung jawab',
    'opd penanggung jawab',
    'skpd penanggung jawab',
    'penanggung jawab',
    'perangkat daerah',
    'opd',
    'skpd',
    'unit kerja',
    'responsible unit',
    'responsible opd',
  ],
  lokasi: ['lokasi', 'location'],
  keterangan: ['keterangan', 'ket', 'catatan'],
};

/**
 * Group headers over the year columns ("Target Kinerja Program dan Kerangka Pendanaan" over
 * 2025 … 2029) and over the end-of-period columns ("Kondisi Kinerja pada Akhir Periode Renstra").
 */
export const YEARS_GROUP = [
  'target kinerja program dan kerangka pendanaan',
  'target kinerja dan kerangka pendanaan',
  'target kinerja program kegiatan dan kerangka pendanaan',
  'capaian kinerja program dan kerangka pendanaan',
  'target capaian kinerja',
  'target kinerja',
  'target',
  'tahun',
];
export const END_GROUP = [
  'kondisi kinerja pada akhir periode renstra perangkat daerah',
  'kondisi kinerja pada akhir periode renstra pd',
  'kondisi kinerja pada akhir periode renstra',
  'kondisi kinerja pada akhir periode rpjmd',
  'kondisi kinerja pada akhir periode',
  'kondisi kinerja akhir periode',
  'kondisi akhir',
  'kondisi akhir periode',
  'target akhir',
  'target akhir periode',
  'rp akhir',
  'akhir periode',
  'end of period',
  'target at the end',
  'rp at the end',
];

/** Lower case, brackets' content kept as words, punctuation and spaces folded. */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\bsub-kegiatan\b/g, 'sub kegiatan')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The scale a money header states: "Rp. (juta)" → 10⁶; none → 1. */
export function moneyScale(header: string): number {
  const h = normalizeHeader(header);
  if (/\b(juta|jutaan)\b/.test(h)) return 1e6;
  if (/\b(miliar|milyar)\b/.test(h)) return 1e9;
  if (/\b(ribu|ribuan)\b/.test(h)) return 1e3;
  return 1;
}

const BY_NAME = new Map<string, Role>();
for (const [role, names] of Object.entries(HEADER_NAMES) as [Role, readonly string[]][]) for (const n of names) if (!BY_NAME.has(n)) BY_NAME.set(n, role);

/** The role a header names on its own, if it is one of the accepted wordings. */
export function roleOf(text: string): Role | undefined {
  const h = normalizeHeader(text);
  if (!h) return undefined;
  const exact = BY_NAME.get(h);
  if (exact) return exact;
  // "Indikator Kinerja (outcome)": the accepted wording, then words in brackets.
  const bare = normalizeHeader(text.replace(/\([^)]*\)/g, ' '));
  return BY_NAME.get(bare);
}

export function isGroup(text: string, group: readonly string[]): boolean {
  const h = normalizeHeader(text.replace(/\b(19|20)\d{2}\b/g, ' '));
  return group.includes(h) || group.includes(normalizeHeader(text.replace(/\([^)]*\)/g, ' ').replace(/\b(19|20)\d{2}\b/g, ' ')));
}

/** A year in a header: "2025", "Tahun 2025", "Target 2025", "Th. 2025"; or the k of "Tahun ke-3" / "Tahun-3". */
export function yearOf(text: string): { year: number } | { nth: number } | undefined {
  const y = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(text);
  if (y) return { year: Number(y[1]) };
  const k = /\btahun\s*(?:ke)?\s*[-–]?\s*(\d{1,2})\b/i.exec(text);
  if (k) return { nth: Number(k[1]) };
  return undefined;
}

/** What each column holds, for the table of accepted headers in docs/import.md. */
const ROLE_MEANING: Readonly<Record<Role, string>> = {
  no: 'row number (not read)',
  tujuan: 'the Pemda target the rows serve (T-C.27 *Tujuan*; in an RPJMD matrix the *tujuan* above the sasaran)',
  sasaran: 'sasaran strategis OPD (in an RPJMD matrix: sasaran Pemda)',
  kode: 'Permendagri 90/2019 kode',
  program_kegiatan: 'program, kegiatan and sub kegiatan in one column',
  program: 'program',
  kegiatan: 'kegiatan',
  sub_kegiatan: 'sub kegiatan',
  indikator: 'indicator name',
  satuan: 'unit of the indicator',
  baseline: 'baseline (kondisi awal)',
  target: 'target, under a year or the end-of-period group',
  rp: 'money, under a year or the end-of-period group; "(juta)", "(ribu)", "(miliar)" scale it',
  opd: 'the OPD of the row',
  lokasi: 'location (kept in keterangan)',
  keterangan: 'note (kept in keterangan)',
};

/** The Markdown table of accepted headers that docs/import.md shows (a test keeps it current). */
export function headersTable(): string {
  const code = (xs: readonly string[]) => xs.map((x) => `\`${x}\``).join(', ');
  return [
    '| column | accepted headers (compared in lower case, punctuation ignored) |',
    '|---|---|',
    ...(Object.entries(HEADER_NAMES) as [Role, readonly string[]][]).map(([k, v]) => `| ${ROLE_MEANING[k]} | ${code(v)} |`),
    `| group over the years | ${code(YEARS_GROUP)} |`,
    `| group over the end of the period | ${code(END_GROUP)} |`,
  ].join('\n');
}
