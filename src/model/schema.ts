import * as z from 'zod';
import { DATE_PATTERN } from '../values/date.js';
import { PERIODE_TEXT, readPeriode } from './periode.js';

// Without zod's JIT: compiling an object's checker with `new Function` costs more than it saves on
// a plan checked once per run (measured: the first check of a small plan in half the time).
z.config({ jitless: true });

/**
 * The cascade file format, version 1 (docs/format.md). This schema is the single source of
 * the plan's types, of the JSON Schema editors use and of the key tables of docs/format.md
 * (`npm run docs:format`); values that later stages interpret (targets, money, durations) are
 * kept here as written: a number or a text. Every key carries a description: it is the hover
 * text in editors and the meaning column of the reference.
 */

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const IdText = z.string().regex(ID_PATTERN);
/** The id of the entry it stands in. */
export const Id = IdText.meta({
  description: 'Identifier of this entry, unique in the whole plan: letters, digits, ".", "_" or "-", starting with a letter or digit.',
});
/**
 * An id naming another entry. Editors show the description of the form a value matched, so the
 * field's own words go on each form (a bare id, a list of ids and its items), not a generic one.
 */
const ref = (description: string) => IdText.meta({ description });
const refs = (description: string) => z.union([ref(description), z.array(ref(description))]).meta({ description });

const Text = z.string();
/** A value as written: a YAML number or a text in Indonesian style ("1.500", "7,5", "70%", "6 juta"). */
export const Value = z.union([z.number(), z.string()]).meta({
  description: 'A number, or a text in Indonesian style: "1.500", "7,5", "70%", "6 juta", "40 destinasi".',
});
/** An amount of rupiah as written: a YAML number or a text ("Rp.4.000.000.000", "Rp 1,2 M", "900 juta"). */
export const Money = z.union([z.number(), z.string()]).meta({
  description: 'An amount in rupiah: 900000000, "Rp.4.000.000.000", "Rp 1,2 M", "900 juta".',
});
/** A year as the key of a per-year map (json-schema.ts gives editors its YAML form, a number). */
export const YEAR_PATTERN = /^\d{4}$/;
const YEAR = YEAR_PATTERN;
const YearKey = z.string().regex(YEAR);
/**
 * One value for the whole period, or a value per year: {2025: …, 2026: …}; `description` names
 * which. Editors show the description of the form a value matched, else the field's; the map form
 * has none of its own, since two forms with the same words are shown three times over.
 */
const perYear = (value: typeof Value | typeof Money, description: string) =>
  z.union([value.meta({ description }), z.record(YearKey, value)]).meta({ description });

const Year = z.number().int().min(1000).max(9999);
const PERIODE = 'Plan period: "2025-2029" or {mulai: 2025, selesai: 2029}.';
const Periode = z
  .union([
    z.string().regex(PERIODE_TEXT).meta({ description: PERIODE }),
    z
      .strictObject({
        mulai: Year.meta({ description: 'First year of the period.' }),
        selesai: Year.meta({ description: 'Last year of the period.' }),
      })
      .meta({ description: PERIODE }),
  ])
  .refine((v) => !('reason' in readPeriode(v)), { message: 'periode' })
  .meta({ description: PERIODE });

const SKALA = 'Bounds {min, maks} for a number, or the ordered list of values (worst first) of a predikat.';
const Skala = z
  .union([
    z
      .strictObject({
        min: Value.optional().meta({ description: 'Lowest value the indicator can take.' }),
        maks: Value.optional().meta({ description: 'Highest value the indicator can take.' }),
      })
      .meta({ description: SKALA }),
    z.array(z.string().meta({ description: 'A value of the predikat, worst first: [D, C, CC, B, BB, A, AA].' })).meta({ description: SKALA }),
  ])
  .meta({ description: SKALA });

const BASELINE = 'The starting point: a value, or {tahun: 2024, nilai: 62}.';
const BASELINE_YEAR = 'The year of the baseline, before the period.';
const Baseline = z
  .union([
    Value.meta({ description: BASELINE }),
    z
      .strictObject({
        tahun: z.union([z.number().int().meta({ description: BASELINE_YEAR }), z.string().regex(YEAR)]).meta({ description: BASELINE_YEAR }),
        nilai: Value.meta({ description: 'The value in that year.' }),
      })
      .meta({ description: BASELINE }),
  ])
  .meta({ description: BASELINE });

