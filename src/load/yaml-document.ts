import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { msg, type Msg } from '../i18n/message.js';
import { lineStarts, positionAt, type DataPath, type Part } from './span.js';
import { keepAllPrintable } from './yaml-values.js';

/**
 * The precise path: the `yaml` package, for files the fast path hands over (syntax errors,
 * duplicate keys, aliases, tags, …). It parses several times slower and holds far more memory,
 * so it is loaded only when a file needs it.
 */
const requireFromHere = createRequire(import.meta.url);
let yamlModule: typeof Yaml | undefined;
const yaml = (): typeof Yaml => (yamlModule ??= requireFromHere('yaml') as typeof Yaml);

/** A problem as the yaml package reports it: offsets into the text. */
export interface RawProblem {
  rule: 'yaml/syntax' | 'yaml/duplicate-key';
  start: number;
  end: number;
  message: Msg;
}

/** Where a path leads in a file: the ranges (offsets) of its node and of its key. */
export interface Locator {
  /** [start, end] of the node at `path` (or of its key), or of the deepest part that exists. */
  range(path: DataPath, part: Part): readonly [number, number] | undefined;
  /** [start, end] of the scalar at `path` as written, quotes included; undefined if it is not one. */
  scalarRange(path: DataPath): readonly [number, number] | undefined;
  isPlainScalar(path: DataPath): boolean;
}

export function readWithYaml(text: string): { data: unknown; problems: RawProblem[]; locator: Locator } {
  const Y = yaml();
  const problems: RawProblem[] = [];
  // logLevel 'error': a complex key is reported by the schema, not printed as a process warning.
  const doc = Y.parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' });
  for (const e of doc.errors) {
    const duplicate = e.code === 'DUPLICATE_KEY';
    const opened = e.code === 'MISSING_CHAR' && /^Missing closing .quote/.test(e.message) ? openQuoteBefore(Y, doc, e.pos[0]) : undefined;
    if (opened !== undefined) {
      problems.push({
        rule: 'yaml/syntax',
        start: opened,
        end: opened + 1,
        message: msg('This quote is never closed: end the text with the same quote mark on this line.',
          'Tanda kutip ini tidak pernah ditutup: akhiri teksnya dengan tanda kutip yang sama di baris ini.'),
      });
      continue;
    }
    const twice = duplicate ? firstOfKey(Y, doc, e.pos[0]) : undefined;
    const firstLineNo = twice ? positionAt(lineStarts(text), twice.first).line : 0;
    const earlier = twice ? ` \`${twice.key}\` (first on line ${firstLineNo})` : '';
    const earlierId = twice ? ` \`${twice.key}\` (pertama di baris ${firstLineNo})` : '';
    problems.push({
      rule: duplicate ? 'yaml/duplicate-key' : 'yaml/syntax',
      start: e.pos[0],
      end: twice ? twice.end : e.pos[1],
      message: duplicate
        ? msg(`Duplicate key${earlier}: a key may appear only once in a mapping.`, `Kunci ganda${earlierId}: satu kunci hanya boleh muncul sekali dalam satu mapping.`)
        : msg(`YAML syntax error: ${firstLine(e.message)}`, `Kesalahan sintaks YAML: ${SYNTAX_ID[e.code] ? `${SYNTAX_ID[e.code]} (${firstLine(e.message)})` : firstLine(e.message)}`),
    });
  }
  const root = (doc.contents as Yaml.Node | null) ?? null;
  let data: unknown;
  try {
    // A low alias budget stops "billion laughs" documents from expanding.
    data = doc.toJS({ maxAliasCount: 50 });
    keepAllPrintable(data);
  } catch (err) {
    const why = firstLine(String((err as Error).message));
    problems.push({
      rule: 'yaml/syntax',
      start: 0,
      end: 0,
      message: msg(`The YAML could not be expanded: ${why}`, `YAML tidak dapat diuraikan: ${why}`),
    });
    data = undefined;
  }
  return { data, problems, locator: new NodeLocator(Y, root) };
}

