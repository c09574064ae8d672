// The web report's own words, in both languages; the page carries those of its language only.
import { msg, say, type Lang, type Msg } from '../core/message.js';

export const PAGE_TEXT = {
  title: msg('Performance cascade report', 'Laporan cascading kinerja'),
  generated: msg('Made by cascade', 'Dibuat oleh cascade'),
  summary: msg('Summary', 'Ringkasan'),
  chart: msg('Performance tree', 'Pohon kinerja'),
  findings: msg('Findings', 'Temuan'),
  tables: msg('Tables', 'Tabel'),
  contents: msg('Contents', 'Daftar isi'),
  levelCounts: msg('Boxes by level', 'Kotak per tingkat'),
  findingCounts: msg('Findings by severity', 'Temuan per tingkat keparahan'),
  moneyByYear: msg('Money per year', 'Anggaran per tahun'),
  moneyByOpd: msg('Money per OPD', 'Anggaran per OPD'),
  level: msg('Level', 'Tingkat'),
  count: msg('Count', 'Jumlah'),
  year: msg('Year', 'Tahun'),
  amount: msg('Amount', 'Jumlah'),
  severity: msg('Severity', 'Tingkat'),
  error: msg('error', 'galat'),
  warning: msg('warning', 'peringatan'),
  info: msg('info', 'info'),
  noFindings: msg('No problems found.', 'Tidak ada masalah.'),
  search: msg('Search by id or name', 'Cari menurut id atau nama'),
  searchButton: msg('Find', 'Cari'),
  noMatch: msg('No box matches.', 'Tidak ada kotak yang cocok.'),
  allOpds: msg('All OPDs', 'Semua OPD'),
  filterOpd: msg('Show OPD', 'Tampilkan OPD'),
  zoomIn: msg('Zoom in', 'Perbesar'),
  zoomOut: msg('Zoom out', 'Perkecil'),
  zoomReset: msg('Fit', 'Sesuaikan'),
  expandAll: msg('Expand all', 'Buka semua'),
  collapse: msg('Collapse what is under it', 'Ciutkan yang di bawahnya'),
  expand: msg('Expand what is under it', 'Buka yang di bawahnya'),
  panel: msg('Selected box', 'Kotak terpilih'),
  panelEmpty: msg('Click a box, or pick one in the outline, to see its details.', 'Klik sebuah kotak, atau pilih di kerangka, untuk melihat rinciannya.'),
  close: msg('Close', 'Tutup'),
  outline: msg('Outline', 'Kerangka'),
  indicators: msg('Indicators', 'Indikator'),
  baseline: msg('Baseline', 'Kondisi awal'),
  target: msg('Target', 'Target'),
  realisasi: msg('Realisasi', 'Realisasi'),
  capaian: msg('Capaian', 'Capaian'),
  money: msg('Money', 'Anggaran'),
  period: msg('whole period', 'seluruh periode'),
  opd: msg('OPD', 'OPD'),
  partner: msg('partner', 'mitra'),
  positions: msg('Positions answering for it', 'Jabatan yang bertanggung jawab'),
  steps: msg('SOP steps', 'Langkah SOP'),
  lineOfSight: msg('Line of sight', 'Garis pandang'),
  acuan: msg('Acuan of the Pemda targets', 'Acuan sasaran Pemda'),
  noneAbove: msg('Nothing above: this is a top box.', 'Tidak ada di atasnya: ini kotak teratas.'),
  filterTable: msg('Filter rows', 'Saring baris'),
  sortHint: msg('Click a column heading to sort.', 'Klik judul kolom untuk mengurutkan.'),
  noScript: msg(
    'The chart is interactive with JavaScript; the summary, findings and tables read without it.',
    'Bagan interaktif dengan JavaScript; ringkasan, temuan dan tabel dapat dibaca tanpanya.',
  ),
  total: msg('Total', 'Total'),
  shown: msg('shown', 'ditampilkan'),
  of: msg('of', 'dari'),
} satisfies Record<string, Msg>;

export type PageTextKey = keyof typeof PAGE_TEXT;

/** Every page word in one language, for the script. */
export function pageText(lang: Lang): Record<PageTextKey, string> {
  const out = {} as Record<PageTextKey, string>;
  for (const [k, m] of Object.entries(PAGE_TEXT) as Array<[PageTextKey, Msg]>) out[k] = say(m, lang);
  return out;
}