// Rencana Aksi: an indicator's targets and realisasi per quarter (triwulan, TW I–IV) of a year.
const QUARTERS_TEXT = 'The values of the quarters of one year: {I: …, II: …, III: …, IV: …}; a quarter may be left out.';
const Quarters = z
  .strictObject({
    I: Value.optional().meta({ description: 'Triwulan I (January–March).' }),
    II: Value.optional().meta({ description: 'Triwulan II (April–June).' }),
    III: Value.optional().meta({ description: 'Triwulan III (July–September).' }),
    IV: Value.optional().meta({ description: 'Triwulan IV (October–December).' }),
  })
  .meta({ description: QUARTERS_TEXT });
const Triwulan = z
  .strictObject({
    cara: z.enum(['kumulatif', 'jumlah']).meta({
      description:
        "How the quarters make the year: kumulatif (each quarter's value is the level reached by its end; TW IV is the annual target) or jumlah (each quarter's own amount; the four add up to the annual target).",
    }),
    target: z.record(YearKey, Quarters).optional().meta({ description: 'Quarterly targets per year: {2026: {I: 10, II: 25, III: 45, IV: 70}}.' }),
    realisasi: z
      .record(YearKey, Quarters)
      .optional()
      .meta({ description: "Quarterly realisasi per year, only for the quarters that ended by the file's `per` date: {2026: {I: 11, II: 24}}." }),
  })
  .meta({ description: 'Rencana Aksi: targets and realisasi per quarter (triwulan) of a year, and how the quarters make the annual target.' });

export const Indikator = z
  .strictObject({
    id: Id.optional().meta({ description: 'Identifier of the indicator, for bagian_dari: unique in the whole plan (optional).' }),
    nama: Text.meta({ description: 'Name of the indicator, e.g. "% angkutan umum yang laik jalan".' }),
    satuan: Text.optional().meta({ description: 'Unit: %, orang, unit, indeks, km, kunjungan, destinasi, Rp, predikat, …' }),
    jenis: z
      .enum(['outcome', 'output'])
      .optional()
      .meta({ description: 'outcome or output; by default outcome down to program and sasaran kegiatan, output for kegiatan and sub kegiatan.' }),
    arah: z.enum(['naik', 'turun', 'tetap']).optional().meta({
      description: 'naik: higher is better (default); turun: lower is better; tetap: a level to hold or a projection to meet (SPM counts), no trend.',
    }),
    baseline: Baseline.optional(),
    target: perYear(
      Value,
      'Target per year {2025: 70, 2026: 75}, or one value for the end of the period: a number ("70%", "6 juta"), a range ("69,1-69,5") or a predikat ("A").',
    ).optional(),
    realisasi: perYear(Value, 'Achievements per year {2025: …}, in the same forms as target.').optional(),
    skala: Skala.optional(),
    triwulan: Triwulan.optional(),
    agregasi: z
      .enum(['jumlah', 'rata-rata'])
      .optional()
      .meta({ description: 'How the parts naming this indicator in bagian_dari add up: jumlah (sum) or rata-rata (mean).' }),
    bagian_dari: ref('Id of the indicator this one is a part of (direct cascading).').optional(),
    definisi: Text.optional().meta({ description: 'What the indicator means, for its manual (manual IKU).' }),
    rumus: Text.optional().meta({ description: 'How it is computed, e.g. "jumlah UMKM sehat / jumlah UMKM × 100%".' }),
    sumber_data: Text.optional().meta({ description: 'Where its values come from, e.g. "BPS", "laporan OPD".' }),
    keterangan: Text.optional().meta({ description: 'Free-text note.' }),
  })
  .meta({ id: 'Indikator', description: 'An indicator: how a target is measured, with its unit, direction, baseline and targets.' });

