import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { readDocx } from '../helpers/docx.js';
import { runInProcess } from '../helpers/in-process.js';
import { tempPlans } from '../helpers/plan-dir.js';

const plans = tempPlans('cascade-pk-');
const dir = mkdtempSync(join(tmpdir(), 'cascade-pk-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.useRealTimers());

const json = async (args: string[]) => {
  const r = await runInProcess(args);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

const docx = async (args: string[]) => {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.docx`);
  const r = await runInProcess(['table', 'pk', ...args, '-o', file]);
  expect(r.code, r.stderr).toBe(0);
  return readDocx(readFileSync(file));
};

/** A paragraph's text with the runs joined as Word shows them (the reader puts a line between runs). */
const flat = (p: string) => p.replace(/\n/g, '');

const SMALL = `cascade: 1
pemda: Kota Uji
periode: 2025-2027
opd:
  - {id: DINAS, nama: Dinas Uji <b>}
sasaran:
  - id: S1
    nama: Sasaran kota
    ksf:
      - {id: F1, nama: Faktor}
sasaran_opd:
  - id: SO1
    nama: Layanan yang baik
    opd: DINAS
    mendukung: F1
    indikator:
      - {nama: Indeks layanan, satuan: indeks, target: {2025: 70, 2026: 72, 2027: 75}}
      - {nama: Cakupan, satuan: '%', target: 90}
    program:
      - id: P1
        nama: Program satu
        kode: 1.02.01
        anggaran: {2025: Rp 10 juta, 2026: Rp 20 juta, 2027: Rp 30 juta}
      - id: P2
        nama: Program dua
        anggaran: Rp 90 juta
jabatan:
  - {id: KADIS, nama: Kepala Dinas Uji, opd: DINAS, jenis: struktural, eselon: II, sasaran: [SO1]}
  - {id: KABID, nama: Kepala Bidang Satu, opd: DINAS, jenis: struktural, eselon: III, atasan: KADIS, sasaran: [P1]}
  - {id: STAF, nama: Staf, opd: DINAS, jenis: pelaksana, atasan: KABID}
`;

describe('cascade table pk (Perjanjian Kinerja, PermenPANRB 53/2014)', () => {
  it("the kepala OPD's PK in Word: portrait pages, the statement with both parties, the annex with that year's target as table iku and money as budget-summary, signed twice", async () => {
    const args = ['examples/pariwisata', '--jabatan', 'KADIS-KOP', '--tahun', '2026', '--lang', 'id'];
    const doc = await docx(args);
    expect(doc.sections).toHaveLength(2); // the statement; the annex (its two tables on one page)
    for (const s of doc.sections) {
      const pg = s['w:pgSz'] as Record<string, string>;
      expect(Number(pg['@w:w'])).toBeLessThan(Number(pg['@w:h']));
    }
    const paras = doc.paragraphs.map(flat);
    expect(paras[0]).toBe('PERJANJIAN KINERJA TAHUN 2026 — DINAS KOPERASI DAN UKM KABUPATEN CONTOH');
    expect(paras).toContain(
      'Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:',
    );
    expect(paras.some((p) => p.startsWith('Pihak pertama berjanji akan mewujudkan target kinerja'))).toBe(true);
    // Signatures: place and date over pihak pertama; pihak kedua (the Bupati, for a kepala OPD) on the left; names and NIP.
    expect(paras.filter((p) => p === '\tContoh, 5 Januari 2026')).toHaveLength(2);
    expect(paras).toContain('Pihak Kedua,\tPihak Pertama,');
    expect(paras).toContain('Bupati Contoh\tKepala Dinas Koperasi dan UKM');
    expect(paras).toContain('H. Ahmad Fauzi, S.H.\tDra. Sri Wahyuni, M.M.');
    expect(paras).toContain('\tNIP. 19700512 199503 2 002');
    const [parties, targets, money] = doc.tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
    expect(parties).toEqual([
      ['Pihak', 'Nama', 'Jabatan', 'NIP'],
      ['Pihak pertama', 'Dra. Sri Wahyuni, M.M.', 'Kepala Dinas Koperasi dan UKM', '19700512 199503 2 002'],
      ['Pihak kedua', 'H. Ahmad Fauzi, S.H.', 'Bupati Contoh', ''],
    ]);
    expect(targets[0]).toEqual(['No', 'Sasaran strategis', 'Indikator kinerja', 'Target 2026']);
    expect(targets[1]).toEqual(['1', 'Meningkatnya daya saing UMKM', '% UMKM yang sehat', '61%']);
    expect(money.at(-1)).toEqual(['', 'Jumlah', 'Rp400.000.000', '']);

    // The same numbers as the tables planners check them against.
    const pk = await json(['table', 'pk', ...args, '-f', 'json']);
    const iku = (await json(['table', 'iku', 'examples/pariwisata', '--opd', 'DISKOPUKM', '--tahun', '2026', '-f', 'json']))[0].rows;
    expect(pk[1].rows.map((r: { target: number }) => r.target)).toEqual(iku.map((r: { target: number }) => r.target));
    const budget = (await json(['budget-summary', 'examples/pariwisata', '--tahun', '2026', '-f', 'json']))[0];
    expect(pk[2].footer[0].anggaran).toBe(budget.rows.find((r: { opd: string }) => r.opd === 'DIS KOP UKM').dialokasikan);
    expect(pk[0].form.signatures.right).toMatchObject({ jabatan: 'Kepala Dinas Koperasi dan UKM', nip: '19700512 199503 2 002' });
  });

  it('every position of an OPD that answers for a target, each with its atasan as pihak kedua; placeholders where the plan names nobody', async () => {
    const plan = plans({ 'p.yaml': SMALL });
    const pk = await json(['table', 'pk', plan, '--opd', 'DINAS', '--tahun', '2026', '-f', 'json', '--lang', 'id']);
    expect(pk).toHaveLength(6); // KADIS and KABID; the staff answer for no target
    expect(pk[0].title).toBe('PERJANJIAN KINERJA TAHUN 2026 — DINAS UJI <B> KOTA UJI');
    // A kepala OPD signs with the head of the region, derived from the pemda when the plan does not name him.
    expect(pk[0].rows[1]).toEqual({ pihak: 'Pihak kedua', nama: null, jabatan: 'Wali Kota Uji', nip: null });
    expect(pk[3].rows[1]).toMatchObject({ pihak: 'Pihak kedua', jabatan: 'Kepala Dinas Uji, Dinas Uji <b>' });
    // Targets of the year; a target written only for the end of the period is not this year's.
    expect(pk[1].rows).toEqual([
      { no: 1, sasaran: 'Layanan yang baik', indikator: 'Indeks layanan', target: 72 },
      { no: null, sasaran: null, indikator: 'Cakupan', target: null },
    ]);
    expect(pk[1].notes[0]).toContain('1 indikator tidak memiliki target tahun 2026');
    // Money of the year; an amount for the whole period is said, not counted.
    expect(pk[2].rows).toEqual([
      { no: 1, program: '1.02.01 Program satu', anggaran: 20_000_000, keterangan: null },
      { no: 2, program: 'Program dua', anggaran: null, keterangan: 'Rp90.000.000 untuk seluruh periode; tidak ada rincian tahun 2026' },
    ]);
    expect(pk[2].footer[0].anggaran).toBe(20_000_000);
    expect(pk[5].rows).toEqual([{ no: 1, program: '1.02.01 Program satu', anggaran: 20_000_000, keterangan: null }]);
    // The terminal shows the signature block with dotted lines to write on.
    const text = await runInProcess(['table', 'pk', plan, '--jabatan', 'KABID', '--tahun', '2026', '--lang', 'id'], { env: { COLUMNS: '100' } });
    expect(text.stdout).toMatch(/^Pihak Kedua, +Pihak Pertama,$/m);
    expect(text.stdout).toMatch(/^NIP\. \.{24} +NIP\. \.{24}$/m);
    expect(text.stdout).toMatch(/^ +_{12}, _{16} 2026$/m);
  });

  it('English headers with --lang en; plan text stays escaped in Word', async () => {
    const plan = plans({ 'p.yaml': SMALL });
    const en = await json(['table', 'pk', plan, '--jabatan', 'KADIS', '--tahun', '2025', '-f', 'json', '--lang', 'en']);
    expect(en.map((t: { title: string }) => t.title)).toEqual([
      'Performance agreement 2025 — Dinas Uji <b> Kota Uji',
      'Annex: performance targets 2025 — Kepala Dinas Uji',
      'Budget 2025',
    ]);
    const md = await runInProcess(['table', 'pk', plan, '--jabatan', 'KADIS', '--tahun', '2025', '-f', 'md', '--lang', 'en']);
    expect(md.stdout).toContain('| No | Strategic objective | Performance indicator | Target 2025 |');
    expect(md.stdout).toContain('Dinas Uji \\<b\\>');
    const doc = await docx([plan, '--jabatan', 'KADIS', '--tahun', '2025', '--lang', 'id']);
    expect(flat(doc.paragraphs[0])).toContain('DINAS UJI <B>');
  });

  it('the year: --tahun, else this year within the period, never silently another', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const plan = plans({ 'p.yaml': SMALL });
    vi.setSystemTime(new Date('2027-03-01T08:00:00Z'));
    const pk = await json(['table', 'pk', plan, '--jabatan', 'KADIS', '-f', 'json', '--lang', 'id']);
    expect(pk[0].title).toContain('TAHUN 2027');
    expect(pk[1].rows[0].target).toBe(75);
    vi.setSystemTime(new Date('2031-03-01T08:00:00Z'));
    const late = await runInProcess(['table', 'pk', plan, '--jabatan', 'KADIS', '--lang', 'en']);
    expect(late.code).toBe(2);
    expect(late.stderr).toContain("2031 is outside the plan's periode 2025–2027: give --tahun");
  });

  it('refuses, exit 2, what has no PK: a position that answers for no target, no position named, an unknown one', async () => {
    const staff = await runInProcess(['table', 'pk', 'examples/pariwisata', '--jabatan', 'STAF-A', '--tahun', '2026', '--lang', 'en']);
    expect(staff.code).toBe(2);
    expect(staff.stderr).toContain('cascade table skp --jabatan STAF-A');
    const none = await runInProcess(['table', 'pk', 'examples/pariwisata', '--tahun', '2026', '--lang', 'en']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give --jabatan ID, or --opd ID');
    const typo = await runInProcess(['table', 'pk', 'examples/pariwisata', '--jabatan', 'KADIS-KOPP', '--tahun', '2026', '--lang', 'en']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('KADIS-KOP');
  });
});
