import type { Settings } from '../../core/settings.js';
import type { Msg } from '../../core/message.js';
import type { Plan } from '../../model/plan.js';
import type { Table } from '../table.js';

/** Options of `cascade table <view>`; each view reads the ones it needs. */
export interface ViewOptions {
  opd?: string;
  jabatan?: string;
  tahun?: number;
  settings: Settings;
}

export interface TableView {
  name: string;
  description: Msg;
  /** Builds the tables; throws UsageError for options that name nothing. */
  build(plan: Plan, opts: ViewOptions): Table[];
}