export const Langkah = z
  .strictObject({
    id: Id.optional().meta({ description: 'Identifier of the step, unique in the whole plan (optional).' }),
    nama: Text.meta({ description: 'What is done in this step, e.g. "Pembuatan surat undangan peserta".' }),
    // Required: a step without them would count as no work and no output (a silent zero).
    output: Value.meta({ description: 'Volume and unit of the output, e.g. "1 proposal".' }),
    durasi: Value.meta({ description: 'Time per occurrence: "30 menit", "8 jam", "1 jam 30 menit", "2 hari".' }),
    pelaksana: ref('Id of the jabatan who performs the step.'),
    frekuensi: Value.optional().meta({ description: 'Occurrences per year (default 1): 12, "12 kali", "2 kali per bulan".' }),
    keterangan: Text.optional().meta({ description: 'Free-text note.' }),
  })
  .meta({ id: 'Langkah', description: 'One SOP step: its output, duration, frequency and who performs it (pelaksana).' });

export const Tahap = z
  .strictObject({
    tahap: Text.meta({ description: 'Name of the SOP stage.' }),
    langkah: z.array(Langkah).meta({ description: 'The steps of this stage, in order.' }),
  })
  .meta({ id: 'Tahap', description: 'An SOP stage (tahap) with its steps (langkah).' });

const nodeBase = {
  id: Id,
  nama: Text.meta({ description: 'Name, as written in the planning documents.' }),
  keterangan: Text.optional().meta({ description: 'Free-text note.' }),
};
const supports = { mendukung: refs('Id(s) of the parent(s) this node supports, when not nested (or in addition: crosscutting).').optional() };
const indicators = { indikator: z.array(Indikator).optional().meta({ description: 'How this target is measured: its indicators.' }) };
const OwnOpd = ref('Id of the OPD, when not inherited from the parent.').optional();
const Sop = z.array(Tahap).optional().meta({ description: 'The SOP (business process): stages, each with its steps and who performs them.' });
const Kode = Text.meta({ description: 'Nomenclature code (Permendagri 90/2019).' });

/** What program, kegiatan and sub kegiatan share: a code, an owner, indicators and money. */
const budgetItem = {
  ...nodeBase,
  ...supports,
  kode: Kode.optional(),
  opd: OwnOpd,
  ...indicators,
  anggaran: perYear(Money, 'Money per year {2025: …}, or one amount for the period: "Rp.4.000.000.000", "900 juta".').optional(),
};

export const SubKegiatan = z
  .strictObject({
    ...budgetItem,
    sop: Sop,
  })
  .meta({ id: 'SubKegiatan', description: 'A sub kegiatan: part of a kegiatan, with its indicators, budget and SOP.' });

export const Kegiatan = z
  .strictObject({
    ...budgetItem,
    sub_kegiatan: z.array(SubKegiatan).optional().meta({ description: 'Its sub kegiatan, nested.' }),
    sop: Sop,
  })
  .meta({ id: 'Kegiatan', description: 'A kegiatan (activity) of a program: output indicators, budget, SOP.' });

/** What the outcome statements of PermenPANRB 89/2021 share: a name, links, an owner and indicators. */
const outcomeBase = { ...nodeBase, ...supports, opd: OwnOpd, ...indicators };

export const SasaranKegiatan = z
  .strictObject({
    ...outcomeBase,
    kegiatan: z.array(Kegiatan).optional().meta({ description: 'The kegiatan that bring this result, nested.' }),
  })
  .meta({
    id: 'SasaranKegiatan',
    description: "A sasaran kegiatan (eselon IV, PermenPANRB 89/2021): the result a program's kegiatan bring, as an outcome statement apart from their names.",
  });

export const Program = z
  .strictObject({
    ...budgetItem,
    sasaran_kegiatan: z.array(SasaranKegiatan).optional().meta({ description: 'Its sasaran kegiatan (eselon IV outcome statements), nested.' }),
    kegiatan: z.array(Kegiatan).optional().meta({ description: 'Its kegiatan, nested.' }),
  })
  .meta({ id: 'Program', description: 'A program of an OPD, supporting a sasaran strategis OPD.' });

