// `cascade --help` in Indonesian: the commands are declared in English, and with --lang id (or an
// id_* locale) their descriptions, commander's own headings and its error lines are translated here.
import { Help, type Command } from 'commander';

/** Every description the commands declare, in Indonesian (test/cli/help-id.test.ts fails on a gap). */
export const HELP_ID: Record<string, string> = {
  'Check, draw and tabulate performance cascades (pohon kinerja) kept as YAML.':
    'Periksa, gambar, dan tabulasikan cascading kinerja (pohon kinerja) yang disimpan sebagai YAML.',
  'output the version number': 'tampilkan nomor versi',
  'language of messages (default: from LANG)': 'bahasa pesan (bawaan: dari LANG)',
  'configuration file (default: the nearest cascade.config.yaml from the working folder up)':
    'file konfigurasi (bawaan: cascade.config.yaml terdekat dari folder kerja ke atas)',
  'use no configuration file': 'tanpa file konfigurasi',
  'display help for command': 'tampilkan bantuan perintah',
  'files or folders (default: the current folder)': 'file atau folder (bawaan: folder saat ini)',
  'write to a file instead of the terminal': 'tulis ke file, bukan ke terminal',
  'no colour in the output': 'keluaran tanpa warna',
  'CSV without the UTF-8 byte-order mark Excel needs (for other tools)': 'CSV tanpa penanda urutan byte UTF-8 yang dibutuhkan Excel (untuk alat lain)',
  // validate
  'check plan files: structure, links, targets, budgets, positions (exit 1 on errors)':
    'periksa file rencana: struktur, keterkaitan, target, anggaran, jabatan (keluar 1 bila ada galat)',
  'write the report to a file': 'tulis laporan ke file',
  'report errors only, not warnings or info': 'laporkan galat saja, tanpa peringatan atau info',
  'exit 1 when there are more than n warnings (-1: no limit)': 'keluar 1 bila peringatan lebih dari n (-1: tanpa batas)',
  'apply the fixes that cannot change meaning (tabs, a misspelt key, `cascade: 1`), then report what remains':
    'terapkan perbaikan yang tidak mengubah makna (tab, kunci salah eja, `cascade: 1`), lalu laporkan sisanya',
  'print the fixes --fix would apply as a unified diff; change nothing':
    'cetak perbaikan yang akan diterapkan --fix sebagai unified diff; tidak mengubah apa pun',
  'check the plan text given on standard input': 'periksa teks rencana yang diberikan lewat masukan standar',
  'the file the --stdin text stands for (its plan is read for references)': 'file yang diwakili teks --stdin (rencananya dibaca untuk rujukan)',
  // rules, schema, init
  'list the checks of `cascade validate`: id, default severity, description': 'daftar pemeriksaan `cascade validate`: id, tingkat bawaan, uraian',
  'text or json': 'text atau json',
  'print the JSON Schema (draft-07) of plan files, or of cascade.config.yaml, for editors':
    'cetak JSON Schema (draft-07) file rencana, atau cascade.config.yaml, untuk editor',
  'plan or config': 'plan atau config',
  'write the schema to a file': 'tulis skema ke file',
  'start a planning repo: rpjmd.yaml, one OPD file, cascade.config.yaml, a CI workflow (never overwrites)':
    'mulai repo perencanaan: rpjmd.yaml, satu file OPD, cascade.config.yaml, alur kerja CI (tidak pernah menimpa)',
  'where to create it (default: the current folder)': 'tempat membuatnya (bawaan: folder saat ini)',
  'the local government': 'pemerintah daerah',
  'the RPJMD period, e.g. 2025-2029': 'periode RPJMD, mis. 2025-2029',
  // import
  'turn a Renstra T-C.27 or RPJMD matrix workbook (.xlsx) or its CSV export into a planning repo (never overwrites)':
    'ubah workbook Renstra T-C.27 atau matriks RPJMD (.xlsx) atau ekspor CSV-nya menjadi repo perencanaan (tidak pernah menimpa)',
  'the workbooks (.xlsx) or CSV exports to read: one plan (an RPJMD matrix and the Renstra of its OPDs)':
    'workbook (.xlsx) atau ekspor CSV yang dibaca: satu rencana (matriks RPJMD dan Renstra OPD-nya)',
  'the folder of the planning repo to write (default: the current folder)': 'folder repo perencanaan yang ditulis (bawaan: folder saat ini)',
  'the id of the OPD, for a sheet of one OPD (default: from its name)': 'id OPD, untuk lembar satu OPD (bawaan: dari namanya)',
  'the local government (default: from the title above the table)': 'pemerintah daerah (bawaan: dari judul di atas tabel)',
  'the plan period, e.g. 2025-2029 (default: from the title or the year columns)': 'periode rencana, mis. 2025-2029 (bawaan: dari judul atau kolom tahun)',
  // tables
  'print a table of the plan for the Renstra: iku, cascade, crosscutting, sop, skp': 'cetak tabel rencana untuk Renstra: iku, cascade, crosscutting, sop, skp',
  'which table (see `cascade table --help`)': 'tabel mana (lihat `cascade table --help`)',
  'only this OPD': 'hanya OPD ini',
  'the position (for skp)': 'jabatan (untuk skp)',
  'only this year': 'hanya tahun ini',
  'table, md, csv, json, xlsx or docx (default: from the -o extension, else table)':
    'table, md, csv, json, xlsx atau docx (bawaan: dari ekstensi -o, selain itu table)',
  'money of the plan per OPD (pagu, allocated, remaining), program, kegiatan or Pemda target':
    'anggaran rencana per OPD (pagu, dialokasikan, sisa), program, kegiatan atau sasaran Pemda',
  "one year's money instead of the whole period's": 'anggaran satu tahun, bukan seluruh periode',
  'short rupiah: Rp4,0 M instead of Rp4.000.000.000': 'rupiah ringkas: Rp4,0 M, bukan Rp4.000.000.000',
  'workload of positions from their SOP steps (hours a year, share of the effective time) and the staff each OPD needs':
    'beban kerja jabatan dari langkah SOP-nya (jam per tahun, porsi waktu efektif) dan kebutuhan pegawai tiap OPD',
  'only the positions of this OPD': 'hanya jabatan di OPD ini',
  // report
  'write the whole plan as one self-contained web page: summary, chart, findings, tables':
    'tulis seluruh rencana sebagai satu halaman web mandiri: ringkasan, bagan, temuan, tabel',
  'the HTML file to write, e.g. laporan.html': 'file HTML yang ditulis, mis. laporan.html',
  "the tables' year (default: the whole period)": 'tahun tabel (bawaan: seluruh periode)',
  // render
  'draw the pohon kinerja: svg, png, dot or mermaid': 'gambar pohon kinerja: svg, png, dot atau mermaid',
  'svg, png, dot or mermaid (default: from the -o extension, else svg)': 'svg, png, dot atau mermaid (bawaan: dari ekstensi -o, selain itu svg)',
  'write to a file instead of stdout (needed for png on a terminal)': 'tulis ke file, bukan ke stdout (wajib untuk png di terminal)',
  'only this node and what is under it': 'hanya simpul ini dan yang di bawahnya',
  'only n links below the top boxes (0: the top boxes alone)': 'hanya n tingkat di bawah kotak teratas (0: kotak teratas saja)',
  "only this OPD's boxes, under the Pemda targets they serve": 'hanya kotak OPD ini, di bawah sasaran Pemda yang didukungnya',
  'only these levels, e.g. sasaran,sasaran_opd,program': 'hanya level ini, mis. sasaran,sasaran_opd,program',
  'TB (top to bottom) or LR (left to right)': 'TB (atas ke bawah) atau LR (kiri ke kanan)',
  'TB (top to bottom) or LR (left to right); with --page, the one that fits the page better':
    'TB (atas ke bawah) atau LR (kiri ke kanan); dengan --page, yang lebih pas di halaman',
  'opd: one chart of the Pemda level and one per OPD, written into the folder -o names':
    'opd: satu bagan tingkat Pemda dan satu per OPD, ditulis ke folder yang disebut -o',
  'a4 or a3: lay the chart out on a landscape page, and say when its text would be too small to read':
    'a4 atau a3: tata bagan pada halaman lanskap, dan beri tahu bila teksnya terlalu kecil untuk dibaca',
  // trace
  'line of sight of a node, indicator, jabatan, SOP step or acuan: the chain up to the Pemda targets and their acuan, and what supports it below':
    'garis pandang (line of sight) simpul, indikator, jabatan, langkah SOP atau acuan: rantai ke atas sampai sasaran Pemda dan acuannya, serta pendukungnya di bawah',
  'id of a node, indicator, jabatan or acuan; or an SOP step by id or label ("DISKOPUKM.K1 langkah 1")':
    'id simpul, indikator, jabatan atau acuan; atau langkah SOP dengan id atau labelnya ("DISKOPUKM.K1 langkah 1")',
  'output format: tree, json': 'format keluaran: tree, json',
};

