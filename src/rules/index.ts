import type { Rule } from './rule.js';
import anggaranMitra from './anggaran/mitra.js';
import anggaranNoTarget from './anggaran/no-target.js';
import anggaranPagu from './anggaran/pagu.js';
import anggaranSum from './anggaran/sum.js';
import anggaranUnallocated from './anggaran/unallocated.js';
import anggaranUnreadable from './anggaran/unreadable.js';
import anggaranYear from './anggaran/year.js';
import cascadeAcuan from './cascade/acuan.js';
import cascadeNotCascaded from './cascade/not-cascaded.js';
import fileEncoding from './file/encoding.js';
import fileUnreadable from './file/unreadable.js';
import fileVersion from './file/version.js';
import indikatorDuplicateOpd from './indikator/duplicate-opd.js';
import indikatorJenis from './indikator/jenis.js';
import indikatorMissing from './indikator/missing.js';
import indikatorProgramOwn from './indikator/program-own.js';
import indikatorSasaranOutput from './indikator/sasaran-output.js';
import indikatorSatuan from './indikator/satuan.js';
import indikatorManual from './indikator/manual.js';
import jabatanAtasanCycle from './jabatan/atasan-cycle.js';
import jabatanEselon from './jabatan/eselon.js';
import jabatanFungsional from './jabatan/fungsional.js';
import jabatanJenis from './jabatan/jenis.js';
import jabatanLineOfSight from './jabatan/line-of-sight.js';
import jabatanSkpOutput from './jabatan/skp-output.js';
import jabatanWorkload from './jabatan/workload.js';
import kodeDuplicate from './kode/duplicate.js';
import kodeNama from './kode/nama.js';
import kodePrefix from './kode/prefix.js';
import kodeShape from './kode/shape.js';
import kodeUnknown from './kode/unknown.js';
import kodeUrusanOpd from './kode/urusan-opd.js';
import linkCycle from './link/cycle.js';
import linkLevel from './link/level.js';
import linkOrphan from './link/orphan.js';
import planHeaderMismatch from './plan/header-mismatch.js';
import refDuplicateId from './ref/duplicate-id.js';
import refUnchecked from './ref/unchecked.js';
import refUnknown from './ref/unknown.js';
import schemaInvalidType from './schema/invalid-type.js';
import schemaRequired from './schema/required.js';
import schemaUnknownKey from './schema/unknown-key.js';
import sopPelaksanaOpd from './sop/pelaksana-opd.js';
import sopUnreadable from './sop/unreadable.js';
import targetAgregasi from './target/agregasi.js';
import targetArah from './target/arah.js';
import targetSkala from './target/skala.js';
import targetUnit from './target/unit.js';
import targetUnquotedThousands from './target/unquoted-thousands.js';
import targetUnreadable from './target/unreadable.js';
import targetYear from './target/year.js';
import triwulanRealisasi from './triwulan/realisasi.js';
import triwulanTarget from './triwulan/target.js';
import yamlDuplicateKey from './yaml/duplicate-key.js';
import yamlSyntax from './yaml/syntax.js';

/** Every rule, in the order their findings are listed when they tie. One line per rule. */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  yamlDuplicateKey,
  fileEncoding,
  fileUnreadable,
  fileVersion,
  schemaUnknownKey,
  schemaRequired,
  schemaInvalidType,
  planHeaderMismatch,
  refDuplicateId,
  refUnknown,
  refUnchecked,
  linkLevel,
  linkCycle,
  linkOrphan,
  cascadeNotCascaded,
  cascadeAcuan,
  indikatorMissing,
  indikatorSatuan,
  indikatorJenis,
  indikatorProgramOwn,
  indikatorManual,
  indikatorSasaranOutput,
  indikatorDuplicateOpd,
  targetUnreadable,
  targetUnquotedThousands,
  targetUnit,
  targetSkala,
  targetYear,
  targetArah,
  targetAgregasi,
  triwulanTarget,
  triwulanRealisasi,
  kodeShape,
  kodePrefix,
  kodeUnknown,
  kodeNama,
  kodeDuplicate,
  kodeUrusanOpd,
  anggaranUnreadable,
  anggaranYear,
  anggaranSum,
  anggaranPagu,
  anggaranUnallocated,
  anggaranMitra,
  anggaranNoTarget,
  sopUnreadable,
  sopPelaksanaOpd,
  jabatanJenis,
  jabatanAtasanCycle,
  jabatanFungsional,
  jabatanEselon,
  jabatanLineOfSight,
  jabatanSkpOutput,
  jabatanWorkload,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