export const SasaranProgram = z
  .strictObject({
    ...outcomeBase,
    program: z.array(Program).optional().meta({ description: 'The programs that bring this result, nested.' }),
  })
  .meta({
    id: 'SasaranProgram',
    description: 'A sasaran program (eselon III, PermenPANRB 89/2021): the result a program brings, as an outcome statement apart from its nomenclature.',
  });

export interface OutcomeAntaraData {
  id: string;
  nama: string;
  keterangan?: string;
  mendukung?: string | string[];
  opd?: string;
  indikator?: z.infer<typeof Indikator>[];
  outcome_antara?: OutcomeAntaraData[];
  sasaran_program?: z.infer<typeof SasaranProgram>[];
  program?: z.infer<typeof Program>[];
}

export const OutcomeAntara: z.ZodType<OutcomeAntaraData> = z
  .strictObject({
    ...outcomeBase,
    get outcome_antara() {
      return z.array(OutcomeAntara).optional().meta({ description: 'Intermediate outcomes one level further down, nested.' });
    },
    sasaran_program: z.array(SasaranProgram).optional().meta({ description: 'Its sasaran program, nested.' }),
    program: z.array(Program).optional().meta({ description: 'Its programs, nested.' }),
  })
  .meta({
    id: 'OutcomeAntara',
    description: 'An intermediate outcome (PermenPANRB 89/2021): a result between a sasaran strategis OPD and its programs, where an OPD needs one.',
  });

export interface KsfData {
  id: string;
  nama: string;
  keterangan?: string;
  mendukung?: string | string[];
  tujuan_opd?: TujuanOpdData[];
  sasaran_opd?: SasaranOpdData[];
  outcome_antara?: OutcomeAntaraData[];
  sasaran_program?: z.infer<typeof SasaranProgram>[];
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
  outcome_antara?: OutcomeAntaraData[];
  sasaran_program?: z.infer<typeof SasaranProgram>[];
  program?: z.infer<typeof Program>[];
}
export interface TujuanOpdData {
  id: string;
  nama: string;
  keterangan?: string;
  mendukung?: string | string[];
  opd: string;
  indikator?: z.infer<typeof Indikator>[];
  sasaran_opd?: SasaranOpdData[];
}

export const Ksf: z.ZodType<KsfData> = z
  .strictObject({
    ...nodeBase,
    ...supports,
    get tujuan_opd() {
      return z.array(TujuanOpd).optional().meta({ description: 'The tujuan OPD this factor becomes, nested.' });
    },
    get sasaran_opd() {
      return z.array(SasaranOpd).optional().meta({ description: 'The sasaran strategis OPD this factor becomes, nested.' });
    },
    outcome_antara: z.array(OutcomeAntara).optional().meta({ description: 'Intermediate outcomes, for a factor under a sasaran strategis OPD.' }),
    sasaran_program: z.array(SasaranProgram).optional().meta({ description: 'Sasaran program, for a factor under a sasaran strategis OPD.' }),
    program: z.array(Program).optional().meta({ description: 'Programs, for a factor under a sasaran strategis OPD.' }),
  })
  .meta({ id: 'Ksf', description: 'A key success factor: what drives its parent target.' });

export const SasaranOpd: z.ZodType<SasaranOpdData> = z
  .strictObject({
    ...nodeBase,
    ...supports,
    opd: ref('Id of the OPD that owns this target.'),
    ...indicators,
    get ksf() {
      return z.array(Ksf).optional().meta({ description: 'Its own key success factors, nested.' });
    },
    outcome_antara: z.array(OutcomeAntara).optional().meta({ description: 'Its intermediate outcomes, nested.' }),
    sasaran_program: z.array(SasaranProgram).optional().meta({ description: 'Its sasaran program, nested.' }),
    program: z.array(Program).optional().meta({ description: 'Its programs, nested.' }),
  })
  .meta({ id: 'SasaranOpd', description: 'A Sasaran Strategis OPD: a target of an agency, supporting a key success factor of a Pemda target.' });

export const TujuanOpd: z.ZodType<TujuanOpdData> = z
  .strictObject({
    ...nodeBase,
    ...supports,
    opd: ref('Id of the OPD that owns this goal.'),
    ...indicators,
    sasaran_opd: z.array(SasaranOpd).optional().meta({ description: 'Its sasaran strategis OPD, nested.' }),
  })
  .meta({
    id: 'TujuanOpd',
    description: 'A tujuan OPD (Renstra): the goal of an agency above its sasaran strategis, supporting a key success factor of a Pemda target.',
  });

