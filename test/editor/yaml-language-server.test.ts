// The JSON Schemas as editors use them: the real yaml-language-server, over stdio, with the
// schemas named by each file's modeline and, apart, by `yaml.schemas` settings as README shows.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Position } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPair, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { TOOL_RULES } from '../../src/config/meta.js';
import { SCHEMA_ID } from '../../src/model/schema-id.js';
import { RULES } from '../../src/rules/index.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { YamlLanguageServer } from '../helpers/yaml-ls.js';

const MODELINE = /^# yaml-language-server: \$schema=\S+\n/;
const INIT_FILES = ['rpjmd.yaml', 'opd/dinas-pariwisata.yaml', 'cascade.config.yaml', '.github/workflows/cascade.yml'];

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));
}

/** One file opened in the editor: where, and its text. */
interface Doc {
  name: string;
  uri: string;
  text: string;
}

let dir: string;
let root: string;
let server: YamlLanguageServer | undefined;
const examples: Doc[] = yamlFiles(join(ROOT, 'examples')).map((f) => ({ name: relative(ROOT, f), uri: pathToFileURL(f).href, text: readFileSync(f, 'utf8') }));
const initDocs: Doc[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cascade-yaml-ls-'));
  // A third starter repo takes the planted mistakes, beside schemas of its own.
  for (const lang of ['en', 'id', 'planted']) {
    const made = runCli(['--lang', lang === 'id' ? 'id' : 'en', 'init', lang], { cwd: dir });
    expect(made.stderr).toBe('');
    if (lang === 'planted') continue;
    for (const f of INIT_FILES) {
      const path = join(dir, lang, f);
      initDocs.push({ name: `init --lang ${lang}: ${f}`, uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') });
    }
  }
  // The workspace is the English starter repo: README's `yaml.schemas` paths are relative to it.
  root = join(dir, 'en');
  server = await YamlLanguageServer.start(root);
});

afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const words = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
const shown = (ds: Diagnostic[]) => ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${words(d)}`);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
const opdText = () => initDocs.find((d) => d.name.endsWith('en: opd/dinas-pariwisata.yaml'))!.text;
const configText = () => initDocs.find((d) => d.name.endsWith('en: cascade.config.yaml'))!.text;

interface Planted {
  text: string;
  expected: Array<{ line: number; message: RegExp }>;
}

/** The starter files with mistakes of the kinds a planner makes, and where they must be found. */
const PLANTED: Array<{ name: string; file: string; make: () => Planted }> = [
  {
    name: 'a misspelt key, a wrong type and a year of five digits in a plan file',
    file: 'opd/dinas-pariwisata.yaml',
    make: () => {
      const text = opdText()
        .replace('        satuan: kunjungan', '        satuaan: kunjungan')
        .replace(/^pemda: (.*)$/m, 'pemda: [$1]')
        .replace(/target: \{(\d{4}): 24,/, 'target: {$1: 24, 20266: 1,');
      return {
        text,
        expected: [
          { line: lineOf(text, 'satuaan:'), message: /Property satuaan is not allowed/ },
          { line: lineOf(text, 'pemda: ['), message: /Incorrect type\. Expected "string"/ },
          { line: lineOf(text, '20266'), message: /above the maximum of 9999/ },
        ],
      };
    },
  },
  {
    name: 'a misspelt rule id and a wrong type in cascade.config.yaml',
    file: 'cascade.config.yaml',
    make: () => {
      const text = configText()
        .replace('  cascade/not-cascaded: warn', '  cascade/not-cascadet: warn')
        .replace(/hoursPerDay: 7\.5/, 'hoursPerDay: "7,5"');
      return {
        text,
        expected: [
          { line: lineOf(text, 'not-cascadet'), message: /Property cascade\/not-cascadet is not allowed/ },
          { line: lineOf(text, 'hoursPerDay'), message: /Incorrect type\. Expected "number"/ },
        ],
      };
    },
  },
];

function expectFound(found: Diagnostic[], expected: Array<{ line: number; message: RegExp }>) {
  for (const e of expected) {
    expect(e.line, 'the planted line is in the file').toBeGreaterThan(0);
    expect(
      found.some((d) => d.range.start.line === e.line && e.message.test(words(d))),
      `${e.message} at line ${e.line + 1} in\n${shown(found).join('\n')}`,
    ).toBe(true);
  }
  // One mistake, one finding: nothing else is flagged.
  expect(shown(found)).toHaveLength(expected.length);
}

describe('yaml-language-server with the schemas named in each file (modeline)', () => {
  it('has the examples and the starter files to open', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(initDocs).toHaveLength(2 * INIT_FILES.length);
  });

  // Opened all at once: the server waits 200 ms before it checks a file, and would for each in turn.
  let opened: Promise<Map<string, Diagnostic[]>> | undefined;
  const diagnosticsOf = async (doc: Doc) => {
    opened ??= Promise.all([...examples, ...initDocs].map(async (d) => [d.uri, await server!.open(d.uri, d.text)] as const)).then((all) => new Map(all));
    return (await opened).get(doc.uri)!;
  };
  for (const doc of examples) {
    it(`reports nothing on ${doc.name}`, async () => expect(shown(await diagnosticsOf(doc))).toEqual([]));
  }
  it('reports nothing on any file `cascade init` writes, in English and Indonesian', async () => {
    for (const doc of initDocs) expect(shown(await diagnosticsOf(doc)), doc.name).toEqual([]);
  });

  for (const p of PLANTED) {
    it(`finds ${p.name}, at their lines`, async () => {
      const { text, expected } = p.make();
      expectFound(await server!.open(pathToFileURL(join(dir, 'planted', p.file)).href, text), expected);
    });
  }
});

describe('yaml-language-server with the schemas set in yaml.schemas (README)', () => {
  // Copies without the modeline, in the workspace, matched by README's globs (and the examples').
  const at = (rel: string) => pathToFileURL(join(root, 'settings', rel)).href;
  const bare = (text: string) => text.replace(MODELINE, '');

  it('configures the server', async () => {
    await server!.configure({
      schemas: {
        './schemas/cascade.schema.json': ['rpjmd.yaml', 'opd/*.yaml', 'examples/**/*.yaml'],
        './schemas/cascade.config.schema.json': 'cascade.config.yaml',
      },
    });
  });

  it('reports nothing on the examples and the starter files', async () => {
    const docs = [...examples, ...initDocs].filter((d) => MODELINE.test(d.text));
    expect(docs.length).toBeGreaterThanOrEqual(15);
    const found = await Promise.all(docs.map((doc) => server!.open(at(doc.name.replace(/^init --lang (\w+): /, '$1/')), bare(doc.text))));
    for (const [i, doc] of docs.entries()) expect(shown(found[i]), doc.name).toEqual([]);
  });

  for (const p of PLANTED) {
    it(`finds ${p.name}, at their lines`, async () => {
      const made = p.make();
      const text = bare(made.text);
      const moved = made.expected.map((e) => ({ ...e, line: e.line - 1 }));
      expectFound(await server!.open(at(`planted/${p.file}`), text), moved);
    });
  }
});

/** Every key of a YAML text with the position of its first character. */
function keys(text: string): Array<{ key: string; position: Position }> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const out: Array<{ key: string; position: Position }> = [];
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.range) {
        const p = lines.linePos(pair.key.range[0]);
        out.push({ key: String(pair.key.value), position: { line: p.line - 1, character: p.col - 1 } });
      }
    },
  });
  return out;
}

/** Markdown as plain text: hover texts escape braces, underscores and the like. */
const plain = (md: string) => md.replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1');
const DESCRIPTIONS: Array<[string, string]> = [
  ...Object.entries(SCHEMA_ID),
  ...[...RULES.map((r) => r.meta), ...TOOL_RULES].map((m): [string, string] => [m.description.en, m.description.id]),
];

describe('hover', () => {
  it('shows, on every key of the examples and the starter files, its description once, in English then Indonesian', async () => {
    let checked = 0;
    for (const doc of [...examples, ...initDocs].filter((d) => MODELINE.test(d.text))) {
      const seen = new Set<string>();
      for (const { key, position } of keys(doc.text)) {
        if (seen.has(key) || /^\d{4}$/.test(key)) continue;
        seen.add(key);
        const text = plain(await server!.hover(doc.uri, position));
        const where = `${doc.name}:${position.line + 1} ${key}`;
        const pair = DESCRIPTIONS.find(([en, id]) => text.includes(`${en}\n\n${id}`));
        expect(pair, `${where}: ${JSON.stringify(text)}`).toBeDefined();
        expect(text.split(pair![0]).length - 1, `${where}: said once`).toBe(1);
        expect(text, where).not.toContain(' || ');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  const sample = [
    '# yaml-language-server: $schema=../schemas/cascade.schema.json',
    'cascade: 1',
    'opd:',
    '  - {id: D, nama: Dinas, pagu: {2025: Rp 3 M}}',
    'program:',
    '  - id: P1',
    '    nama: Program',
    '    mendukung: [SS1, SS2]',
    '    anggaran: Rp 1,2 M',
    '    indikator:',
    '      - {nama: Jumlah, satuan: unit, target: {2025: 10, 2026: 12}}',
    '',
  ].join('\n');
  const sampleUri = () => pathToFileURL(join(root, 'opd', 'hover.yaml')).href;
  const hoverAt = async (line: number, needle: string, offset = 0) =>
    plain(await server!.hover(sampleUri(), { line, character: sample.split('\n')[line].indexOf(needle) + offset }));

  it('says what mendukung, anggaran, pagu and target hold, on the key and on each form of value', async () => {
    expect(await server!.open(sampleUri(), sample)).toEqual([]);
    for (const [line, needle] of [
      [7, 'mendukung'],
      [7, 'SS1'],
      [7, 'SS2'],
    ] as const) {
      const text = await hoverAt(line, needle);
      expect(text, needle).toContain('Id(s) of the parent(s) this node supports');
      expect(text, needle).not.toMatch(/unique/);
    }
    for (const needle of ['anggaran', 'Rp 1,2 M']) expect(await hoverAt(8, needle), needle).toContain('Money per year {2025: …}, or one amount for the period');
    expect(await hoverAt(3, 'pagu')).toContain('Budget ceiling per year');
    expect(await hoverAt(3, 'Rp 3 M')).toContain('An amount in rupiah');
    expect(await hoverAt(10, 'target')).toContain('Target per year {2025: 70, 2026: 75}, or one value for the end of the period');
    expect(await hoverAt(5, 'id')).toContain('Identifier of this entry, unique in the whole plan');
  });
});

describe('completion', () => {
  const labels = async (uri: string, text: string, position: Position) => {
    await server!.open(uri, text);
    return (await server!.complete(uri, position)).map((c) => c.label);
  };

  it('offers every rule id under rules: in cascade.config.yaml', async () => {
    const uri = pathToFileURL(join(root, 'completion', 'cascade.config.yaml')).href;
    const got = await labels(uri, '# yaml-language-server: $schema=../schemas/cascade.config.schema.json\nrules:\n  \n', { line: 2, character: 2 });
    const ids = [...RULES.map((r) => r.meta.id), ...TOOL_RULES.map((r) => r.id)];
    expect(ids.length).toBeGreaterThan(30);
    expect([...got].sort()).toEqual([...ids].sort());
  });

  it('offers the keys a sasaran_opd may have, and the values of arah', async () => {
    const uri = pathToFileURL(join(root, 'completion', 'plan.yaml')).href;
    const text = '# yaml-language-server: $schema=../schemas/cascade.schema.json\ncascade: 1\nsasaran_opd:\n  - id: SS1\n    nama: x\n    opd: D\n    \n';
    const got = await labels(uri, text, { line: 6, character: 4 });
    expect(got).toEqual(expect.arrayContaining(['mendukung', 'indikator', 'ksf', 'program', 'keterangan']));
    expect(got).not.toContain('sop');
    expect(got).not.toContain('nama');
    const arah = pathToFileURL(join(root, 'completion', 'arah.yaml')).href;
    const values = await labels(
      arah,
      '# yaml-language-server: $schema=../schemas/cascade.schema.json\ncascade: 1\nsasaran:\n  - id: S\n    nama: x\n    indikator:\n      - nama: i\n        arah: \n',
      { line: 7, character: 14 },
    );
    expect(values).toEqual(expect.arrayContaining(['naik', 'turun']));
  });
});
