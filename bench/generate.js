// @ts-check
/**
 * Generates a realistic, VALID cascade plan: rpjmd.yaml (tujuan → sasaran → ksf) and one file per
 * OPD (sasaran_opd → program → kegiatan → sub_kegiatan, indicators with five-year targets, budgets
 * that add up to the pagu, SOP steps and the positions that carry them out). Deterministic for a
 * given seed, so two runs measure the same bytes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const YEARS = [2025, 2026, 2027, 2028, 2029];
const WORDS = [
  'pelayanan',
  'kesehatan',
  'pendidikan',
  'infrastruktur',
  'jalan',
  'jembatan',
  'air bersih',
  'sanitasi',
  'pariwisata',
  'UMKM',
  'koperasi',
  'pertanian',
  'perikanan',
  'lingkungan hidup',
  'persampahan',
  'transportasi',
  'angkutan umum',
  'ketertiban',
  'keamanan',
  'kependudukan',
  'perizinan',
  'investasi',
  'kebudayaan',
  'kepemudaan',
  'olahraga',
  'perpustakaan',
  'arsip',
  'komunikasi',
  'informatika',
  'statistik',
  'perencanaan',
  'keuangan daerah',
  'pendapatan',
  'aset',
  'kepegawaian',
  'pengawasan',
  'gizi balita',
  'demam berdarah',
  'stunting',
  'kemiskinan',
  'sosial',
];
const VERBS = ['Peningkatan', 'Pengembangan', 'Penyelenggaraan', 'Pembinaan', 'Pengelolaan', 'Penyediaan', 'Pemeliharaan', 'Fasilitasi'];
const UNITS = [
  ['%', 'capaian'],
  ['orang', 'orang'],
  ['unit', 'unit'],
  ['km', 'km'],
  ['dokumen', 'dokumen'],
  ['kegiatan', 'kali'],
];
const STAGES = ['Perencanaan', 'Pelaksanaan', 'Pelaporan dan evaluasi'];
const STEPS = [
  'Penyusunan kerangka acuan kerja',
  'Pembuatan surat undangan peserta',
  'Koordinasi dengan narasumber',
  'Penyiapan tempat dan bahan',
  'Pendataan peserta',
  'Penyusunan laporan',
];
const DURATIONS = ['30 menit', '1 jam', '2 jam', '1 jam 30 menit', '4 jam'];

/** A small seeded PRNG (mulberry32): the same plan on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rupiah in the Indonesian style people write: "Rp 1.250.000.000". */
function rupiah(n) {
  return `Rp ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

const q = (s) => JSON.stringify(s);

/**
 * The shape of a plan. Counts are per parent: `sub: 0` puts the SOP on the kegiatan itself;
 * `stages` × `steps` SOP steps per sub kegiatan (or kegiatan), done in turn by `positions` staff of
 * their own; `indicators` per node, each with a target for every year; `yearlyMoney` writes every
 * anggaran year by year (else one amount for the period); `crosscutting` makes every program
 * support the next OPD's first sasaran too.
 * @typedef {{ opds: number, sasaranOpd?: number, programs?: number, kegiatan?: number, sub?: number,
 *   stages?: number, steps?: number, positions?: number, indicators?: number, yearlyMoney?: boolean,
 *   crosscutting?: boolean, seed?: number }} PlanShape
 */

/**
 * @param {PlanShape} spec
 * @returns {Map<string, string>} file name → YAML text
 */
export function generatePlan(spec) {
  const {
    opds,
    sasaranOpd = 2,
    programs = 3,
    kegiatan = 3,
    sub = 3,
    stages = 2,
    steps = 2,
    positions = 1,
    indicators = 1,
    yearlyMoney = true,
    crosscutting = false,
    seed = 42,
  } = spec;
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const files = new Map();

  const header = (what) => `# ${what}\ncascade: 1\npemda: Kabupaten Contoh\nperiode: 2025-2029\n`;

  // Indicator lines at a given indent: five-year targets that move with `arah`, in range.
  const indicator = (pad, id, name) => {
    const [satuan, word] = pick(UNITS);
    const turun = rnd() < 0.2;
    const pct = satuan === '%';
    let v = pct ? int(turun ? 40 : 20, 60) : int(10, 500);
    const step = pct ? int(1, 5) : int(1, 40);
    const base = v;
    const targets = YEARS.map(() => (v = turun ? Math.max(0, v - step) : pct ? Math.min(100, v + step) : v + step));
    const shown = targets.map((t, i) => `${YEARS[i]}: ${pct && i === 4 ? q(`${t}%`) : t}`);
    return [
      `${pad}- ${id ? `id: ${id}\n${pad}  ` : ''}nama: ${q(`${pct ? '% ' : 'Jumlah '}${word} ${name}`)}`,
      `${pad}  satuan: ${q(satuan)}`,
      ...(turun ? [`${pad}  arah: turun`] : []),
      `${pad}  baseline: {tahun: 2024, nilai: ${base}}`,
      `${pad}  target: {${shown.join(', ')}}`,
    ].join('\n');
  };

  // `indicators` of them, the first with the id given.
  const indicatorList = (pad, id, name) => Array.from({ length: indicators }, (_, i) => indicator(pad, i === 0 ? id : undefined, name)).join('\n');
  /** An anggaran: year by year, or one amount for the period. */
  const anggaran = (money, fmt) => (yearlyMoney ? `{${money.map((m, i) => `${YEARS[i]}: ${fmt(m)}`).join(', ')}}` : fmt(money.reduce((a, b) => a + b, 0)));
  /** SOP lines at an indent, its steps done in turn by the staff given. */
  const sop = (pad, s, staff) => {
    let n = 0;
    return Array.from({ length: stages }, (_, t) => [
      `${pad}- tahap: ${STAGES[t % STAGES.length]} ${pick(WORDS)}`,
      `${pad}  langkah:`,
      ...Array.from({ length: steps }, () => {
        const who = staff[n % staff.length];
        n++;
        return [
          `${pad}    - nama: ${STEPS[(t * steps + n + s) % STEPS.length]}`,
          `${pad}      output: ${int(1, 5)} dokumen`,
          `${pad}      durasi: ${pick(DURATIONS)}`,
          `${pad}      pelaksana: ${who}`,
          `${pad}      frekuensi: ${int(1, 4)}`,
        ];
      }).flat(),
    ]).flat();
  };

  // rpjmd.yaml: one sasaran per four OPDs, each with key success factors the OPDs support.
  const sasaranCount = Math.max(1, Math.ceil(opds / 4));
  const ksfIds = [];
  const rp = [header('RPJMD: tujuan, sasaran Pemda and their key success factors'), 'acuan:'];
  rp.push(
    '  - {id: VM-1, nama: "Misi 1: pelayanan publik yang prima", jenis: visi-misi}',
    '  - {id: ISU-1, nama: Ketimpangan layanan antarwilayah, jenis: isu}',
  );
  rp.push(
    '',
    'tujuan:',
    '  - id: T1',
    '    nama: Meningkatnya kesejahteraan masyarakat',
    '    indikator:',
    indicator('      ', 'T1.I1', 'kesejahteraan'),
    '    sasaran:',
  );
  for (let s = 1; s <= sasaranCount; s++) {
    rp.push(
      `      - id: S${s}`,
      `        nama: ${q(`Meningkatnya kualitas ${pick(WORDS)} wilayah ${s}`)}`,
      '        acuan: [VM-1, ISU-1]',
      '        indikator:',
      indicatorList('          ', `S${s}.I1`, 'daerah'),
      '        ksf:',
    );
    for (let k = 1; k <= 4; k++) {
      const id = `S${s}.KSF${k}`;
      ksfIds.push(id);
      rp.push(`          - {id: ${id}, nama: ${q(`${pick(VERBS)} ${pick(WORDS)}`)}}`);
    }
  }
  files.set('rpjmd.yaml', `${rp.join('\n')}\n`);

  for (let o = 1; o <= opds; o++) {
    const opd = `OPD${String(o).padStart(3, '0')}`;
    const urusan = `${1 + (o % 4)}.${String(1 + (o % 30)).padStart(2, '0')}`;
    const lines = [header(`Renstra ${opd}: sasaran strategis, program, kegiatan, sub kegiatan, SOP and positions`)];
    const jabatan = [
      `  - {id: ${opd}-KADIS, nama: Kepala Dinas ${o}, opd: ${opd}, jenis: struktural, eselon: II, sasaran: [${Array.from({ length: sasaranOpd }, (_, i) => `${opd}.SS${i + 1}`).join(', ')}]}`,
    ];
    const pagu = YEARS.map(() => 0);
    const body = ['sasaran_opd:'];
    let prog = 0;
    for (let ss = 1; ss <= sasaranOpd; ss++) {
      const ssId = `${opd}.SS${ss}`;
      const kabid = `${opd}-KABID${ss}`;
      const progIds = [];
      body.push(
        `  - id: ${ssId}`,
        `    nama: ${q(`Meningkatnya ${pick(WORDS)} ${opd}`)}`,
        `    opd: ${opd}`,
        `    mendukung: ${ksfIds[(o * sasaranOpd + ss) % ksfIds.length]}`,
        '    indikator:',
        indicatorList('      ', undefined, 'sasaran'),
        '    program:',
      );
      for (let p = 1; p <= programs; p++) {
        prog++;
        const pId = `${ssId}.P${p}`;
        progIds.push(pId);
        const pKode = `${urusan}.${String(prog).padStart(2, '0')}`;
        const kasi = `${opd}-KASI${ss}${p}`;
        const kegIds = [];
        const progLines = [];
        const progMoney = YEARS.map(() => 0);
        for (let k = 1; k <= kegiatan; k++) {
          const kId = `${pId}.K${k}`;
          kegIds.push(kId);
          const kKode = `${pKode}.${1 + (k % 2)}.${String(k).padStart(2, '0')}`;
          const kegMoney = YEARS.map(() => 0);
          const subLines = [];
          // The staff of a sub kegiatan slot of a program, shared by its kegiatan (all under the same kasi).
          const staffOf = (s) => Array.from({ length: positions }, (_, n) => `${opd}-STAF${ss}${p}${s}${positions > 1 ? `-${n + 1}` : ''}`);
          const hire = (s) => {
            if (k !== 1) return;
            for (const [n, staf] of staffOf(s).entries())
              jabatan.push(`  - {id: ${staf}, nama: Staf pelaksana ${ss}.${p}.${s}.${n + 1}, opd: ${opd}, jenis: pelaksana, atasan: ${kasi}}`);
          };
          for (let s = 1; s <= sub; s++) {
            const money = YEARS.map(() => int(5, 90) * 10_000_000);
            for (const [i, m] of money.entries()) kegMoney[i] += m;
            subLines.push(
              `          - id: ${kId}.S${s}`,
              `            nama: ${q(`${pick(VERBS)} ${pick(WORDS)} tahap ${s}`)}`,
              `            kode: ${kKode}.${String(s).padStart(4, '0')}`,
              `            anggaran: ${anggaran(money, (m) => q(rupiah(m)))}`,
              '            indikator:',
              indicatorList('              ', undefined, 'sub kegiatan'),
              '            sop:',
              ...sop('              ', s, staffOf(s)),
            );
            hire(s);
          }
          if (sub === 0) {
            // No sub kegiatan: the kegiatan holds the money and the SOP itself.
            for (const [i, m] of YEARS.map(() => int(5, 90) * 30_000_000).entries()) kegMoney[i] += m;
            subLines.push(...sop('          ', 1, staffOf(1)));
            hire(1);
          }
          for (const [i, m] of kegMoney.entries()) progMoney[i] += m;
          progLines.push(
            `        - id: ${kId}`,
            `          nama: ${q(`${pick(VERBS)} ${pick(WORDS)}`)}`,
            `          kode: ${kKode}`,
            `          anggaran: ${anggaran(kegMoney, String)}`,
            '          indikator:',
            indicatorList('            ', undefined, 'kegiatan'),
            sub > 0 ? '          sub_kegiatan:' : '          sop:',
            ...subLines,
          );
        }
        for (const [i, m] of progMoney.entries()) pagu[i] += m;
        body.push(
          `      - id: ${pId}`,
          `        nama: ${q(`Program ${pick(VERBS).toLowerCase()} ${pick(WORDS)}`)}`,
          `        kode: ${pKode}`,
          ...(crosscutting && opds > 1 ? [`        mendukung: [OPD${String((o % opds) + 1).padStart(3, '0')}.SS1]`] : []),
          `        anggaran: ${anggaran(progMoney, (m) => q(rupiah(m)))}`,
          '        indikator:',
          indicatorList('          ', `${pId}.I1`, 'program'),
          '        kegiatan:',
          ...progLines,
        );
        jabatan.push(
          `  - {id: ${kasi}, nama: Kepala Seksi ${ss}.${p}, opd: ${opd}, jenis: struktural, eselon: IV, atasan: ${kabid}, sasaran: [${kegIds.join(', ')}]}`,
        );
      }
      jabatan.push(
        `  - {id: ${kabid}, nama: Kepala Bidang ${ss}, opd: ${opd}, jenis: struktural, eselon: III, atasan: ${opd}-KADIS, sasaran: [${progIds.join(', ')}]}`,
      );
    }
    lines.push(
      'opd:',
      `  - id: ${opd}`,
      `    nama: ${q(`Dinas ${pick(WORDS)} ${o}`)}`,
      `    pagu: ${anggaran(pagu, (m) => q(rupiah(m)))}`,
      '',
      ...body,
      '',
      'jabatan:',
      ...jabatan,
    );
    files.set(`${opd.toLowerCase()}.yaml`, `${lines.join('\n')}\n`);
  }
  return files;
}

/** Writes a generated plan into `dir` (emptied first); returns its size in bytes. */
export function writePlan(dir, spec) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const [name, text] of generatePlan(spec)) {
    writeFileSync(join(dir, name), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