export const Sasaran = z
  .strictObject({
    ...nodeBase,
    ...supports,
    acuan: refs('Id(s) of the acuan (RPJMN, visi-misi, janji politik, isu) this target answers.').optional(),
    ...indicators,
    ksf: z.array(Ksf).optional().meta({ description: 'Its key success factors, nested.' }),
  })
  .meta({ id: 'Sasaran', description: 'A Sasaran pembangunan Pemda: a development target of the local government.' });

export const Tujuan = z
  .strictObject({
    ...nodeBase,
    ...indicators,
    sasaran: z.array(Sasaran).optional().meta({ description: 'Its sasaran, nested.' }),
  })
  .meta({ id: 'Tujuan', description: 'A goal of the RPJMD above the Pemda targets.' });

export const Acuan = z
  .strictObject({
    id: Id,
    nama: Text.meta({ description: 'Name, as written in the planning documents.' }),
    jenis: z.enum(['rpjmn', 'visi-misi', 'janji-politik', 'isu']).meta({ description: 'rpjmn, visi-misi, janji-politik or isu.' }),
    keterangan: Text.optional().meta({ description: 'Free-text note.' }),
  })
  .meta({ id: 'Acuan', description: 'A driver of the Pemda targets: the RPJMN, the vision and mission, a political promise or an issue.' });

export const Opd = z
  .strictObject({
    id: Id,
    nama: Text.meta({ description: 'Name, as written in the planning documents.' }),
    singkatan: Text.optional().meta({ description: 'Short name shown in charts, e.g. "DIS KOP UKM".' }),
    mitra: z.boolean().optional().meta({ description: 'true for a partner outside the Pemda budget (e.g. Kepolisian).' }),
    urusan: z
      // Unquoted, YAML reads 1.02 as a number: kode/urusan-opd reads it as written.
      .array(z.union([z.string().regex(/^\d\.\d{2}$/, 'a bidang urusan code such as 1.02'), z.number()]))
      .optional()
      .meta({ description: 'The bidang urusan it holds, e.g. [1.02, 2.14]: its programs are checked against them.' }),
    pagu: perYear(Money, 'Budget ceiling per year {2025: …}, or one amount for the period: "Rp 3 M".').optional(),
    keterangan: Text.optional().meta({ description: 'Free-text note.' }),
  })
  .meta({ id: 'Opd', description: 'An agency (Organisasi Perangkat Daerah), or a partner outside the Pemda budget (mitra: true).' });

const Pejabat = z
  .strictObject({
    nama: Text.meta({ description: 'Name of the official, with titles, as it is signed, e.g. "Dr. Siti Aminah, S.E., M.Si.".' }),
    nip: Text.optional().meta({ description: 'NIP, quoted: "19700101 199503 2 001" (18 digits are too long for a YAML number).' }),
    pangkat: Text.optional().meta({ description: 'Pangkat/golongan, e.g. "Pembina Utama Muda (IV/c)".' }),
  })
  .meta({ description: 'The official holding a position, named in the Perjanjian Kinerja and the SKP.' });

export const Jabatan = z
  .strictObject({
    id: Id,
    nama: Text.meta({ description: 'Name of the position, as in its decree.' }),
    opd: ref('Id of the OPD of this position.').optional(),
    jenis: z.enum(['struktural', 'fungsional', 'pelaksana']).meta({ description: 'struktural (with eselon), fungsional (with setara) or pelaksana.' }),
    eselon: z.enum(['II', 'III', 'IV']).optional().meta({ description: 'Echelon of a struktural position.' }),
    setara: z.enum(['III', 'IV', 'pelaksana']).optional().meta({ description: 'Equivalent level of a fungsional position.' }),
    supervisi: z.boolean().optional().meta({ description: 'Whether the atasan supervises this fungsional position.' }),
    atasan: ref('Id of the superior position.').optional(),
    sasaran: refs('Id(s) of the nodes this position answers for.').optional(),
    pejabat: Pejabat.optional(),
    keterangan: Text.optional().meta({ description: 'Free-text note.' }),
  })
  .meta({ id: 'Jabatan', description: 'A position, for cascading to individuals (SKP).' });

