import { cascadeView } from './cascade.js';
import { crosscuttingView } from './crosscutting.js';
import { ikuView } from './iku.js';
import { skpView } from './skp.js';
import { manualIkuView } from './manual-iku.js';
import { pkView } from './pk.js';
import { renstraView } from './renstra.js';
import { rpjmdView } from './rpjmd.js';
import { rencanaAksiView } from './rencana-aksi.js';
import { lkjipView } from './lkjip.js';
import { sopView } from './sop.js';
import type { TableView } from './view.js';

/** The views of `cascade table`: one file each, one line here. */
export const VIEWS: TableView[] = [
  ikuView,
  cascadeView,
  crosscuttingView,
  sopView,
  skpView,
  renstraView,
  rpjmdView,
  rencanaAksiView,
  pkView,
  lkjipView,
  manualIkuView,
];
