import { z } from 'zod';

/**
 * The cascade file format, version 1 (design/format.md). This schema is the single source of
 * the plan's types and of the JSON Schema editors use; values that later stages interpret
 * (targets, money, durations) are kept here as written: a number or a text.
 */

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const Id = z
  .string()
  .regex(ID_PATTERN)
  .meta({ description: 'Identifier, unique in the whole plan: letters, digits, ".", "_" or "-", starting with a letter or digit.' });
const IdList = z.union([Id, z.array(Id)]);

const Text = z.string();
/** A value as written: a YAML number or a text in Indonesian style ("1.500", "7,5", "70%", "6 juta"). */
export const Value = z.union([z.number(), z.string()]).meta({
  description: 'A number, or a text in Indonesian style: "1.500", "7,5", "70%", "6 juta", "40 destinasi".',
});
const YEAR = /^\d{4}$/;
const YearMap = z.record(z.string().regex(YEAR), Value);
/** One value for the whole period, or a value per year: {2025: …, 2026: …}. */
export const PerYear = z.union([Value, YearMap]).meta({
  description: 'One value for the whole period, or a value per year: {2025: 70, 2026: 75}.',
});

const Periode = z.union([
  z.string().regex(/^\s*\d{4}\s*-\s*\d{4}\s*$/),
  z.strictObject({ mulai: z.number().int(), selesai: z.number().int() }),
]).meta({ description: 'Plan period: "2025-2029" or {mulai: 2025, selesai: 2029}.' });

const Skala = z.union([
  z.strictObject({ min: Value.optional(), maks: Value.optional() }),
  z.array(z.string()),
]).meta({ description: 'Bounds {min, maks} for a number, or the ordered list of values (worst first) of a predikat.' });

const Baseline = z.union([Value, z.strictObject({ tahun: z.union([z.number().int(), z.string().regex(YEAR)]), nilai: Value })])
  .meta({ description: 'The starting point: a value, or {tahun: 2024, nilai: 62}.' });

export const Indikator = z.strictObject({
  id: Id.optional(),
  nama: Text.meta({ description: 'Name of the indicator, e.g. "% angkutan umum yang laik jalan".' }),
  satuan: Text.optional().meta({ description: 'Unit: %, orang, unit, indeks, km, kunjungan, destinasi, Rp, predikat, …' }),
  jenis: z.enum(['outcome', 'output']).optional().meta({ description: 'outcome or output; by default outcome down to program, output below.' }),
  arah: z.enum(['naik', 'turun']).optional().meta({ description: 'naik: higher is better (default); turun: lower is better.' }),
  baseline: Baseline.optional(),
  target: PerYear.optional().meta({ description: 'Target per year {2025: …}, or one value for the end of the period.' }),
  realisasi: PerYear.optional().meta({ description: 'Achievements per year, in the same form as target.' }),
  skala: Skala.optional(),
  agregasi: z.enum(['jumlah', 'rata-rata']).optional().meta({ description: 'How the parts naming this indicator in bagian_dari add up: jumlah (sum) or rata-rata (mean).' }),
  bagian_dari: Id.optional().meta({ description: 'Id of the indicator this one is a part of (direct cascading).' }),
  definisi: Text.optional(),
  rumus: Text.optional(),
  sumber_data: Text.optional(),
  keterangan: Text.optional(),
});

export const Langkah = z.strictObject({
  id: Id.optional(),
  nama: Text,
  output: Value.optional().meta({ description: 'Volume and unit of the output, e.g. "1 proposal".' }),
  durasi: Value.optional().meta({ description: 'Time per occurrence: "30 menit", "8 jam", "1 jam 30 menit", "2 hari".' }),
  pelaksana: Id.optional().meta({ description: 'Id of the jabatan who performs the step.' }),
  frekuensi: Value.optional().meta({ description: 'Occurrences per year (default 1).' }),
  keterangan: Text.optional(),
});

export const Tahap = z.strictObject({
  tahap: Text.meta({ description: 'Name of the SOP stage.' }),
  langkah: z.array(Langkah),
});

const nodeBase = {
  id: Id,
  nama: Text,
  keterangan: Text.optional().meta({ description: 'Free-text note.' }),
};
const supports = { mendukung: IdList.optional().meta({ description: 'Id(s) of the parent(s) this node supports, when not nested (or in addition: crosscutting).' }) };
const indicators = { indikator: z.array(Indikator).optional() };
const Kode = Text.meta({ description: 'Nomenclature code (Permendagri 90/2019).' });

export const SubKegiatan = z.strictObject({
  ...nodeBase,
  ...supports,
  kode: Kode.optional(),
  opd: Id.optional(),
  ...indicators,
  anggaran: PerYear.optional().meta({ description: 'Money per year {2025: …}, or one amount for the period: "Rp.4.000.000.000", "900 juta".' }),
  sop: z.array(Tahap).optional(),
});

