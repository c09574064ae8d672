import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { helpTextId } from '../../src/cli/help-id.js';
import { buildProgram } from '../../src/cli/program.js';
import { runCli } from '../helpers/cli.js';

/** Every description a user can see in `--help`, with where it is declared. */
function descriptions(cmd: Command, path = 'cascade'): Array<[string, string]> {
  const out: Array<[string, string]> = [[path, cmd.description()]];
  for (const o of cmd.options) out.push([`${path} ${o.flags}`, o.description]);
  for (const a of cmd.registeredArguments) out.push([`${path} <${a.name()}>`, a.description]);
  for (const c of cmd.commands) out.push(...descriptions(c, `${path} ${c.name()}`));
  return out;
}

describe('--help in Indonesian', () => {
  it('has an Indonesian text for every description of every command (add one to HELP_ID with a new option)', () => {
    const missing = descriptions(buildProgram()).filter(([, en]) => en && helpTextId(en) === undefined);
    expect(missing).toEqual([]);
  });

  it("prints headings, descriptions and commander's errors in Indonesian, and English otherwise", () => {
    const id = runCli(['budget-summary', '--help'], { env: { LANG: 'id_ID.UTF-8' } });
    expect(id.stdout).toContain('Penggunaan: cascade budget-summary');
    expect(id.stdout).toContain('rupiah ringkas: Rp4,0 M');
    expect(id.stdout.replace(/\s+/g, ' ')).toContain('satu baris per: opd, program, kegiatan, sasaran (bawaan: "opd")');
    expect(id.stdout).toContain('tampilkan bantuan perintah');
    const err = runCli(['validate', '--bogus', '--lang', 'id']);
    expect(err.code).toBe(2);
    expect(err.stderr).toContain("galat: opsi '--bogus' tidak dikenal");
    const en = runCli(['budget-summary', '--help']);
    expect(en.stdout).toContain('Usage: cascade budget-summary');
    expect(en.stdout).toContain('short rupiah');
  });
});
