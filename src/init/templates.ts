import type { Lang } from '../core/message.js';

/** What the starter plan is about: the user's Pemda and plan period. */
export interface StarterParams {
  pemda: string;
  mulai: number;
  selesai: number;
  /** What the CI workflow installs: the package pinned to this release (`cascade-kinerja@0.1.0`). */
  packageSpec: string;
}

/** A file of the starter repo: its path (with `/`) and its text. */
export interface StarterFile {
  path: string;
  text: string;
}

/** Quotes a name for YAML when it holds anything but plain words. */
function q(s: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .()/-]*$/u.test(s) && !/ #|: /.test(s) ? s : JSON.stringify(s);
}

/**
 * The files of `cascade init`, their comments in the user's language. The plan follows the
 * seed's tourism case down to an SOP step done by a named position, so every level is shown once.
 */
export function starterFiles(lang: Lang, p: StarterParams, schemas: { plan: string; config: string }): StarterFile[] {
  const c = (en: string, id: string) => (lang === 'id' ? id : en);
  const years = Array.from({ length: p.selesai - p.mulai + 1 }, (_, i) => p.mulai + i);
  const ramp = (from: number, step: number) => `{${years.map((y, i) => `${y}: ${from + step * i}`).join(', ')}}`;
  const head = (schema: string) => `# yaml-language-server: $schema=${schema}`;
  const periode = `${p.mulai}-${p.selesai}`;

  const rpjmd = `${head('schemas/cascade.schema.json')}
# ${c(
    'The Pemda level of the plan (RPJMD): the development targets and what drives them.',
    'Tingkat Pemda dari rencana (RPJMD): sasaran pembangunan dan pendorongnya.',
  )}
# ${c(
    'Every *.yaml file with `cascade: 1` in this folder is part of one plan; ids are shared by all files.',
    'Setiap file *.yaml yang memuat `cascade: 1` di folder ini adalah bagian dari satu rencana; id berlaku di semua file.',
  )}
# ${c('Check it with `cascade validate`; see the tree with `cascade render`.', 'Periksa dengan `cascade validate`; lihat pohonnya dengan `cascade render`.')}
cascade: 1                      # ${c('format version', 'versi format')}
pemda: ${q(p.pemda)}
periode: ${periode}             # ${c('the RPJMD period; every file of the plan says the same', 'periode RPJMD; semua file rencana menyatakan hal yang sama')}

# ${c('What the targets answer: rpjmn, visi-misi, janji-politik or isu.', 'Yang dijawab oleh sasaran: rpjmn, visi-misi, janji-politik, atau isu.')}
acuan:
  - id: MISI-2
    nama: "Misi 2: mewujudkan perekonomian daerah yang berdaya saing"
    jenis: visi-misi

# ${c(
    'Every agency (OPD) with its budget ceiling (pagu): per year {2025: …} or one amount for the period.',
    'Setiap OPD dengan pagu anggarannya: per tahun {2025: …} atau satu jumlah untuk seluruh periode.',
  )}
opd:
  - id: DISPAR
    nama: Dinas Pariwisata
    singkatan: DIS PAR
    pagu: Rp 3 M

# ${c(
    'Sasaran pembangunan Pemda: outcome targets, each measured by indicators.',
    'Sasaran pembangunan Pemda: sasaran outcome, masing-masing diukur dengan indikator.',
  )}
sasaran:
  - id: S1
    nama: Meningkatnya industri pariwisata
    acuan: MISI-2
    indikator:
      - nama: PDRB sektor pariwisata
        satuan: "%"
        definisi: Kontribusi sektor pariwisata terhadap PDRB atas dasar harga berlaku   # ${c('for the IKU manual (cascade table manual-iku)', 'untuk manual IKU (cascade table manual-iku)')}
        rumus: PDRB sektor pariwisata / PDRB total × 100%
        sumber_data: BPS
        baseline: {tahun: ${p.mulai - 1}, nilai: "6,5"}   # ${c('decimal comma, as in Indonesian; quote it', 'koma desimal; beri tanda kutip')}
        target: "10%"                     # ${c('one value: the target at the end of the period', 'satu nilai: target pada akhir periode')}
    # ${c(
      'Key success factors: what must go right for the target. The OPD files name them in `mendukung`.',
      'Key success factor: hal yang harus berhasil agar sasaran tercapai. File OPD menyebutnya dalam `mendukung`.',
    )}
    ksf:
      - id: KSF-OBYEK
        nama: Obyek wisata yang menarik
`;

  const opd = `${head('../schemas/cascade.schema.json')}
# ${c(
    "One OPD's cascade: its strategic target, program, kegiatan, SOP and people. Copy this file for each OPD.",
    'Cascade satu OPD: sasaran strategis, program, kegiatan, SOP, dan pegawainya. Salin file ini untuk setiap OPD.',
  )}
cascade: 1
pemda: ${q(p.pemda)}
periode: ${periode}

# ${c(
    'Sasaran Strategis OPD: written here, linked up to the Pemda level by `mendukung`.',
    'Sasaran Strategis OPD: ditulis di sini, dihubungkan ke tingkat Pemda dengan `mendukung`.',
  )}
sasaran_opd:
  - id: DISPAR.SS1
    nama: Meningkatnya daya saing pariwisata
    opd: DISPAR
    mendukung: KSF-OBYEK          # ${c('an id from rpjmd.yaml; several ids make a crosscutting link', 'id dari rpjmd.yaml; beberapa id berarti crosscutting')}
    indikator:
      - nama: Jumlah kunjungan wisatawan
        satuan: kunjungan
        definisi: Kunjungan wisatawan nusantara dan mancanegara ke daya tarik wisata dalam satu tahun
        rumus: jumlah kunjungan wisnus + jumlah kunjungan wisman
        sumber_data: Dinas Pariwisata
        baseline: {tahun: ${p.mulai - 1}, nilai: 4 juta}   # ${c('scale words: ribu, juta, miliar (M), triliun', 'kata skala: ribu, juta, miliar (M), triliun')}
        target: 6 juta
    # ${c(
      'Nested lists link by themselves: a program inside a sasaran_opd supports it.',
      'Daftar bersarang terhubung dengan sendirinya: program di dalam sasaran_opd mendukungnya.',
    )}
    program:
      - id: DISPAR.P1
        nama: Program Peningkatan Daya Tarik Destinasi Pariwisata
        kode: 3.26.02                 # ${c('Permendagri 90/2019 code (optional)', 'kode Permendagri 90/2019 (opsional)')}
        anggaran: Rp 3 M              # ${c('the kegiatan below must add up to it', 'jumlah kegiatan di bawahnya harus sama dengannya')}
        indikator:
          - nama: Jumlah destinasi wisata yang memenuhi standar
            satuan: destinasi
            target: ${ramp(24, 4)}   # ${c('a target per year', 'target per tahun')}
        kegiatan:
          - id: DISPAR.K1
            nama: Pengelolaan Daya Tarik Wisata Kabupaten/Kota
            kode: 3.26.02.2.01
            anggaran: "1.800.000.000"   # ${c('dots group thousands: quote such numbers', 'titik pemisah ribuan: beri tanda kutip')}
            indikator:
              - nama: Jumlah daya tarik wisata yang dikelola
                satuan: destinasi       # ${c('kegiatan indicators are outputs by default', 'indikator kegiatan secara bawaan adalah output')}
                target: 40 destinasi
            # ${c(
              'The SOP: who does what, and how long it takes. It gives each position its work (SKP).',
              'SOP: siapa mengerjakan apa, dan berapa lama. Dari sini setiap jabatan mendapat pekerjaannya (SKP).',
            )}
            sop:
              - tahap: Perencanaan
                langkah:
                  - nama: Penyusunan rencana pengelolaan daya tarik wisata
                    output: 1 dokumen
                    durasi: 3 hari       # ${c('a working day is 7,5 hours (settings.hoursPerDay)', 'satu hari kerja = 7,5 jam (settings.hoursPerDay)')}
                    frekuensi: 1         # ${c('times a year', 'kali setahun')}
                    pelaksana: STAF-DESTINASI
                  - nama: Pemeriksaan lapangan daya tarik wisata
                    output: 1 laporan
                    durasi: 4 jam
                    frekuensi: 2 kali per bulan
                    pelaksana: STAF-DESTINASI
          - id: DISPAR.K2
            nama: Pengelolaan Destinasi Pariwisata Kabupaten/Kota
            kode: 3.26.02.2.03
            anggaran: 1,2 M
            indikator:
              - nama: Jumlah destinasi pariwisata yang dikelola
                satuan: destinasi
                target: 5 destinasi

# ${c(
    'Positions, for cascading down to people: each answers for nodes (`sasaran`) under those of its atasan.',
    'Jabatan, untuk cascading hingga individu: masing-masing bertanggung jawab atas simpul (`sasaran`) di bawah milik atasannya.',
  )}
jabatan:
  - {id: KADIS-PAR, nama: Kepala Dinas Pariwisata, opd: DISPAR, jenis: struktural, eselon: II, sasaran: [DISPAR.SS1]}
  - {id: KABID-DESTINASI, nama: Kepala Bidang Destinasi, opd: DISPAR, jenis: struktural, eselon: III, atasan: KADIS-PAR, sasaran: [DISPAR.P1]}
  - {id: STAF-DESTINASI, nama: Pengelola Daya Tarik Wisata, opd: DISPAR, jenis: pelaksana, atasan: KABID-DESTINASI}
`;

  const config = `# yaml-language-server: $schema=schemas/cascade.config.schema.json
# ${c(
    'How `cascade` checks this plan. Every key may be left out. `cascade rules` lists the rules.',
    'Cara `cascade` memeriksa rencana ini. Setiap kunci boleh dihilangkan. `cascade rules` mendaftar aturannya.',
  )}
extends: recommended            # ${c('every rule at its default severity', 'setiap aturan pada tingkat bawaannya')}

# ${c('Change a rule: off, info, warn or error.', 'Ubah aturan: off, info, warn, atau error.')}
rules:
  cascade/not-cascaded: warn

# ${c(
    'Other severities for some files (globs relative to this file); later entries win.',
    'Tingkat lain untuk sebagian file (glob relatif terhadap file ini); entri terakhir yang berlaku.',
  )}
overrides:
  - files: ["draft/**"]
    rules:
      cascade/not-cascaded: off

# ${c('Numbers the checks and tables use (these are the defaults).', 'Angka yang dipakai pemeriksaan dan tabel (ini nilai bawaannya).')}
settings:
  hoursPerDay: 7.5              # ${c('hours in a working day (durasi in hari)', 'jam dalam satu hari kerja (durasi dalam hari)')}
  effectiveHoursPerYear: 1250   # ${c('effective working hours of one employee a year (workload)', 'jam kerja efektif satu pegawai per tahun (beban kerja)')}
  capaianTurun: selisih         # ${c('capaian of `arah: turun` indicators: selisih or rasio', 'capaian indikator `arah: turun`: selisih atau rasio')}
  tolerance: 0.001              # ${c('rounding allowed when parts are added up to their whole', 'pembulatan yang diizinkan saat bagian dijumlahkan ke keseluruhannya')}
  nomenklatur: '2021'           # ${c('kode and names checked against Kepmendagri 050-5889/2021; off for your own', 'kode dan nama diperiksa terhadap Kepmendagri 050-5889/2021; off untuk nomenklatur sendiri')}

# ${c('To silence one finding, write above its line:', 'Untuk membungkam satu temuan, tulis di atas barisnya:')}
#   # cascade-disable-next-line <rule> -- ${c('reason', 'alasan')}
`;

  const workflow = `# ${c(
    'Checks the plan on every push and pull request; findings appear on the changed lines.',
    'Memeriksa rencana pada setiap push dan pull request; temuan tampil pada baris yang berubah.',
  )}
name: cascade
on:
  push:
  pull_request:
permissions:
  contents: read
env:
  # ${c('Where to install cascade from: an npm version, a git URL or a tarball.', 'Sumber pemasangan cascade: versi npm, URL git, atau tarball.')}
  CASCADE_PACKAGE: ${p.packageSpec}
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install --global "$CASCADE_PACKAGE"
      # ${c('In GitHub Actions the findings become annotations (--format github).', 'Di GitHub Actions temuan menjadi anotasi (--format github).')}
      - run: cascade validate
      - name: ${c('Summary', 'Ringkasan')}
        if: always()
        run: cascade validate --format markdown >> "$GITHUB_STEP_SUMMARY" || true
      # ${c(
        'The whole plan as one web page, kept with the run (Actions → the run → Artifacts).',
        'Seluruh rencana sebagai satu halaman web, disimpan bersama run (Actions → run → Artifacts).',
      )}
      - name: ${c('Web report', 'Laporan web')}
        if: always()
        run: mkdir -p site && cascade report -o site/index.html
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: laporan-cascade
          path: site/index.html
      # ${c(
        'To publish it on GitHub Pages (Settings → Pages → Source: GitHub Actions), uncomment these steps and the job below.',
        'Untuk menerbitkannya di GitHub Pages (Settings → Pages → Source: GitHub Actions), aktifkan langkah ini dan job di bawah.',
      )}
      # - uses: actions/upload-pages-artifact@v3
      #   if: github.ref == 'refs/heads/main'
      #   with:
      #     path: site
  # pages:
  #   needs: validate
  #   if: github.ref == 'refs/heads/main'
  #   runs-on: ubuntu-latest
  #   permissions:
  #     pages: write
  #     id-token: write
  #   environment:
  #     name: github-pages
  #     url: \${{ steps.deployment.outputs.page_url }}
  #   steps:
  #     - id: deployment
  #       uses: actions/deploy-pages@v4
`;

  return [
    { path: 'rpjmd.yaml', text: rpjmd },
    { path: 'opd/dinas-pariwisata.yaml', text: opd },
    { path: 'cascade.config.yaml', text: config },
    { path: '.github/workflows/cascade.yml', text: workflow },
    { path: 'schemas/cascade.schema.json', text: schemas.plan },
    { path: 'schemas/cascade.config.schema.json', text: schemas.config },
  ];
}
