import { describe, expect, it } from 'vitest';
import { msg } from '../../src/core/message.js';
import { clearProgress, PROGRESS_AFTER_MS, STEP, startProgress } from '../../src/cli/progress.js';
import { runInProcess } from '../helpers/in-process.js';

function terminal(isTTY = true) {
  const out: string[] = [];
  return { out, stream: { isTTY, write: (s: string) => out.push(s) } };
}

describe('progress on a terminal', () => {
  it('says nothing for quick work, and clears nothing', () => {
    let t = 0;
    const { out, stream } = terminal();
    const p = startProgress({ stream, env: {}, lang: 'en', now: () => t });
    p.step(STEP.reading());
    t = PROGRESS_AFTER_MS - 1;
    p.step(STEP.checking(32));
    p.done();
    expect(out).toEqual([]);
  });

  it('after a second, says what is under way on one line, rewritten, then clears it', () => {
    let t = 0;
    const { out, stream } = terminal();
    const p = startProgress({ stream, env: {}, lang: 'id', now: () => t });
    p.step(STEP.reading(7));
    t = PROGRESS_AFTER_MS + 5;
    p.step(STEP.checking(13450));
    p.step(STEP.layout(2531));
    p.done();
    expect(out).toEqual(['\rmemeriksa 13450 simpul…\u001b[K', '\rmenata letak 2531 kotak…\u001b[K', '\r\u001b[K']);
  });

  it('nothing in a pipe, a file or CI', () => {
    let t = 0;
    for (const [isTTY, env] of [
      [false, {}],
      [true, { CI: 'true' }],
    ] as const) {
      const { out, stream } = terminal(isTTY);
      const p = startProgress({ stream, env, lang: 'en', now: () => t });
      t += 5 * PROGRESS_AFTER_MS;
      p.step(STEP.checking(1));
      p.done();
      expect(out).toEqual([]);
    }
  });

  it('plan text in a step cannot move the cursor', () => {
    let t = 0;
    const { out, stream } = terminal();
    const p = startProgress({ stream, env: {}, lang: 'en', now: () => t });
    t = 10 * PROGRESS_AFTER_MS;
    p.step(msg('x\u001b[2Jy\nz', 'x'));
    clearProgress();
    expect(out[0]).toBe('\rx\\u001b[2Jy\\nz…\u001b[K');
    expect(out[1]).toBe('\r\u001b[K');
  });

  it('validate on a terminal stderr leaves no progress behind', async () => {
    const r = await runInProcess(['validate', 'examples/pariwisata'], { stderrTTY: true, env: { ...process.env, CI: '' } });
    expect(r.code).toBe(0);
    // Quick work shows no line; anything shown would have been cleared last.
    expect(r.stderr === '' || r.stderr.endsWith('\r\u001b[K')).toBe(true);
  });
});
