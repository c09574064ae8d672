import { describe, expect, it, vi } from 'vitest';
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
    const [who, hasil, sop, ...rest] = skp.build(tourism, { jabatan: id, tahun: 2026, settings: DEFAULT_SETTINGS });
    expect(rest).toEqual([]);
    // PermenPANRB 6/2022: the step is the RHK, intervening the kegiatan its atasan answers for; how many a year, how long each.
    expect(texts(hasil)).toEqual([
      ['1', 'Pelatihan pengembangan usaha baru', step, 'Kuantitas', `Jumlah ${output.split(' ')[1]} yang diselesaikan`, output],
      ['', '', '', 'Waktu', 'Waktu penyelesaian setiap kali', `${String(hours).replace('.', ',')} jam`],
    ]);
    expect(hasil.form?.signatures?.left.jabatan).toBe('Kepala Seksi Pelatihan');
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

  it('a head of OPD (JPT): its sasaran strategis intervening the Pemda target, the indicator by aspek and the target of the year asked', () => {
    const [who, answers] = skp.build(tourism, { jabatan: 'KADIS-KOP', tahun: 2026, settings: DEFAULT_SETTINGS });
    expect(texts(who)[0].slice(1, 4)).toEqual(['struktural, eselon II', 'DISKOPUKM — Dinas Koperasi dan UKM', '']);
    expect(answers.title.id).toBe('SKP tahun 2026 — hasil kerja (PermenPANRB 6/2022) — Kepala Dinas Koperasi dan UKM');
    expect(texts(answers)).toEqual([['1', 'Meningkatkan industri pariwisata', 'Meningkatnya daya saing UMKM', 'Kualitas', '% UMKM yang sehat', '61%']]);
    expect(cellValue(answers.rows[0][5])).toBe(61);
    expect(answers.notes![0].id).toContain('Jenis jabatan (PermenPANRB 6/2022): JPT pratama');
    // The assessor of a kepala OPD is the Kepala Daerah.
    expect(answers.form?.signatures?.left).toMatchObject({ jabatan: 'Bupati Contoh', nama: 'H. Ahmad Fauzi, S.H.' });
    expect(answers.form?.signatures?.right).toMatchObject({ nama: 'Dra. Sri Wahyuni, M.M.', nip: '19700512 199503 2 002' });
    const [, kabid] = skp.build(tourism, { jabatan: 'KABID-UKM', tahun: 2027, settings: DEFAULT_SETTINGS });
    expect(texts(kabid)[0]).toEqual([
      '1',
      'Meningkatnya daya saing UMKM',
      'Penciptaan iklim usaha yang kondusif',
      'Kuantitas',
      'Jumlah UMKM baru',
      '1.200 unit',
    ]);
  });

  it('the year: --tahun, else this year within the period — never silently the last year', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2027-02-01T08:00:00Z'));
      expect(skp.build(tourism, { jabatan: 'KADIS-KOP', settings: DEFAULT_SETTINGS })[1].columns.at(-1)!.header.id).toBe('Target 2027');
      vi.setSystemTime(new Date('2031-02-01T08:00:00Z'));
      expect(() => skp.build(tourism, { jabatan: 'KADIS-KOP', settings: DEFAULT_SETTINGS })).toThrow(
        /2031 is outside the plan's periode 2025–2029: give --tahun/,
      );
    } finally {
      vi.useRealTimers();
    }
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
          indikator: [{nama: Jumlah laporan, satuan: laporan, target: {2026: banyak}}]
          sop: [{tahap: Pelaporan, langkah: [{nama: Menyusun laporan, output: satu laporan, durasi: 2 jam, frekuensi: 12 kali}]}]
        - id: KG2
          nama: Kegiatan dua
          sop: [{tahap: Pelaporan, langkah: [{nama: Laporan, output: 1 laporan, durasi: 2 jm, pelaksana: STAF}]}]
    `);
    const [, answers] = skp.build(plan, { jabatan: 'KASI', tahun: 2026, settings: DEFAULT_SETTINGS });
    expect(texts(answers)[0][5]).toBe('banyak');
    expect(answers.notes!.map((n) => n.en).join(' ')).toContain('1 target(s) could not be read');
    const [, , sop] = skp.build(plan, { jabatan: 'STAF', tahun: 2026, settings: DEFAULT_SETTINGS });
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
    const [who, , sop] = skp.build(plan, { jabatan: 'AT-AUDIT', tahun: 2026, settings: DEFAULT_SETTINGS });
    expect(texts(who)[0].slice(1, 5)).toEqual([
      'fungsional, setara pelaksana, dengan supervisi',
      'INSPEKTORAT — Inspektorat Daerah',
      'KT-AUDIT — Auditor Muda (Ketua Tim)',
      'INSP.K1 — Penyelenggaraan pengawasan internal',
    ]);
    expect(texts(sop)[0].slice(2)).toEqual(['1 kertas kerja audit', '3 hari (22 jam 30 menit)', '12', '270 jam']);
  });

  it('a JFT Perencana without supervision, straight under the Kepala Biro', () => {
    const [who, hasil, sop] = skp.build(plan, { jabatan: 'JFT-PERENCANA', tahun: 2026, settings: DEFAULT_SETTINGS });
    expect(hasil.notes![0].id).toContain('Jenis jabatan (PermenPANRB 6/2022): fungsional');
    expect(texts(who)[0].slice(1, 4)).toEqual([
      'fungsional, setara IV, tanpa supervisi',
      'SETDA — Sekretariat Daerah',
      'KARO-PERENCANAAN — Kepala Biro Perencanaan',
    ]);
    expect(cellValue(sop.footer![0][5])).toBe(120);
  });
});