export const Kegiatan = z.strictObject({
  ...nodeBase,
  ...supports,
  kode: Kode.optional(),
  opd: Id.optional(),
  ...indicators,
  anggaran: PerYear.optional(),
  sub_kegiatan: z.array(SubKegiatan).optional(),
  sop: z.array(Tahap).optional(),
});

export const Program = z.strictObject({
  ...nodeBase,
  ...supports,
  kode: Kode.optional(),
  opd: Id.optional(),
  ...indicators,
  anggaran: PerYear.optional(),
  kegiatan: z.array(Kegiatan).optional(),
});

export interface KsfData {
  id: string;
  nama: string;
  keterangan?: string;
  mendukung?: string | string[];
  sasaran_opd?: SasaranOpdData[];
  program?: z.infer<typeof Program>[];
}
export interface SasaranOpdData {
  id: string;
  nama: string;
  keterangan?: string;
  mendukung?: string | string[];
  opd: string;
  indikator?: z.infer<typeof Indikator>[];
  ksf?: KsfData[];
  program?: z.infer<typeof Program>[];
}

export const Ksf: z.ZodType<KsfData> = z.strictObject({
  ...nodeBase,
  ...supports,
  get sasaran_opd() {
    return z.array(SasaranOpd).optional();
  },
  program: z.array(Program).optional(),
});

export const SasaranOpd: z.ZodType<SasaranOpdData> = z.strictObject({
  ...nodeBase,
  ...supports,
  opd: Id.meta({ description: 'Id of the OPD that owns this target.' }),
  ...indicators,
  get ksf() {
    return z.array(Ksf).optional();
  },
  program: z.array(Program).optional(),
});

export const Sasaran = z.strictObject({
  ...nodeBase,
  ...supports,
  acuan: IdList.optional().meta({ description: 'Id(s) of the acuan (RPJMN, visi-misi, janji politik, isu) this target answers.' }),
  ...indicators,
  ksf: z.array(Ksf).optional(),
});

export const Tujuan = z.strictObject({
  ...nodeBase,
  ...indicators,
  sasaran: z.array(Sasaran).optional(),
});

export const Acuan = z.strictObject({
  id: Id,
  nama: Text,
  jenis: z.enum(['rpjmn', 'visi-misi', 'janji-politik', 'isu']),
  keterangan: Text.optional(),
});

export const Opd = z.strictObject({
  id: Id,
  nama: Text,
  singkatan: Text.optional().meta({ description: 'Short name shown in charts, e.g. "DIS KOP UKM".' }),
  mitra: z.boolean().optional().meta({ description: 'true for a partner outside the Pemda budget (e.g. Kepolisian).' }),
  pagu: PerYear.optional().meta({ description: 'Budget ceiling per year or for the period.' }),
  keterangan: Text.optional(),
});

export const Jabatan = z.strictObject({
  id: Id,
  nama: Text,
  opd: Id.optional(),
  jenis: z.enum(['struktural', 'fungsional', 'pelaksana']),
  eselon: z.enum(['II', 'III', 'IV']).optional().meta({ description: 'Echelon of a struktural position.' }),
  setara: z.enum(['III', 'IV', 'pelaksana']).optional().meta({ description: 'Equivalent level of a fungsional position.' }),
  supervisi: z.boolean().optional().meta({ description: 'Whether the atasan supervises this fungsional position.' }),
  atasan: Id.optional().meta({ description: 'Id of the superior position.' }),
  sasaran: IdList.optional().meta({ description: 'Id(s) of the nodes this position answers for.' }),
  keterangan: Text.optional(),
});

export const CascadeFile = z
  .strictObject({
    cascade: z.literal(1).meta({ description: 'Format version: 1.' }),
    pemda: Text.optional().meta({ description: 'The local government, e.g. "Kabupaten Contoh".' }),
    periode: Periode.optional(),
    acuan: z.array(Acuan).optional(),
    opd: z.array(Opd).optional(),
    jabatan: z.array(Jabatan).optional(),
    tujuan: z.array(Tujuan).optional(),
    sasaran: z.array(Sasaran).optional(),
    ksf: z.array(Ksf).optional(),
    sasaran_opd: z.array(SasaranOpd).optional(),
    program: z.array(Program).optional(),
    kegiatan: z.array(Kegiatan).optional(),
    sub_kegiatan: z.array(SubKegiatan).optional(),
  })
  .meta({ title: 'cascade plan file', description: 'A file of a performance cascade (pohon kinerja), format version 1.' });

export type CascadeFileData = z.infer<typeof CascadeFile>;
export type IndikatorData = z.infer<typeof Indikator>;
export type LangkahData = z.infer<typeof Langkah>;
export type OpdData = z.infer<typeof Opd>;
export type AcuanData = z.infer<typeof Acuan>;
export type JabatanData = z.infer<typeof Jabatan>;
export type ProgramData = z.infer<typeof Program>;
export type KegiatanData = z.infer<typeof Kegiatan>;
export type SubKegiatanData = z.infer<typeof SubKegiatan>;
export type SasaranData = z.infer<typeof Sasaran>;
export type TujuanData = z.infer<typeof Tujuan>;
