// What the web report's script reads: one JSON document inside the page. Plain data only, every
// text already in the page's language; the script puts it on the page as text, never as markup.

export interface PageIndicator {
  label: string;
  nama: string;
  satuan?: string;
  baseline?: string;
  /** Per year, in year order; `tahun` undefined for a target of the whole period. */
  targets: Array<{ tahun?: number; text: string }>;
  realisasi: Array<{ tahun?: number; text: string }>;
  capaian: Array<{ tahun: number; text: string }>;
}

export interface PageBox {
  /** The node name in the chart's SVG (`<title>`). */
  key: string;
  id: string;
  nama: string;
  level: string;
  /** The level as the page's language names it. */
  levelName: string;
  opd?: string;
  opdName?: string;
  mitra: boolean;
  /** Keys of the boxes drawn above and below it. */
  parents: string[];
  children: string[];
  indicators: PageIndicator[];
  /** Money per year (or for the whole period when `tahun` is undefined), as text. */
  money: Array<{ tahun?: number; text: string }>;
  positions: Array<{ id: string; nama: string }>;
  steps: Array<{ label: string; text: string; pelaksana?: string }>;
  /** Indexes into PageData.findings. */
  findings: number[];
  /**
   * Indexes into PageData.acuan: those it names itself (a Pemda target's). The script gathers a
   * box's line of sight and the acuan along it from `parents` when the box is opened: listed here
   * for every box, a chain n deep would weigh n² in the page.
   */
  acuan: number[];
}

export interface PageFinding {
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
  /** "opd/dinas.yaml:12:5". */
  where: string;
  box?: string;
}

export interface PageText {
  [key: string]: string;
}

export interface PageData {
  lang: 'en' | 'id';
  boxes: PageBox[];
  findings: PageFinding[];
  opds: Array<{ id: string; name: string }>;
  acuan: Array<{ id: string; jenis: string; nama: string }>;
  /** The page's own words, in its language. */
  text: PageText;
}