const KepalaDaerah = z
  .strictObject({
    jabatan: Text.meta({ description: 'The title as signed, e.g. "Bupati Contoh", "Wali Kota Contoh", "Gubernur Contoh".' }),
    nama: Text.optional().meta({ description: 'Name of the Kepala Daerah.' }),
  })
  .meta({ description: 'The Kepala Daerah: pihak kedua of the Perjanjian Kinerja of each kepala OPD.' });

const Penandatanganan = z
  .strictObject({
    tempat: Text.optional().meta({ description: 'Where the documents are signed, e.g. "Sleman".' }),
    tanggal: z
      .record(YearKey, Text)
      .optional()
      .meta({ description: 'The date of signing of each year\'s Perjanjian Kinerja and SKP: {2026: "2 Januari 2026"}.' }),
  })
  .meta({ description: 'Place and dates of signing; without them the form leaves the place and date blank to fill by hand.' });

export const CascadeFile = z
  .strictObject({
    cascade: z.literal(1).meta({ description: 'Format version: 1.' }),
    pemda: Text.optional().meta({ description: 'The local government, e.g. "Kabupaten Contoh".' }),
    periode: Periode.optional(),
    per: z
      .string()
      .regex(DATE_PATTERN)
      .optional()
      .meta({ description: 'The date the data of this file stand at (YYYY-MM-DD): quarterly realisasi are given only for the quarters ended by then.' }),
    acuan: z.array(Acuan).optional().meta({ description: 'Drivers of the Pemda targets: rpjmn, visi-misi, janji-politik, isu.' }),
    opd: z.array(Opd).optional().meta({ description: 'Agencies (OPD), and partners outside the Pemda budget (mitra: true).' }),
    jabatan: z.array(Jabatan).optional().meta({ description: 'Positions, for cascading to individuals.' }),
    kepala_daerah: KepalaDaerah.optional(),
    penandatanganan: Penandatanganan.optional(),
    tujuan: z.array(Tujuan).optional().meta({ description: 'Goals of the RPJMD above the Pemda targets (optional).' }),
    sasaran: z.array(Sasaran).optional().meta({ description: 'Sasaran pembangunan Pemda: the development targets.' }),
    ksf: z.array(Ksf).optional().meta({ description: 'Key success factors written apart from their parent (they name it in mendukung).' }),
    tujuan_opd: z.array(TujuanOpd).optional().meta({ description: 'Tujuan OPD written apart from their key success factor (named in mendukung).' }),
    sasaran_opd: z
      .array(SasaranOpd)
      .optional()
      .meta({ description: 'Sasaran Strategis OPD written apart from their key success factor (named in mendukung).' }),
    outcome_antara: z.array(OutcomeAntara).optional().meta({ description: 'Intermediate outcomes written apart from their parent (named in mendukung).' }),
    sasaran_program: z.array(SasaranProgram).optional().meta({ description: 'Sasaran program written apart from their parent (named in mendukung).' }),
    program: z.array(Program).optional().meta({ description: 'Programs written apart from their parent (named in mendukung).' }),
    sasaran_kegiatan: z.array(SasaranKegiatan).optional().meta({ description: 'Sasaran kegiatan written apart from their program (named in mendukung).' }),
    kegiatan: z.array(Kegiatan).optional().meta({ description: 'Kegiatan written apart from their program (named in mendukung).' }),
    sub_kegiatan: z.array(SubKegiatan).optional().meta({ description: 'Sub kegiatan written apart from their kegiatan (named in mendukung).' }),
  })
  .meta({ title: 'cascade plan file', description: 'A file of a performance cascade (pohon kinerja), format version 1.' });

export type IndikatorData = z.infer<typeof Indikator>;
export type LangkahData = z.infer<typeof Langkah>;
export type OpdData = z.infer<typeof Opd>;
export type AcuanData = z.infer<typeof Acuan>;
export type JabatanData = z.infer<typeof Jabatan>;
