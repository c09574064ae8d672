// The realistic plan of issue 15: several OPDs, SPM counts, the levels of PermenPANRB 89/2021,
// crosscutting with a mitra, official kode. It validates clean; each defect class the LKE scores
// under indicator quality, written into it, is found at its line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/rule-tester.js';
import { ROOT } from '../helpers/cli.js';

const DIR = join(ROOT, 'examples/stunting');
const FILES: Record<string, string> = Object.fromEntries(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f, readFileSync(join(DIR, f), 'utf8')]),
);

/** The plan with one text replaced in one file, and the line the replacement starts on. */
function inject(file: string, from: string, to: string): { files: Record<string, string>; line: number } {
  const text = FILES[file];
  const at = text.indexOf(from);
  expect(at, `${file} has ${from}`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(from, at + 1), `${from} once in ${file}`).toBe(-1);
  return { files: { ...FILES, [file]: text.replace(from, to) }, line: text.slice(0, at).split('\n').length };
}

const found = (files: Record<string, string>) => lint(files).map((d) => `${d.file}:${d.line} ${d.rule}`);

describe('examples/stunting, the realistic plan', () => {
  it('has several OPDs, a mitra, SPM counts, every outcome level and official kode, and no finding at all', () => {
    const all = Object.values(FILES).join('\n');
    for (const key of ['tujuan_opd:', 'outcome_antara:', 'sasaran_program:', 'sasaran_kegiatan:', 'mitra: true', 'arah: tetap', 'kode: 1.02.02.2.02.0001'])
      expect(all).toContain(key);
    expect(lint(FILES)).toEqual([]);
  });

  const cases: Array<{ defect: string; rule: string; file: string; from: string; to: string; offset?: number; also?: string[] }> = [
    {
      defect: 'an output indicator at a Sasaran Strategis OPD',
      rule: 'indikator/sasaran-output',
      file: 'dppkb.yaml',
      from: '      - nama: Persentase keluarga berisiko stunting yang mendapat pendampingan',
      to: '      - nama: Jumlah dokumen rencana pendampingan keluarga yang disusun',
    },
    {
      defect: "a program measured by one of its kegiatan's indicators",
      rule: 'indikator/program-own',
      file: 'dpupr.yaml',
      from: '          - nama: Persentase sistem penyediaan air minum perdesaan yang berfungsi baik',
      to: '          - nama: Jumlah sambungan rumah air minum perdesaan',
    },
    {
      defect: 'the same indicator claimed by two OPDs with no crosscutting link (each OPD is told)',
      also: ['dppkb.yaml:14 indikator/duplicate-opd'], // the indicator it copies, told too
      rule: 'indikator/duplicate-opd',
      file: 'dpupr.yaml',
      from: '      - nama: Persentase desa lokus stunting dengan layanan air minum layak',
      to: '      - nama: Persentase keluarga berisiko stunting yang mendapat pendampingan',
    },
    {
      defect: 'money in a year whose targets are all zero (a fall to zero is also against arah)',
      also: [':0 target/arah'], // the 2027 target itself
      rule: 'anggaran/no-target',
      file: 'dppkb.yaml',
      from: '                    target: {2025: 20, 2026: 25, 2027: 30, 2028: 35, 2029: 40}',
      to: '                    target: {2025: 20, 2026: 25, 2027: 0, 2028: 35, 2029: 40}',
      offset: -4, // the amount for 2027, on the anggaran line above
    },
    {
      defect: 'a Sasaran Pemda with no acuan',
      rule: 'cascade/acuan',
      file: 'rpjmd.yaml',
      from: '        acuan: ISU-AIR\n',
      to: '',
      offset: -2, // the sasaran's id
    },
    {
      defect: 'a pelaksana holding an outcome-level target in its SKP',
      rule: 'jabatan/skp-output',
      file: 'dinkes.yaml',
      from: '\ntujuan_opd:\n',
      to: '  - {id: STAF-GIZI, nama: Pengelola Gizi, opd: DINKES, jenis: pelaksana, atasan: KADINKES, sasaran: DINKES.SS1}\n\ntujuan_opd:\n',
    },
  ];
  for (const c of cases) {
    it(`finds ${c.defect} at its line (${c.rule})`, () => {
      const { files, line } = inject(c.file, c.from, c.to);
      // The finding of that rule where the defect is, and nothing else but what the same change also breaks.
      // `:N rule` in also: N lines from the change, in the same file.
      const also = (c.also ?? []).map((a) => (a.startsWith(':') ? a.replace(/^:(-?\d+)/, (_, n) => `${c.file}:${line + Number(n)}`) : a));
      expect(found(files).sort()).toEqual([`${c.file}:${line + (c.offset ?? 0)} ${c.rule}`, ...also].sort());
    });
  }
});
