// What a long command is doing, on the terminal only: a line on stderr once the work has taken
// about a second, rewritten as it moves on, and cleared at the end. Nothing in a pipe, a file or CI.
import { msg, say, type Lang, type Msg } from '../core/message.js';
import { sanitize } from '../text/sanitize.js';

/** After this long a command says what it is doing. */
export const PROGRESS_AFTER_MS = 1000;

export interface Progress {
  /** The work now under way: shown at once when the command has already run long, else later. */
  step(what: Msg): void;
  /** Clears the line, if one was shown. */
  done(): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WriteStream | { isTTY?: boolean; write(s: string): unknown };
  env?: NodeJS.ProcessEnv;
  lang: Lang;
  now?: () => number;
}

const SILENT: Progress = { step() {}, done() {} };
/** The line on screen, so that an error message can clear it first. */
let active: Progress | undefined;

/** Clears the progress line, if any: before an error is written. */
export function clearProgress(): void {
  active?.done();
}

export function startProgress(opts: ProgressOptions): Progress {
  const stream = opts.stream ?? process.stderr;
  const env = opts.env ?? process.env;
  if (!stream.isTTY || env.CI || env.CASCADE_NO_PROGRESS) return SILENT;
  const now = opts.now ?? Date.now;
  const start = now();
  let current: Msg | undefined;
  let shown = false;
  const show = () => {
    if (!current) return;
    // \r and "erase to the end of the line": the line is rewritten in place, one line always.
    stream.write(`\r${sanitize(say(current, opts.lang), 'terminal-line')}…\u001b[K`);
    shown = true;
  };
  // Work that waits (the WASM layout, a write) lets the timer fire; synchronous work is caught at its next step.
  const timer = setTimeout(show, PROGRESS_AFTER_MS);
  timer.unref();
  const progress: Progress = {
    step(what) {
      current = what;
      if (now() - start >= PROGRESS_AFTER_MS) show();
    },
    done() {
      clearTimeout(timer);
      current = undefined;
      if (shown) stream.write('\r\u001b[K');
      shown = false;
      if (active === progress) active = undefined;
    },
  };
  active = progress;
  return progress;
}

/** The steps the commands name. */
export const STEP = {
  reading: (n?: number) => (n === undefined ? msg('reading the plan', 'membaca rencana') : msg(`reading ${n} file${n === 1 ? '' : 's'}`, `membaca ${n} file`)),
  checking: (nodes: number) => msg(`checking ${nodes} node${nodes === 1 ? '' : 's'}`, `memeriksa ${nodes} simpul`),
  layout: (boxes: number) => msg(`laying out ${boxes} box${boxes === 1 ? '' : 'es'}`, `menata letak ${boxes} kotak`),
  drawing: msg('drawing the PNG', 'menggambar PNG'),
  page: msg('writing the web page', 'menulis halaman web'),
};
