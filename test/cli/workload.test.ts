import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';

// In process: what the command prints and its exit code are the point here, not the process.
const runCli = runInProcess;

describe('cascade workload', () => {
  it('shows the SOP of seed section 9: Staf A at 8 hours, Staf B and C at 30 minutes each', async () => {
    const r = await runCli(['workload', 'examples/pariwisata']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ STAF-A +│ Staf A +│ DISKOPUKM │ +1 │ +8 jam │ +0,64% │/);
    expect(r.stdout).toMatch(/│ STAF-B +│ Staf B +│ DISKOPUKM │ +1 │ +30 menit │ +0,04% │/);
    expect(r.stdout).toMatch(/│ STAF-C +│ Staf C +│ DISKOPUKM │ +1 │ +30 menit │ +0,04% │/);
    expect(r.stdout).toMatch(/│ DISKOPUKM │ Dinas Koperasi dan UKM │ +6 │ +3 │ +9 jam │ +0,01 │/);
  });

  it('gives exact numbers in JSON, and filters by OPD', async () => {
    const r = await runCli(['workload', 'examples/pariwisata', '--format', 'json', '--opd', 'DISKOPUKM']);
    expect(r.code).toBe(0);
    const [positions, opds] = JSON.parse(r.stdout);
    const staf = positions.rows.filter((row: { langkah: number }) => row.langkah > 0);
    expect(staf).toEqual([
      { jabatan: 'STAF-A', nama: 'Staf A', opd: 'DISKOPUKM', langkah: 1, jam_per_tahun: 8, porsi: 0.64 },
      { jabatan: 'STAF-B', nama: 'Staf B', opd: 'DISKOPUKM', langkah: 1, jam_per_tahun: 0.5, porsi: 0.04 },
      { jabatan: 'STAF-C', nama: 'Staf C', opd: 'DISKOPUKM', langkah: 1, jam_per_tahun: 0.5, porsi: 0.04 },
    ]);
    expect(opds.rows).toEqual([{ opd: 'DISKOPUKM', nama: 'Dinas Koperasi dan UKM', jabatan: 6, langkah: 3, jam_per_tahun: 9, pegawai: 9 / 1250 }]);
  });

  it('counts frequencies, days of the configured length, and staff needed per OPD', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cascade-workload-'));
    writeFileSync(
      join(dir, 'plan.yaml'),
      [
        'cascade: 1',
        'opd: [{id: DINAS, nama: Dinas}]',
        'jabatan:',
        '  - {id: LOKET, nama: Petugas Loket, opd: DINAS, jenis: pelaksana}',
        '  - {id: VERIF, nama: Verifikator, opd: DINAS, jenis: pelaksana}',
        'kegiatan:',
        '  - id: KG',
        '    nama: Pelayanan izin',
        '    opd: DINAS',
        '    sop:',
        '      - tahap: Pelayanan',
        '        langkah:',
        '          - {nama: Menerima berkas, output: 1 berkas, durasi: 15 menit, frekuensi: 20 kali per minggu, pelaksana: LOKET}',
        '          - {nama: Verifikasi, output: 1 berkas, durasi: 1 hari, frekuensi: 200, pelaksana: VERIF}',
        '          - {nama: Arsip, output: 1 berkas, durasi: 10 mnit, pelaksana: LOKET}',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'cascade.config.yaml'), 'settings:\n  hoursPerDay: 8\n');
    const r = await runCli(['workload', dir, '-f', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    const [positions, opds] = JSON.parse(r.stdout);
    // 15 menit × 20 × 52 = 260 jam; 1 hari (8 jam) × 200 = 1.600 jam; the unreadable step counts for nothing and is noted.
    expect(positions.rows.map((x: { jam_per_tahun: number }) => x.jam_per_tahun)).toEqual([260, 1600]);
    expect(positions.notes.join('\n')).toContain('LOKET: 1 step without a readable durasi or frekuensi');
    expect(positions.notes[0]).toContain('a working day (hari) is 8 jam');
    expect(opds.rows[0]).toMatchObject({ jam_per_tahun: 1860, pegawai: 1860 / 1250 });
    const md = (await runCli(['workload', dir, '-f', 'md', '--lang', 'id'], { cwd: dir })).stdout;
    expect(md).toContain('| VERIF | Verifikator | DINAS | 1 | 1.600 jam | 128% |');
    expect(md).toContain('| DINAS | Dinas | 2 | 3 | 1.860 jam | 1,49 |');
  });

  it('an unknown OPD or format is a usage error: exit 2, one line, no stack trace', async () => {
    const r = await runCli(['workload', 'examples/pariwisata', '--opd', 'DISKOPUK']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cascade: No OPD "DISKOPUK" in the plan. Did you mean DISKOPUKM?\n');
    const f = await runCli(['workload', 'examples/pariwisata', '--format', 'pdf']);
    expect(f.code).toBe(2);
    expect(hasStackTrace(f.stderr)).toBe(false);
  });
});
