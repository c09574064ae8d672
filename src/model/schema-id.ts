// Hover texts of the JSON Schemas in Indonesian: editors show the English line, then this one.
// test/editor/json-schema.test.ts fails when a description of the zod schemas has none.
export const SCHEMA_ID: Record<string, string> = {
  'Lowest capaian (%) rated sangat tinggi (default 91).': 'Capaian (%) terendah berkategori sangat tinggi (bawaan 91).',
  'Lowest capaian (%) rated tinggi (default 76).': 'Capaian (%) terendah berkategori tinggi (bawaan 76).',
  'Lowest capaian (%) rated sedang (default 66).': 'Capaian (%) terendah berkategori sedang (bawaan 66).',
  'Lowest capaian (%) rated rendah (default 51); below it, sangat rendah.': 'Capaian (%) terendah berkategori rendah (bawaan 51); di bawahnya, sangat rendah.',
  'Bands of the capaian categories of the LKjIP (Permendagri 86/2017), as the lowest % of each: {sangatTinggi: 91, tinggi: 76, sedang: 66, rendah: 51}.':
    'Batas kategori capaian LKjIP (Permendagri 86/2017), sebagai % terendah setiap kategori: {sangatTinggi: 91, tinggi: 76, sedang: 66, rendah: 51}.',
  'The values of the quarters of one year: {I: …, II: …, III: …, IV: …}; a quarter may be left out.':
    'Nilai triwulan dalam satu tahun: {I: …, II: …, III: …, IV: …}; triwulan boleh tidak ditulis.',
  'Triwulan I (January–March).': 'Triwulan I (Januari–Maret).',
  'Triwulan II (April–June).': 'Triwulan II (April–Juni).',
  'Triwulan III (July–September).': 'Triwulan III (Juli–September).',
  'Triwulan IV (October–December).': 'Triwulan IV (Oktober–Desember).',
  "How the quarters make the year: kumulatif (each quarter's value is the level reached by its end; TW IV is the annual target) or jumlah (each quarter's own amount; the four add up to the annual target).":
    'Cara triwulan membentuk target tahunan: kumulatif (nilai triwulan adalah capaian sampai akhir triwulan; TW IV adalah target tahunan) atau jumlah (hasil triwulan itu sendiri; keempatnya berjumlah target tahunan).',
  'Quarterly targets per year: {2026: {I: 10, II: 25, III: 45, IV: 70}}.': 'Target triwulan per tahun: {2026: {I: 10, II: 25, III: 45, IV: 70}}.',
  "Quarterly realisasi per year, only for the quarters that ended by the file's `per` date: {2026: {I: 11, II: 24}}.":
    'Realisasi triwulan per tahun, hanya untuk triwulan yang telah berakhir pada tanggal `per` file: {2026: {I: 11, II: 24}}.',
  'Rencana Aksi: targets and realisasi per quarter (triwulan) of a year, and how the quarters make the annual target.':
    'Rencana Aksi: target dan realisasi per triwulan dalam satu tahun, dan cara triwulan membentuk target tahunan.',
  'The date the data of this file stand at (YYYY-MM-DD): quarterly realisasi are given only for the quarters ended by then.':
    'Tanggal keadaan data file ini (YYYY-MM-DD): realisasi triwulan hanya diberikan untuk triwulan yang telah berakhir pada tanggal itu.',
  'A file of a performance cascade (pohon kinerja), format version 1.': 'File cascading kinerja (pohon kinerja), format versi 1.',
  'Format version: 1.': 'Versi format: 1.',
  'The local government, e.g. "Kabupaten Contoh".': 'Pemerintah daerah, mis. "Kabupaten Contoh".',
  'Plan period: "2025-2029" or {mulai: 2025, selesai: 2029}.': 'Periode rencana: "2025-2029" atau {mulai: 2025, selesai: 2029}.',
  'Drivers of the Pemda targets: rpjmn, visi-misi, janji-politik, isu.': 'Acuan sasaran Pemda: rpjmn, visi-misi, janji-politik, isu.',
  'Agencies (OPD), and partners outside the Pemda budget (mitra: true).': 'Perangkat daerah (OPD), dan mitra di luar anggaran Pemda (mitra: true).',
  'Positions, for cascading to individuals.': 'Jabatan, untuk cascading sampai individu.',
  'Goals of the RPJMD above the Pemda targets (optional).': 'Tujuan RPJMD di atas sasaran Pemda (boleh tidak ada).',
  'Sasaran pembangunan Pemda: the development targets.': 'Sasaran pembangunan Pemda.',
  'Key success factors written apart from their parent (they name it in mendukung).':
    'Key success factor yang ditulis terpisah dari induknya (disebut di mendukung).',
  'Sasaran Strategis OPD written apart from their key success factor (named in mendukung).':
    'Sasaran Strategis OPD yang ditulis terpisah dari key success factor-nya (disebut di mendukung).',
  'Programs written apart from their parent (named in mendukung).': 'Program yang ditulis terpisah dari induknya (disebut di mendukung).',
  'Kegiatan written apart from their program (named in mendukung).': 'Kegiatan yang ditulis terpisah dari programnya (disebut di mendukung).',
  'Sub kegiatan written apart from their kegiatan (named in mendukung).': 'Sub kegiatan yang ditulis terpisah dari kegiatannya (disebut di mendukung).',
  'A driver of the Pemda targets: the RPJMN, the vision and mission, a political promise or an issue.':
    'Acuan sasaran Pemda: RPJMN, visi dan misi, janji politik, atau isu strategis.',
  'Identifier of this entry, unique in the whole plan: letters, digits, ".", "_" or "-", starting with a letter or digit.':
    'Pengenal entri ini, unik di seluruh rencana: huruf, angka, ".", "_" atau "-", diawali huruf atau angka.',
  'Identifier of the indicator, for bagian_dari: unique in the whole plan (optional).':
    'Pengenal indikator, untuk bagian_dari: unik di seluruh rencana (opsional).',
  'Identifier of the step, unique in the whole plan (optional).': 'Pengenal langkah, unik di seluruh rencana (opsional).',
  'First year of the period.': 'Tahun pertama periode.',
  'Last year of the period.': 'Tahun terakhir periode.',
  'Name of the position, as in its decree.': 'Nama jabatan, sebagaimana dalam surat keputusannya.',
  'An amount in rupiah: 900000000, "Rp.4.000.000.000", "Rp 1,2 M", "900 juta".': 'Jumlah rupiah: 900000000, "Rp.4.000.000.000", "Rp 1,2 M", "900 juta".',
  'rpjmn, visi-misi, janji-politik or isu.': 'rpjmn, visi-misi, janji-politik atau isu.',
  'An agency (Organisasi Perangkat Daerah), or a partner outside the Pemda budget (mitra: true).':
    'Organisasi Perangkat Daerah, atau mitra di luar anggaran Pemda (mitra: true).',
  'Short name shown in charts, e.g. "DIS KOP UKM".': 'Singkatan yang tampil di bagan, mis. "DIS KOP UKM".',
  'true for a partner outside the Pemda budget (e.g. Kepolisian).': 'true untuk mitra di luar anggaran Pemda (mis. Kepolisian).',
  'Budget ceiling per year {2025: …}, or one amount for the period: "Rp 3 M".':
    'Pagu anggaran per tahun {2025: …}, atau satu jumlah untuk seluruh periode: "Rp 3 M".',
  'A number, or a text in Indonesian style: "1.500", "7,5", "70%", "6 juta", "40 destinasi".':
    'Angka, atau teks gaya Indonesia: "1.500", "7,5", "70%", "6 juta", "40 destinasi".',
  'A position, for cascading to individuals (SKP).': 'Jabatan, untuk cascading sampai individu (SKP).',
  'Id of the OPD of this position.': 'Id OPD jabatan ini.',
  'struktural (with eselon), fungsional (with setara) or pelaksana.': 'struktural (dengan eselon), fungsional (dengan setara) atau pelaksana.',
  'Echelon of a struktural position.': 'Eselon jabatan struktural.',
  'Equivalent level of a fungsional position.': 'Jenjang setara jabatan fungsional.',
  'Whether the atasan supervises this fungsional position.': 'Apakah atasan menyupervisi jabatan fungsional ini.',
  'Id of the superior position.': 'Id jabatan atasan.',
  'Id(s) of the nodes this position answers for.': 'Id simpul yang menjadi tanggung jawab jabatan ini.',
  'A goal of the RPJMD above the Pemda targets.': 'Tujuan RPJMD di atas sasaran Pemda.',
  'Name, as written in the planning documents.': 'Nama, sebagaimana tertulis di dokumen perencanaan.',
  'Free-text note.': 'Catatan bebas.',
  'How this target is measured: its indicators.': 'Cara mengukur sasaran ini: indikatornya.',
  'Its sasaran, nested.': 'Sasarannya, bersarang di bawahnya.',
  'An indicator: how a target is measured, with its unit, direction, baseline and targets.':
    'Indikator: cara mengukur sasaran, dengan satuan, arah, baseline, dan targetnya.',
  'Name of the indicator, e.g. "% angkutan umum yang laik jalan".': 'Nama indikator, mis. "% angkutan umum yang laik jalan".',
  'Unit: %, orang, unit, indeks, km, kunjungan, destinasi, Rp, predikat, …': 'Satuan: %, orang, unit, indeks, km, kunjungan, destinasi, Rp, predikat, …',
  'outcome or output; by default outcome down to program and sasaran kegiatan, output for kegiatan and sub kegiatan.':
    'outcome atau output; bawaannya outcome sampai program dan sasaran kegiatan, output untuk kegiatan dan sub kegiatan.',
  'naik: higher is better (default); turun: lower is better; tetap: a level to hold or a projection to meet (SPM counts), no trend.':
    'naik: makin tinggi makin baik (bawaan); turun: makin rendah makin baik; tetap: tingkat yang dipertahankan atau proyeksi yang dipenuhi (capaian SPM), tanpa tren.',
  'The starting point: a value, or {tahun: 2024, nilai: 62}.': 'Titik awal: satu nilai, atau {tahun: 2024, nilai: 62}.',
  'The year of the baseline, before the period.': 'Tahun baseline, sebelum periode.',
  'The value in that year.': 'Nilai pada tahun itu.',
  'Target per year {2025: 70, 2026: 75}, or one value for the end of the period: a number ("70%", "6 juta"), a range ("69,1-69,5") or a predikat ("A").':
    'Target per tahun {2025: 70, 2026: 75}, atau satu nilai untuk akhir periode: angka ("70%", "6 juta"), rentang ("69,1-69,5"), atau predikat ("A").',
  'Achievements per year {2025: …}, in the same forms as target.': 'Realisasi per tahun {2025: …}, dengan bentuk yang sama dengan target.',
  'Bounds {min, maks} for a number, or the ordered list of values (worst first) of a predikat.':
    'Batas {min, maks} untuk angka, atau daftar nilai predikat berurutan (terburuk lebih dahulu).',
  'Lowest value the indicator can take.': 'Nilai terendah yang mungkin bagi indikator.',
  'Highest value the indicator can take.': 'Nilai tertinggi yang mungkin bagi indikator.',
  'A value of the predikat, worst first: [D, C, CC, B, BB, A, AA].': 'Satu nilai predikat, terburuk lebih dahulu: [D, C, CC, B, BB, A, AA].',
  'How the parts naming this indicator in bagian_dari add up: jumlah (sum) or rata-rata (mean).':
    'Cara bagian-bagian yang menyebut indikator ini di bagian_dari digabung: jumlah atau rata-rata.',
  'Id of the indicator this one is a part of (direct cascading).': 'Id indikator yang mencakup indikator ini (cascading langsung).',
  'What the indicator means, for its manual (manual IKU).': 'Makna indikator, untuk manual IKU.',
  'How it is computed, e.g. "jumlah UMKM sehat / jumlah UMKM × 100%".': 'Cara menghitungnya, mis. "jumlah UMKM sehat / jumlah UMKM × 100%".',
  'Where its values come from, e.g. "BPS", "laporan OPD".': 'Sumber datanya, mis. "BPS", "laporan OPD".',
  'A Sasaran pembangunan Pemda: a development target of the local government.': 'Sasaran pembangunan Pemda.',
  'Id(s) of the parent(s) this node supports, when not nested (or in addition: crosscutting).':
    'Id induk yang didukung simpul ini, bila tidak bersarang (atau sebagai tambahan: lintas sektor).',
  'Id(s) of the acuan (RPJMN, visi-misi, janji politik, isu) this target answers.': 'Id acuan (RPJMN, visi-misi, janji politik, isu) yang dijawab sasaran ini.',
  'Its key success factors, nested.': 'Key success factor-nya, bersarang di bawahnya.',
  'A key success factor: what drives its parent target.': 'Key success factor: faktor penentu keberhasilan sasaran induknya.',
  'The sasaran strategis OPD this factor becomes, nested.': 'Sasaran strategis OPD yang menjabarkan faktor ini, bersarang di bawahnya.',
  'Programs, for a factor under a sasaran strategis OPD.': 'Program, untuk faktor di bawah sasaran strategis OPD.',
  'A Sasaran Strategis OPD: a target of an agency, supporting a key success factor of a Pemda target.':
    'Sasaran Strategis OPD: sasaran perangkat daerah yang mendukung key success factor sasaran Pemda.',
  'Id of the OPD that owns this target.': 'Id OPD pemilik sasaran ini.',
  'Its own key success factors, nested.': 'Key success factor-nya sendiri, bersarang di bawahnya.',
  'Its programs, nested.': 'Programnya, bersarang di bawahnya.',
  'A program of an OPD, supporting a sasaran strategis OPD.': 'Program OPD yang mendukung sasaran strategis OPD.',
  'Nomenclature code (Permendagri 90/2019).': 'Kode nomenklatur (Permendagri 90/2019).',
  'Id of the OPD, when not inherited from the parent.': 'Id OPD, bila tidak diwarisi dari induknya.',
  'Money per year {2025: …}, or one amount for the period: "Rp.4.000.000.000", "900 juta".':
    'Anggaran per tahun {2025: …}, atau satu jumlah untuk seluruh periode: "Rp.4.000.000.000", "900 juta".',
  'Its kegiatan, nested.': 'Kegiatannya, bersarang di bawahnya.',
  'A kegiatan (activity) of a program: output indicators, budget, SOP.': 'Kegiatan suatu program: indikator output, anggaran, SOP.',
  'Its sub kegiatan, nested.': 'Sub kegiatannya, bersarang di bawahnya.',
  'The SOP (business process): stages, each with its steps and who performs them.':
    'SOP (proses bisnis): tahapan, masing-masing dengan langkah dan pelaksananya.',
  'A sub kegiatan: part of a kegiatan, with its indicators, budget and SOP.': 'Sub kegiatan: bagian dari kegiatan, dengan indikator, anggaran, dan SOP-nya.',
  'An SOP stage (tahap) with its steps (langkah).': 'Tahap SOP dengan langkah-langkahnya.',
  'Name of the SOP stage.': 'Nama tahap SOP.',
  'The steps of this stage, in order.': 'Langkah-langkah tahap ini, berurutan.',
  'One SOP step: its output, duration, frequency and who performs it (pelaksana).': 'Satu langkah SOP: output, durasi, frekuensi, dan pelaksananya.',
  'What is done in this step, e.g. "Pembuatan surat undangan peserta".': 'Yang dikerjakan pada langkah ini, mis. "Pembuatan surat undangan peserta".',
  'Volume and unit of the output, e.g. "1 proposal".': 'Volume dan satuan output, mis. "1 proposal".',
  'Time per occurrence: "30 menit", "8 jam", "1 jam 30 menit", "2 hari".': 'Waktu sekali pelaksanaan: "30 menit", "8 jam", "1 jam 30 menit", "2 hari".',
  'Id of the jabatan who performs the step.': 'Id jabatan pelaksana langkah ini.',
  'Occurrences per year (default 1): 12, "12 kali", "2 kali per bulan".': 'Berapa kali setahun (bawaan 1): 12, "12 kali", "2 kali per bulan".',
  'cascade.config.yaml: which checks run at which severity, and the settings they use.':
    'cascade.config.yaml: pemeriksaan mana berjalan pada tingkat apa, dan pengaturan yang dipakainya.',
  'The preset to start from: recommended, every rule at its default severity (also when left out).':
    'Prasetel awal: recommended, setiap aturan pada tingkat bawaannya (juga bila tidak ditulis).',
  'Severity by rule id (see `cascade rules`), e.g. {cascade/not-cascaded: off}.':
    'Tingkat per id aturan (lihat `cascade rules`), mis. {cascade/not-cascaded: off}.',
  'off, info, warn (or warning), or error.': 'off, info, warn (atau warning), atau error.',
  'Rule severities for some files; later entries win.': 'Tingkat aturan untuk sebagian file; entri yang belakangan menang.',
  'Glob(s) relative to this config file, e.g. "opd/*.yaml"; a glob without "/" matches a file name in any folder.':
    'Glob relatif terhadap file konfigurasi ini, mis. "opd/*.yaml"; glob tanpa "/" cocok dengan nama file di folder mana pun.',
  'Numbers the checks and tables use.': 'Angka yang dipakai pemeriksaan dan tabel.',
  'Hours in a working day, for durations written in `hari` (default 7.5).': 'Jam dalam satu hari kerja, untuk durasi yang ditulis dalam `hari` (bawaan 7,5).',
  'Effective working hours of one employee in a year, for workload (default 1250).':
    'Jam kerja efektif satu pegawai dalam setahun, untuk beban kerja (bawaan 1250).',
  'How capaian is computed for `arah: turun` indicators: selisih or rasio (default selisih).':
    'Cara menghitung capaian indikator `arah: turun`: selisih atau rasio (bawaan selisih).',
  'Relative tolerance when parts are compared with their whole, e.g. 0.001 (default).':
    'Toleransi relatif saat bagian dibandingkan dengan keseluruhannya, mis. 0.001 (bawaan).',
  'The kegiatan that bring this result, nested.': 'Kegiatan yang menghasilkan hasil ini, bersarang.',
  "A sasaran kegiatan (eselon IV, PermenPANRB 89/2021): the result a program's kegiatan bring, as an outcome statement apart from their names.":
    'Sasaran kegiatan (eselon IV, PermenPANRB 89/2021): hasil yang dibawa kegiatan suatu program, sebagai pernyataan outcome terpisah dari nomenklaturnya.',
  'Its sasaran kegiatan (eselon IV outcome statements), nested.': 'Sasaran kegiatannya (pernyataan outcome eselon IV), bersarang.',
  'The programs that bring this result, nested.': 'Program yang menghasilkan hasil ini, bersarang.',
  'A sasaran program (eselon III, PermenPANRB 89/2021): the result a program brings, as an outcome statement apart from its nomenclature.':
    'Sasaran program (eselon III, PermenPANRB 89/2021): hasil yang dibawa suatu program, sebagai pernyataan outcome terpisah dari nomenklaturnya.',
  'Intermediate outcomes one level further down, nested.': 'Outcome antara satu tingkat di bawahnya, bersarang.',
  'Its sasaran program, nested.': 'Sasaran programnya, bersarang.',
  'An intermediate outcome (PermenPANRB 89/2021): a result between a sasaran strategis OPD and its programs, where an OPD needs one.':
    'Outcome antara (intermediate outcome, PermenPANRB 89/2021): hasil di antara sasaran strategis OPD dan programnya, bila OPD memerlukannya.',
  'The tujuan OPD this factor becomes, nested.': 'Tujuan OPD yang dijabarkan dari faktor ini, bersarang.',
  'Intermediate outcomes, for a factor under a sasaran strategis OPD.': 'Outcome antara, untuk faktor di bawah sasaran strategis OPD.',
  'Sasaran program, for a factor under a sasaran strategis OPD.': 'Sasaran program, untuk faktor di bawah sasaran strategis OPD.',
  'Its intermediate outcomes, nested.': 'Outcome antaranya, bersarang.',
  'Id of the OPD that owns this goal.': 'Id OPD pemilik tujuan ini.',
  'Its sasaran strategis OPD, nested.': 'Sasaran strategis OPD-nya, bersarang.',
  'A tujuan OPD (Renstra): the goal of an agency above its sasaran strategis, supporting a key success factor of a Pemda target.':
    'Tujuan OPD (Renstra): tujuan perangkat daerah di atas sasaran strategisnya, yang mendukung key success factor sasaran Pemda.',
  'Tujuan OPD written apart from their key success factor (named in mendukung).':
    'Tujuan OPD yang ditulis terpisah dari key success factor-nya (disebut di mendukung).',
  'Intermediate outcomes written apart from their parent (named in mendukung).': 'Outcome antara yang ditulis terpisah dari induknya (disebut di mendukung).',
  'Sasaran program written apart from their parent (named in mendukung).': 'Sasaran program yang ditulis terpisah dari induknya (disebut di mendukung).',
  'Sasaran kegiatan written apart from their program (named in mendukung).': 'Sasaran kegiatan yang ditulis terpisah dari programnya (disebut di mendukung).',
  'Name of the official, with titles, as it is signed, e.g. "Dr. Siti Aminah, S.E., M.Si.".':
    'Nama pejabat dengan gelarnya, sebagaimana ditandatangani, mis. "Dr. Siti Aminah, S.E., M.Si.".',
  'NIP, quoted: "19700101 199503 2 001" (18 digits are too long for a YAML number).':
    'NIP, dalam tanda kutip: "19700101 199503 2 001" (18 digit terlalu panjang untuk angka YAML).',
  'Pangkat/golongan, e.g. "Pembina Utama Muda (IV/c)".': 'Pangkat/golongan, mis. "Pembina Utama Muda (IV/c)".',
  'The official holding a position, named in the Perjanjian Kinerja and the SKP.':
    'Pejabat yang memangku jabatan, yang disebut dalam Perjanjian Kinerja dan SKP.',
  'The title as signed, e.g. "Bupati Contoh", "Wali Kota Contoh", "Gubernur Contoh".':
    'Sebutan jabatan sebagaimana ditandatangani, mis. "Bupati Contoh", "Wali Kota Contoh", "Gubernur Contoh".',
  'Name of the Kepala Daerah.': 'Nama Kepala Daerah.',
  'The Kepala Daerah: pihak kedua of the Perjanjian Kinerja of each kepala OPD.': 'Kepala Daerah: pihak kedua dalam Perjanjian Kinerja setiap kepala OPD.',
  'Where the documents are signed, e.g. "Sleman".': 'Tempat dokumen ditandatangani, mis. "Sleman".',
  'The date of signing of each year\'s Perjanjian Kinerja and SKP: {2026: "2 Januari 2026"}.':
    'Tanggal penandatanganan Perjanjian Kinerja dan SKP setiap tahun: {2026: "2 Januari 2026"}.',
  'Place and dates of signing; without them the form leaves the place and date blank to fill by hand.':
    'Tempat dan tanggal penandatanganan; tanpa keduanya formulir mengosongkan tempat dan tanggal untuk diisi tangan.',
  'The nomenclature kode and names are checked against: 2021 (Kepmendagri 050-5889/2021, default) or off for a Pemda that keeps its own.':
    'Nomenklatur acuan pemeriksaan kode dan nama: 2021 (Kepmendagri 050-5889/2021, bawaan) atau off bagi Pemda yang memakai nomenklaturnya sendiri.',
  'The bidang urusan it holds, e.g. [1.02, 2.14]: its programs are checked against them.':
    'Bidang urusan yang diampunya, mis. [1.02, 2.14]: programnya diperiksa terhadap bidang itu.',
};