/** Descriptions built from lists, by their English shape. */
const HELP_ID_PATTERNS: Array<[RegExp, string]> = [
  [/^one row per: (.*)$/, 'satu baris per: $1'],
  [
    /^output format: (.*) \(default: from the -o extension; stylish; github in GitHub Actions\)$/,
    'format keluaran: $1 (bawaan: dari ekstensi -o; stylish; github di GitHub Actions)',
  ],
];

const TITLES: Record<string, string> = {
  'Usage:': 'Penggunaan:',
  'Arguments:': 'Argumen:',
  'Options:': 'Opsi:',
  'Commands:': 'Perintah:',
  'Global Options:': 'Opsi global:',
};

/** The Indonesian of a declared description, or undefined when there is none. */
export function helpTextId(en: string): string | undefined {
  if (en in HELP_ID) return HELP_ID[en];
  for (const [re, id] of HELP_ID_PATTERNS) if (re.test(en)) return en.replace(re, id);
  return undefined;
}

const tr = (en: string) => helpTextId(en) ?? en;

/** commander's own help, whose "(default: …)" and "(choices: …)" the Indonesian help renames. */
const plain = new Help();
const withIndonesianExtras = (text: string) => text.replace('(default: ', '(bawaan: ').replace('(choices: ', '(pilihan: ');

