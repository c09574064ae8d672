import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { openPlan } from '../../src/model/open.js';
import { cellText, cellValue, type Table } from '../../src/tables/table.js';
import { VIEWS } from '../../src/tables/views/index.js';
import { planOf, yaml } from '../helpers/rule-tester.js';

const skp = VIEWS.find((v) => v.name === 'skp')!;
const tourism = openPlan(['examples/pariwisata']).plan;
const texts = (t: Table) => t.rows.map((r) => r.map(cellText));

describe('cascade table skp', () => {
  it('is registered as a view of cascade table', () => expect(skp).toBeDefined());

  it.each([
    ['STAF-A', 'Penyusunan proposal tempat pelatihan dan magang', '1 proposal', '8 jam', 8],
    ['STAF-B', 'Pembuatan surat permintaan narasumber', '1 surat', '30 menit', 0.5],
    ['STAF-C', 'Pembuatan surat undangan peserta', '1 surat', '30 menit', 0.5],
  ])('%s: whom it answers to, and its SOP step of seed section 9', (id, step, output, durasi, hours) => {
    const [who, sop, ...rest] = skp.build(tourism, { jabatan: id, settings: DEFAULT_SETTINGS });
    expect(rest).toEqual([]);
    expect(texts(who)[0]).toEqual([
      `${id} — Staf ${id.slice(-1)}`,
      'pelaksana',
      'DISKOPUKM — Dinas Koperasi dan UKM',
      'KASI-PELATIHAN — Kepala Seksi Pelatihan',
      'DISKOPUKM.K1 — Pelatihan pengembangan usaha baru',
    ]);
    expect(sop.title.en).toBe('SOP steps it performs — DISKOPUKM.K1 — Pelatihan pengembangan usaha baru');
    expect(texts(sop)).toEqual([['Perencanaan pelatihan', step, output, durasi, '1', durasi]]);
    expect(cellValue(sop.rows[0][5])).toBe(hours);
    expect(cellValue(sop.footer![0][5])).toBe(hours);
  });

  it('a head of OPD: its sasaran strategis with indicator and end-of-period target; --tahun picks a year', () => {
    const [who, answers] = skp.build(tourism, { jabatan: 'KADIS-KOP', settings: DEFAULT_SETTINGS });
    expect(texts(who)[0].slice(1, 4)).toEqual(['struktural, eselon II', 'DISKOPUKM — Dinas Koperasi dan UKM', '']);
    expect(texts(answers)).toEqual([['DISKOPUKM.SS1 — Meningkatnya daya saing UMKM', 'sasaran strategis OPD', '% UMKM yang sehat', '2029', '70%', '%']]);
    expect(cellValue(answers.rows[0][4])).toBe(70);
    const [, in2026] = skp.build(tourism, { jabatan: 'KADIS-KOP', tahun: 2026, settings: DEFAULT_SETTINGS });
    expect(texts(in2026)[0].slice(3, 5)).toEqual(['2026', '61']);
  });

  it('shows values it cannot read as written, and says so', () => {
    const plan = planOf(yaml`
      cascade: 1
      jabatan:
        - {id: KASI, nama: Kepala Seksi, jenis: struktural, eselon: IV, sasaran: KG}
        - {id: STAF, nama: Staf, jenis: pelaksana, atasan: KASI}
      kegiatan:
        - id: KG
          nama: Kegiatan
          indikator: [{nama: Jumlah laporan, satuan: laporan, target: banyak}]
          sop: [{tahap: Pelaporan, langkah: [{nama: Menyusun laporan, output: satu laporan, durasi: 2 jam, frekuensi: 12 kali}]}]
        - id: KG2
          nama: Kegiatan dua
          sop: [{tahap: Pelaporan, langkah: [{nama: Laporan, output: 1 laporan, durasi: 2 jm, pelaksana: STAF}]}]
    `);
    const [, answers] = skp.build(plan, { jabatan: 'KASI', settings: DEFAULT_SETTINGS });
    expect(texts(answers)[0][4]).toBe('banyak');
    expect(answers.notes!.map((n) => n.en).join(' ')).toContain('1 target(s) could not be read');
    const [, sop] = skp.build(plan, { jabatan: 'STAF', settings: DEFAULT_SETTINGS });
    expect(texts(sop)[0]).toEqual(['Pelaporan', 'Laporan', '1 laporan', '2 jm', '1', '']);
    expect(sop.notes!.map((n) => n.en).join(' ')).toContain('1 value(s) could not be read');
  });

  it('needs --jabatan, and suggests the id meant', () => {
    expect(() => skp.build(tourism, { settings: DEFAULT_SETTINGS })).toThrow(UsageError);
    expect(() => skp.build(tourism, { settings: DEFAULT_SETTINGS })).toThrow(/--jabatan ID \(KADIS-KOP, KABID-UKM/);
    expect(() => skp.build(tourism, { jabatan: 'STAF-X', settings: DEFAULT_SETTINGS })).toThrow('No jabatan "STAF-X" in the plan. Did you mean STAF-A?');
  });
});

describe('examples/jabatan-fungsional.yaml', () => {
  const plan = openPlan(['examples/jabatan-fungsional.yaml']).plan;

  it('an auditor under supervision: answers to the Ketua Tim, its steps in days of the configured length', () => {
    const [who, sop] = skp.build(plan, { jabatan: 'AT-AUDIT', settings: DEFAULT_SETTINGS });
    expect(texts(who)[0].slice(1, 5)).toEqual([
      'fungsional, setara pelaksana, dengan supervisi',
      'INSPEKTORAT — Inspektorat Daerah',
      'KT-AUDIT — Auditor Muda (Ketua Tim)',
      'INSP.K1 — Penyelenggaraan pengawasan internal',
    ]);
    expect(texts(sop)[0].slice(2)).toEqual(['1 kertas kerja audit', '3 hari (22 jam 30 menit)', '12', '270 jam']);
  });

  it('a JFT Perencana without supervision, straight under the Kepala Biro', () => {
    const [who, sop] = skp.build(plan, { jabatan: 'JFT-PERENCANA', settings: DEFAULT_SETTINGS });
    expect(texts(who)[0].slice(1, 4)).toEqual([
      'fungsional, setara IV, tanpa supervisi',
      'SETDA — Sekretariat Daerah',
      'KARO-PERENCANAAN — Kepala Biro Perencanaan',
    ]);
    expect(cellValue(sop.footer![0][5])).toBe(120);
  });
});