/** What the yaml package's errors mean, in Indonesian; its own (English) words follow in brackets. */
const SYNTAX_ID: Record<string, string> = {
  BAD_INDENT: 'indentasinya tidak sesuai, atau kurung [ atau { belum ditutup',
  TAB_AS_INDENT: 'tab tidak boleh dipakai untuk indentasi; gunakan spasi',
  BLOCK_AS_IMPLICIT_KEY: 'indentasi tidak konsisten, atau mapping bersarang ditulis pada satu baris',
  MULTILINE_IMPLICIT_KEY: 'kunci harus berada dalam satu baris; periksa indentasi dan tanda titik dua',
  MISSING_CHAR: 'ada tanda yang kurang (titik dua, kurung, atau tanda kutip)',
  BAD_SCALAR_START: 'nilai tidak boleh diawali karakter khusus seperti @ atau `; beri tanda kutip',
  UNEXPECTED_TOKEN: 'ada teks yang tidak diharapkan di sini; periksa tanda kutip, titik dua, dan indentasi',
  MULTIPLE_DOCS: 'file berisi lebih dari satu dokumen YAML (---); satu file, satu dokumen',
  BAD_ALIAS: 'alias (*nama) tidak menunjuk anchor (&nama) yang ada',
};

/** The key repeated at `at`, where it ends, and where the same key was first written in its mapping. */
function firstOfKey(Y: typeof Yaml, doc: Yaml.Document, at: number): { key: string; end: number; first: number } | undefined {
  let found: { key: string; end: number; first: number } | undefined;
  Y.visit(doc, {
    Map(_key, map) {
      const i = map.items.findIndex((p) => (p.key as Yaml.Node | null)?.range?.[0] === at);
      if (i < 0) return undefined;
      const keyOf = (p: Yaml.Pair) => String(Y.isScalar(p.key) ? p.key.value : p.key);
      const key = keyOf(map.items[i]);
      const first = map.items.find((p) => keyOf(p) === key);
      const range = (map.items[i].key as Yaml.Node).range!;
      found = { key, end: range[1], first: (first?.key as Yaml.Node | null)?.range?.[0] ?? at };
      return Y.visit.BREAK;
    },
  });
  return found;
}

/**
 * The yaml package reports an unclosed quote where the text ends, often many lines below: the
 * quoted scalar that swallowed the rest starts at the last quote opened before that point.
 */
function openQuoteBefore(Y: typeof Yaml, doc: Yaml.Document, at: number): number | undefined {
  let found: number | undefined;
  Y.visit(doc, {
    Scalar(_key, node) {
      const start = node.range?.[0];
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && start !== undefined && start <= at && (found === undefined || start > found)) {
        found = start;
      }
    },
  });
  return found;
}

/** Finds paths in the yaml package's node tree. */
class NodeLocator implements Locator {
  constructor(
    private readonly Y: typeof Yaml,
    private readonly root: Yaml.Node | null,
  ) {}

  range(path: DataPath, part: Part): readonly [number, number] | undefined {
    const found = this.walk(path);
    if (!found) return undefined;
    const { node, pair, complete } = found;
    const target = complete && part === 'key' && pair?.key ? (pair.key as Yaml.Node) : node;
    const r = target?.range;
    return r ? [r[0], r[1]] : undefined;
  }

  scalarRange(path: DataPath): readonly [number, number] | undefined {
    const found = this.walk(path);
    if (!found?.complete || !found.node?.range || !this.Y.isScalar(found.node)) return undefined;
    return [found.node.range[0], found.node.range[1]];
  }

  isPlainScalar(path: DataPath): boolean {
    const found = this.walk(path);
    return !!found?.complete && this.Y.isScalar(found.node) && found.node.type === 'PLAIN';
  }

  private walk(path: DataPath): { node: Yaml.Node | null; pair?: Yaml.Pair; complete: boolean } | undefined {
    const { isMap, isPair, isScalar, isSeq } = this.Y;
    let node: Yaml.Node | null = this.root;
    let pair: Yaml.Pair | undefined;
    if (!node) return undefined;
    for (const seg of path) {
      let next: Yaml.Node | null | undefined;
      if (isMap(node)) {
        const key = String(seg);
        const hit: Yaml.Pair | undefined = (node.items as Yaml.Pair[]).find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
        if (hit) {
          pair = hit;
          next = (hit.value as Yaml.Node | null) ?? (hit.key as Yaml.Node);
        }
      } else if (isSeq(node) && typeof seg === 'number') {
        next = node.items[seg] as Yaml.Node | undefined;
        pair = undefined;
      }
      if (!next) return { node, pair, complete: false };
      node = next;
    }
    return { node, pair, complete: true };
  }
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return (i === -1 ? s : s.slice(0, i)).trim();
}