/** commander's own error lines, in Indonesian. */
function errorId(text: string): string {
  return text
    .replace(/^error: unknown option '([^']*)'/m, "galat: opsi '$1' tidak dikenal")
    .replace(/^error: unknown command '([^']*)'/m, "galat: perintah '$1' tidak dikenal")
    .replace(/^error: missing required argument '([^']*)'/m, "galat: argumen wajib '$1' tidak ada")
    .replace(/^error: option '([^']*)' argument missing/m, "galat: nilai opsi '$1' tidak ada")
    .replace(
      /^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./m,
      "galat: nilai '$2' untuk opsi '$1' tidak sah. Pilihan: $3.",
    )
    .replace(/^error: too many arguments(.*)\. Expected (\d+) arguments? but got (\d+)\./m, 'galat: argumen terlalu banyak$1. Diharapkan $2, diberikan $3.')
    .replace(/\(Did you mean (one of )?(.*)\?\)/, '(Maksud Anda $2?)');
}

/** Turns the help of `program` and every command under it into Indonesian. */
export function helpInIndonesian(program: Command): void {
  const visit = (cmd: Command) => {
    cmd.description(tr(cmd.description()));
    for (const o of cmd.options) o.description = tr(o.description);
    for (const a of cmd.registeredArguments) a.description = tr(a.description);
    cmd.helpOption('-h, --help', tr('display help for command'));
    cmd.configureHelp({
      styleTitle: (s: string) => TITLES[s] ?? s,
      optionDescription: (o) => withIndonesianExtras(plain.optionDescription(o)),
      argumentDescription: (a) => withIndonesianExtras(plain.argumentDescription(a)),
    });
    cmd.configureOutput({ outputError: (s, write) => write(errorId(s)) });
    cmd.commands.forEach(visit);
  };
  program.helpCommand('help [command]', tr('display help for command'));
  visit(program);
}
