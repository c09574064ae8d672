import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';

// In process: what the command prints and its exit code are the point here, not the process.
const runCli = runInProcess;

interface Item {
  kind: string;
  id: string;
  role?: string;
  detail?: string;
  repeated?: boolean;
  indikator?: Item[];
  acuan?: Item[];
  children: Item[];
}

/** Every path from the top of an up-tree, as ids joined by " < " (child first). */
function chains(items: Item[], prefix: string[] = []): string[] {
  return items.flatMap((i) => (i.children.length ? chains(i.children, [...prefix, i.id]) : [[...prefix, i.id].join(' < ')]));
}

function plan(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cascade-trace-'));
  writeFileSync(join(dir, 'plan.yaml'), text);
  return dir;
}

describe('cascade trace', () => {
  it('from a kegiatan of the tourism example up to its Pemda target and acuan, and down to its SOP steps', async () => {
    const r = await runCli(['trace', 'DISKOPUKM.K1', 'examples/pariwisata']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('DISKOPUKM.K1 · kegiatan · Pelatihan pengembangan usaha baru [DISKOPUKM]');
    expect(r.stdout).toContain('         └─ S1 · sasaran Pemda · Meningkatkan industri pariwisata\n');
    expect(r.stdout).toContain('indicator: PDRB sektor pariwisata · target 10% (2029)');
    expect(r.stdout).toContain('acuan: VM-2 (visi-misi) Misi 2: mewujudkan perekonomian daerah yang berdaya saing');
    expect(r.stdout).toContain(
      '├─ DISKOPUKM.K1 langkah 1 · SOP step · Penyusunan proposal tempat pelatihan dan magang · 1 proposal · 8 jam × 1 · STAF-A (Staf A)',
    );
    expect(r.stdout).toContain('✔ Line of sight reaches the Pemda target S1 (acuan VM-2, ISU-PAR).');
  });

  it('says "faktor kunci" in Indonesian, as the chart does', async () => {
    const r = await runCli(['trace', 'DISKOPUKM.K1', 'examples/pariwisata', '--lang', 'id']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('KSF-IKM · faktor kunci ·');
    expect(r.stdout).not.toContain('key success factor');
  });

  it('gives tools the same trace as JSON', async () => {
    const r = await runCli(['trace', 'DISKOPUKM.K1', 'examples/pariwisata', '--format', 'json']);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout);
    expect(t.subject).toMatchObject({ kind: 'node', id: 'DISKOPUKM.K1', level: 'kegiatan', opd: 'DISKOPUKM' });
    expect(chains(t.up)).toEqual(['DISKOPUKM.P1 < DISKOPUKM.SS1 < KSF-IKM < S1']);
    expect(t.pemda).toEqual([
      {
        id: 'S1',
        nama: 'Meningkatkan industri pariwisata',
        acuan: [
          { id: 'VM-2', jenis: 'visi-misi', nama: 'Misi 2: mewujudkan perekonomian daerah yang berdaya saing' },
          { id: 'ISU-PAR', jenis: 'isu', nama: 'Kontribusi sektor pariwisata terhadap PDRB masih rendah' },
        ],
      },
    ]);
    expect(t.down.map((i: Item) => `${i.kind} ${i.id}`)).toEqual([
      'jabatan KASI-PELATIHAN',
      'step DISKOPUKM.K1 langkah 1',
      'step DISKOPUKM.K1 langkah 2',
      'step DISKOPUKM.K1 langkah 3',
    ]);
  });

  it('from a position: its atasan chain, and through its steps up to the Pemda target', async () => {
    const t = JSON.parse((await runCli(['trace', 'STAF-B', 'examples/pariwisata', '-f', 'json'])).stdout);
    expect(chains(t.up)).toEqual(['KASI-PELATIHAN < KABID-UKM < KADIS-KOP', 'DISKOPUKM.K1 < DISKOPUKM.P1 < DISKOPUKM.SS1 < KSF-IKM < S1']);
    expect(t.down).toMatchObject([{ kind: 'step', id: 'DISKOPUKM.K1 langkah 2', detail: '1 surat · 30 menit × 1 · DISKOPUKM.K1 · Perencanaan pelatihan' }]);
  });

  it('from an indicator, from a step by its label, in Indonesian', async () => {
    const ind = JSON.parse((await runCli(['trace', 'S1.I1', 'examples/pariwisata', '-f', 'json'])).stdout);
    expect(ind.subject).toMatchObject({ kind: 'indicator', detail: 'target 10% (2029)' });
    expect(ind.pemda.map((p: { id: string }) => p.id)).toEqual(['S1']);
    const r = await runCli(['trace', 'DISKOPUKM.K1 langkah 3', 'examples/pariwisata', '--lang', 'id']);
    expect(r.stdout).toContain('└─ STAF-C · jabatan (pelaksana) · Staf C [DISKOPUKM] · pelaksana');
    expect(r.stdout).toContain('✔ Garis pandang mencapai sasaran Pemda S1');
  });

  it('says when the line of sight reaches no Pemda target, and shows control characters of plan text as escapes', async () => {
    const dir = plan('cascade: 1\nprogram:\n  - {id: P1, nama: "Program \\e[31mmerah\\e[0m", kegiatan: [{id: K1, nama: k}]}\n');
    const r = await runCli(['trace', 'K1', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('└─ P1 · program · Program \\u001b[31mmerah\\u001b[0m');
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('✖ Line of sight reaches no Pemda target (sasaran).');
  });

  it('a diamond is expanded once, then marked as shown', async () => {
    const dir = plan(
      [
        'cascade: 1',
        'sasaran:',
        '  - {id: S1, nama: s, ksf: [{id: K1, nama: a}, {id: K2, nama: b}]}',
        'sasaran_opd:',
        '  - {id: SS, nama: ss, opd: D, mendukung: [K1, K2]}',
        '',
      ].join('\n'),
    );
    const t = JSON.parse((await runCli(['trace', 'SS', dir, '-f', 'json'])).stdout);
    expect(chains(t.up)).toEqual(['K1 < S1', 'K2 < S1']);
    expect(t.up[1].children[0].repeated).toBe(true);
  });

  it('an unknown id is a usage error with a did-you-mean, exit 2 and no stack trace', async () => {
    const r = await runCli(['trace', 'DISKOPUKM.K9', 'examples/pariwisata']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('cascade: Nothing to trace by the id "DISKOPUKM.K9" in the plan. Did you mean DISKOPUKM.K1?\n');
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect((await runCli(['trace', 'DISKOPUKM', 'examples/pariwisata'])).stderr).toContain('is an OPD');
    expect((await runCli(['trace', 'S1', 'examples/pariwisata', '-f', 'svg'])).code).toBe(2);
  });
});
