import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawSchema } from '../../src/model/json-schema.js';
import { CascadeFile } from '../../src/model/schema.js';
import { FORMAT_DOC, renderFormatDoc } from '../../scripts/format-doc.js';
import { ROOT, runCli } from '../helpers/cli.js';

const doc = readFileSync(FORMAT_DOC, 'utf8');

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to dashes. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, '')
    .replace(/ /g, '-');

describe('docs/format.md', () => {
  it('has the key tables and value examples the schema and the readers give now (else: npm run docs:format)', () => {
    expect(doc, 'stale: run `npm run docs:format` and commit docs/format.md').toBe(renderFormatDoc(doc));
  });

  it('lists every key of every entry of the schema, under the entry', () => {
    const json = rawSchema(CascadeFile);
    const entries: Array<[string, Record<string, unknown>]> = [
      ['The file (top level)', json],
      ...Object.entries(json.definitions as Record<string, Record<string, unknown>>).map(([id, s]): [string, Record<string, unknown>] => [
        `\`${id.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase()}\``,
        s,
      ]),
    ];
    expect(entries.length).toBeGreaterThanOrEqual(14);
    for (const [title, schema] of entries) {
      const at = doc.indexOf(`### ${title}\n`);
      expect(at, title).toBeGreaterThan(0);
      const table = doc.slice(at, doc.indexOf('\n\n###', at + 1));
      for (const key of Object.keys(schema.properties as object)) expect(table, `${title}: ${key}`).toContain(`| \`${key}\` |`);
    }
  });

  it('links only to headings it has', () => {
    const anchors = new Set<string>();
    for (const m of doc.matchAll(/^#+ (.+)$/gm)) anchors.add(anchorOf(m[1]));
    const links = [...doc.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((l) => !anchors.has(l))).toEqual([]);
  });

  it('has a full example that cascade validates with no finding, using every level', () => {
    const section = doc.slice(doc.indexOf('## A full example'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1];
    for (const key of ['tujuan:', 'sasaran:', 'ksf:', 'sasaran_opd:', 'program:', 'kegiatan:', 'sop:', 'jabatan:', 'opd:', 'acuan:'])
      expect(yaml).toContain(key);
    const dir = mkdtempSync(join(tmpdir(), 'cascade-format-doc-'));
    try {
      writeFileSync(join(dir, 'plan.yaml'), yaml);
      const r = runCli(['validate', '--format', 'json', dir]);
      expect(JSON.parse(r.stdout)).toMatchObject({ diagnostics: [], summary: { errors: 0, warnings: 0 } });
      expect(r.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the project documents', () => {
  const docs = [
    'README.md',
    'CONTRIBUTING.md',
    ...readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .map((f) => join('docs', f)),
  ];

  // A path in backticks cites the repository when it starts in one of its folders, or in one of the
  // team's notes (design/, seed/, reference/) that are not in it; other paths are a user's own files.
  const folders = new Set([
    ...readdirSync(ROOT, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name),
    'design',
    'seed',
    'reference',
  ]);
  folders.delete('node_modules');

  it('cite only files that are in the repository', () => {
    const missing: string[] = [];
    for (const rel of docs) {
      const text = readFileSync(join(ROOT, rel), 'utf8');
      const cited = [
        ...[...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((p) => !/^[a-z]+:/.test(p)),
        ...[...text.matchAll(/`((?:[\w.-]+\/)+[\w.-]+\.(?:md|ts|js|json|yaml|yml))`/g)].map((m) => m[1]).filter((p) => folders.has(p.split('/')[0])),
      ];
      for (const p of cited) {
        if (!existsSync(join(ROOT, dirname(rel), p)) && !existsSync(join(ROOT, p))) missing.push(`${rel}: ${p}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('point to docs/format.md for the format, from the README', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('docs/format.md');
  });
});
