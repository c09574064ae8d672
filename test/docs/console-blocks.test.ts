/**
 * Every ```console block of README.md and docs/ is real: its `$ cascade …` lines run, in a fresh
 * folder (holding examples/ when the block names it), at COLUMNS=100, and what they print must be what the block shows.
 *
 * A block may be preceded by `<!-- console-setup: shell commands -->`: they prepare the folder
 * (a plan with a mistake put in, say) and print nothing that is compared. In the shown output a
 * line that is only `…` stands for one or more lines left out; the temp folder's path reads `<tmp>`.
 * Nothing else is forgiven.
 *
 * `CASCADE_UPDATE_CONSOLE=1 npx vitest run test/docs/console-blocks.test.ts` writes the real output
 * into the blocks that leave nothing out, for a maintainer to review with `git diff`.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

interface ConsoleBlock {
  file: string;
  line: number;
  /** The lines of the body (0-based, closing fence excluded) and the fence's indent. */
  from: number;
  to: number;
  indent: number;
  setup?: string;
  commands: { command: string; expected: string[] }[];
}

function markdownFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = join(dir, e.name);
      return e.isDirectory() ? walk(p) : e.name.endsWith('.md') ? [p] : [];
    });
  return [join(ROOT, 'README.md'), ...walk(join(ROOT, 'docs'))];
}

/** The console blocks of a Markdown file, fences indented or not (a block inside a list item). */
function consoleBlocks(file: string, text: string): ConsoleBlock[] {
  const lines = text.split('\n');
  const out: ConsoleBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```console\s*$/.exec(lines[i]);
    if (!open) continue;
    const indent = open[1].length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]); j++) body.push(lines[j].slice(indent));
    let k = i - 1;
    while (k >= 0 && lines[k].trim() === '') k--;
    const setup = /^\s*<!-- console-setup: ([\s\S]*?) -->\s*$/.exec(lines[k] ?? '')?.[1];
    const commands: ConsoleBlock['commands'] = [];
    for (const l of body) {
      if (l.startsWith('$ ')) commands.push({ command: l.slice(2), expected: [] });
      else if (commands.length) commands[commands.length - 1].expected.push(l);
      else throw new Error(`${file}:${i + 1}: a console block starts with a \`$ \` command`);
    }
    out.push({ file, line: i + 1, from: i + 1, to: j, indent, setup, commands });
    i = j;
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the output is what the block shows: line for line, `…` lines standing for one or more lines. */
function matches(expected: string[], actual: string): boolean {
  const exp = [...expected];
  while (exp.length && exp[exp.length - 1] === '') exp.pop();
  const pattern = exp.map((l) => (l === '…' ? '[^\\n]*(?:\\n[^\\n]*)*?' : escapeRegExp(l))).join('\\n');
  return new RegExp(`^${pattern}$`).test(actual.replace(/\n+$/, ''));
}

const work = mkdtempSync(join(tmpdir(), 'cascade-console-'));
const UPDATE = process.env.CASCADE_UPDATE_CONSOLE === '1';
const updates: { block: ConsoleBlock; outputs: string[] }[] = [];
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  // Last block first, so the line numbers of the others hold.
  for (const { block, outputs } of updates.sort((a, b) => b.block.from - a.block.from)) {
    const path = join(ROOT, block.file);
    const lines = readFileSync(path, 'utf8').split('\n');
    const pad = ' '.repeat(block.indent);
    const body = block.commands
      .flatMap((c, n) => [
        `$ ${c.command}`,
        ...outputs[n]
          .replace(/\n+$/, '')
          .split('\n')
          .filter((l, _k, all) => all.length > 1 || l !== ''),
      ])
      .map((l) => (l ? pad + l : l));
    lines.splice(block.from, block.to - block.from, ...body);
    writeFileSync(path, lines.join('\n'));
  }
});
// The `cascade` the blocks call: the built CLI, as `npm link` makes it.
const bin = join(work, 'bin');
mkdirSync(bin);
writeFileSync(join(bin, 'cascade'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
chmodSync(join(bin, 'cascade'), 0o755);

/** Runs a block's commands one after another in one shell (so `cd` carries on), each one's output apart. */
function runBlock(block: ConsoleBlock, dir: string): string[] {
  const sep = '\u0001--cascade-console-next--\u0001';
  const script = [
    'set -e',
    block.setup ? `{ ${block.setup} ; } >/dev/null 2>&1` : '',
    'set +e',
    ...block.commands.map((c) => `printf '%s\\n' '${sep}'\n${c.command} 2>&1`),
  ].join('\n');
  const r = spawnSync('bash', ['-c', script], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: `${bin}:${process.env.PATH}`, HOME: process.env.HOME, LANG: 'C', COLUMNS: '100', NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const parts = r.stdout.split(`${sep}\n`);
  if (parts.length !== block.commands.length + 1) throw new Error(`the set-up failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return parts.slice(1).map((p) => p.split(dir).join('<tmp>'));
}

const blocks = markdownFiles().flatMap((f) => consoleBlocks(relative(ROOT, f), readFileSync(f, 'utf8')));

describe('console examples in README and docs/', () => {
  it('are found, with commands', () => {
    expect(blocks.length).toBeGreaterThan(10);
    for (const b of blocks) expect(`${b.file}:${b.line} ${b.commands.length}`).not.toMatch(/ 0$/);
  });

  it("match the matcher's own rules", () => {
    expect(matches(['a', '…', 'd'], 'a\nb\nc\nd\n')).toBe(true);
    expect(matches(['a', '…', 'd'], 'a\nd')).toBe(false);
    expect(matches(['a', 'b'], 'a\nb\nc')).toBe(false);
    expect(matches(['a (1)'], 'a (1)\n')).toBe(true);
  });

  for (const [i, block] of blocks.entries()) {
    it(`${block.file}:${block.line} ${block.commands.map((c) => `$ ${c.command}`).join('; ')}`, () => {
      const dir = join(work, `block-${i}`);
      mkdirSync(dir);
      // examples/ is there for the blocks that name it; the others check the folder itself.
      if (`${block.setup ?? ''} ${block.commands.map((c) => c.command).join(' ')}`.includes('examples/'))
        symlinkSync(join(ROOT, 'examples'), join(dir, 'examples'));
      const outputs = runBlock(block, dir);
      // Bytes that are not text (a workbook on stdout) never go into a document.
      const binary = outputs.some((o) => /[\u0000\uFFFD]/.test(o));
      expect(binary ? `${block.file}:${block.line} prints bytes that are not text` : '').toBe('');
      if (UPDATE && !block.commands.some((c) => c.expected.includes('…'))) updates.push({ block, outputs });
      block.commands.forEach((c, n) => {
        const shown = c.expected.join('\n');
        if (!matches(c.expected, outputs[n])) expect(`$ ${c.command}\n${outputs[n]}`).toBe(`$ ${c.command}\n${shown}`);
      });
    });
  }
});
