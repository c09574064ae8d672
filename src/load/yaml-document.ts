import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { msg } from '../core/message.js';
import { NumberForms, type Locator, type RawProblem, type YamlRead } from './read.js';
import { lineStarts, positionAt } from './span.js';
import type { DataPath, Part } from '../core/span.js';
import { syntaxProblem } from './syntax-message.js';
import { keepAllPrintable } from './yaml-values.js';

/**
 * The reference reader: the `yaml` package, for every file the scanner does not read (syntax
 * errors, duplicate keys, aliases, tags, …). It parses several times slower and holds far more
 * memory, so it is loaded only when a file needs it.
 */
const requireFromHere = createRequire(import.meta.url);
let yamlModule: typeof Yaml | undefined;
const yaml = (): typeof Yaml => (yamlModule ??= requireFromHere('yaml') as typeof Yaml);

export function readWithYaml(text: string): YamlRead {
  const Y = yaml();
  const comments: number[] = [];
  // One parse: the tokens pass by here (for the comments) on their way to the composer.
  const tokens = new Y.Parser().parse(text);
  function* noting(): Generator<Yaml.CST.Token> {
    for (const t of tokens) {
      collectComments(t, comments);
      yield t;
    }
  }
  // logLevel 'error': a complex key is reported by the schema, not printed as a process warning.
  const composer = new Y.Composer({ prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' });
  let doc: Yaml.Document.Parsed | undefined;
  for (const d of composer.compose(noting(), true, text.length)) {
    if (!doc) doc = d;
    else {
      doc.errors.push(new Y.YAMLParseError([d.range[0], d.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  const problems = yamlProblems(Y, doc!, text);
  const root = (doc!.contents as Yaml.Node | null) ?? null;
  let data: unknown;
  try {
    // A low alias budget stops "billion laughs" documents from expanding.
    data = doc!.toJS({ maxAliasCount: 50 });
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
  return { data, problems, locator: new NodeLocator(Y, root), comments: sortPairs(comments), forms: numberForms(Y, root, data) };
}

/**
 * The problems of a document. A syntax error leaves the parser guessing, and its guesses make
 * more errors further on: only the first is a finding, with the duplicate keys before it.
 */
function yamlProblems(Y: typeof Yaml, doc: Yaml.Document.Parsed, text: string): RawProblem[] {
  let first: Yaml.YAMLError | undefined;
  for (const e of doc.errors) if (e.code !== 'DUPLICATE_KEY' && (!first || e.pos[0] < first.pos[0])) first = e;
  const problems: RawProblem[] = [];
  for (const e of doc.errors) {
    if (e.code !== 'DUPLICATE_KEY' || (first && e.pos[0] > first.pos[0])) continue;
    const twice = firstOfKey(Y, doc, e.pos[0]);
    const firstLineNo = twice ? positionAt(lineStarts(text), twice.first).line : 0;
    const earlier = twice ? ` \`${twice.key}\` (first on line ${firstLineNo})` : '';
    const earlierId = twice ? ` \`${twice.key}\` (pertama di baris ${firstLineNo})` : '';
    problems.push({
      rule: 'yaml/duplicate-key',
      start: e.pos[0],
      end: twice ? twice.end : e.pos[1],
      message: msg(
        `Duplicate key${earlier}: a key may appear only once in a mapping.`,
        `Kunci ganda${earlierId}: satu kunci hanya boleh muncul sekali dalam satu mapping.`,
      ),
    });
  }
  if (first) {
    const opened = first.code === 'MISSING_CHAR' && /^Missing closing .quote/.test(first.message) ? openQuoteBefore(Y, doc, first.pos[0]) : undefined;
    problems.push(syntaxProblem(text, first.code, firstLine(first.message), first.pos[0], first.pos[1], opened));
  }
  return problems;
}

/** The comment tokens inside a CST token, as [start, end) pairs. */
function collectComments(token: unknown, out: number[]): void {
  const stack: unknown[] = [token];
  while (stack.length) {
    const t = stack.pop();
    if (Array.isArray(t)) {
      for (const x of t) if (x && typeof x === 'object') stack.push(x);
    } else if (t && typeof t === 'object') {
      const tok = t as { type?: unknown; offset?: unknown; source?: unknown };
      if (tok.type === 'comment' && typeof tok.offset === 'number' && typeof tok.source === 'string') {
        out.push(tok.offset, tok.offset + tok.source.length);
        continue;
      }
      for (const v of Object.values(t)) if (v && typeof v === 'object') stack.push(v);
    }
  }
}

/** [start, end) pairs in text order (the walk above visits them in any order). */
function sortPairs(flat: number[]): number[] {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  return pairs.flat();
}

/** The written form of plain numbers, found by walking the node tree beside the data it made. */
function numberForms(Y: typeof Yaml, root: Yaml.Node | null, data: unknown): NumberForms {
  const forms = new NumberForms();
  const stack: Array<[Yaml.Node | null, unknown]> = [[root, data]];
  const visit = (container: object, key: string | number, node: unknown): void => {
    if (Y.isScalar(node)) {
      const value = (container as Record<string, unknown>)[key];
      if (node.type === 'PLAIN' && typeof node.value === 'number' && typeof value === 'number' && typeof node.source === 'string')
        forms.note(container, key, value, node.source);
    } else if (Y.isCollection(node)) stack.push([node, (container as Record<string, unknown>)[key]]);
  };
  while (stack.length) {
    const [node, value] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Y.isMap(node) && !Array.isArray(value)) {
      for (const p of node.items) if (Y.isScalar(p.key) && p.key.value !== null && p.key.value !== undefined) visit(value, String(p.key.value), p.value);
    } else if (Y.isSeq(node) && Array.isArray(value)) for (const [i, item] of node.items.entries()) visit(value, i, item);
  }
  return forms;
}

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
    const { isMap, isPair, isScalar, isSeq } = this.Y;
    let node: Yaml.Node | null = this.root;
    let pair: Yaml.Pair | undefined;
    if (!node) return undefined;
    let complete = true;
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
      if (!next) {
        complete = false;
        break;
      }
      node = next;
    }
    const target = complete && part === 'key' && pair?.key ? (pair.key as Yaml.Node) : node;
    const r = target?.range;
    return r ? [r[0], r[1]] : undefined;
  }
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return (i === -1 ? s : s.slice(0, i)).trim();
}
