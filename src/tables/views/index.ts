import { ikuView } from './iku.js';
import { skpView } from './skp.js';
import type { TableView } from './view.js';

/** The views of `cascade table`: one file each, one line here. */
export const VIEWS: TableView[] = [ikuView, skpView];
