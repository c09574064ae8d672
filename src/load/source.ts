import { isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { Msg } from '../i18n/message.js';
import { msg } from '../i18n/message.js';
import { FILE_START, lineStarts, spanOf, type DataPath, type Part, type Span } from './span.js';

/** A problem found while reading a file, before anything knows about plans. */
export interface LoadProblem {
  rule: 'yaml/syntax' | 'yaml/duplicate-key' | 'file/encoding';
  span: Span;
  message: Msg;
}

/**
 * One YAML file: its text, its data as plain values, and the mapping from a path into that
 * data back to where it was written. Everything downstream locates findings through `locate`.
 */
export class SourceFile {
  readonly problems: LoadProblem[] = [];
  data: unknown = undefined;
  private starts: number[];
  private root: Node | null = null;

  constructor(
    readonly path: string,
    readonly text: string,
  ) {
    this.starts = lineStarts(text);
  }

  static parse(path: string, text: string): SourceFile {
    const file = new SourceFile(path, text);
    file.parseYaml();
    return file;
  }

  private parseYaml(): void {
    const doc = parseDocument(this.text, { prettyErrors: false, uniqueKeys: true, strict: true });
    for (const e of doc.errors) {
      const duplicate = e.code === 'DUPLICATE_KEY';
      this.problems.push({
        rule: duplicate ? 'yaml/duplicate-key' : 'yaml/syntax',
        span: this.span(e.pos[0], e.pos[1]),
        message: duplicate
          ? msg('Duplicate key: a key may appear only once in a mapping.', 'Kunci ganda: satu kunci hanya boleh muncul sekali dalam satu mapping.')
          : msg(`YAML syntax error: ${firstLine(e.message)}`, `Kesalahan sintaks YAML: ${firstLine(e.message)}`),
      });
    }
    this.root = (doc.contents as Node | null) ?? null;
    try {
      // A low alias budget stops "billion laughs" documents from expanding.
      this.data = doc.toJS({ maxAliasCount: 50 });
    } catch (err) {
      this.problems.push({
        rule: 'yaml/syntax',
        span: FILE_START,
        message: msg(
          `The YAML could not be expanded: ${firstLine(String((err as Error).message))}`,
          `YAML tidak dapat diuraikan: ${firstLine(String((err as Error).message))}`,
        ),
      });
      this.data = undefined;
    }
  }

  span(start: number, end: number): Span {
    return spanOf(this.starts, start, end);
  }

  /**
   * The range of the value (or key) at `path`. When the path goes further than the file does
   * (a missing key), the deepest part that exists is returned, so a finding still has a place.
   */
  locate(path: DataPath, part: Part = 'value'): Span {
    const found = this.walk(path);
    if (!found) return FILE_START;
    const { node, pair, complete } = found;
    const target = complete && part === 'key' && pair?.key ? (pair.key as Node) : node;
    const range = target?.range;
    if (!range) return FILE_START;
    return this.span(range[0], firstLineEnd(this.text, range[0], range[1]));
  }

  /** The text as written for the scalar at `path` (quotes included), or undefined. */
  sourceText(path: DataPath): string | undefined {
    const found = this.walk(path);
    if (!found?.complete || !found.node?.range || !isScalar(found.node)) return undefined;
    return this.text.slice(found.node.range[0], found.node.range[1]);
  }

  /** Whether the scalar at `path` was written without quotes (YAML then types it itself). */
  isPlainScalar(path: DataPath): boolean {
    const found = this.walk(path);
    return !!found?.complete && isScalar(found.node) && found.node.type === 'PLAIN';
  }

  private walk(path: DataPath): { node: Node | null; pair?: Pair; complete: boolean } | undefined {
    let node: Node | null = this.root;
    let pair: Pair | undefined;
    if (!node) return undefined;
    for (const seg of path) {
      let next: Node | null | undefined;
      if (isMap(node)) {
        const key = String(seg);
        const hit: Pair | undefined = (node.items as Pair[]).find((p) => isPair(p) && keyText(p.key) === key);
        if (hit) {
          pair = hit as Pair;
          next = (hit.value as Node | null) ?? (hit.key as Node);
        }
      } else if (isSeq(node) && typeof seg === 'number') {
        next = node.items[seg] as Node | undefined;
        pair = undefined;
      }
      if (!next) return { node, pair, complete: false };
      node = next;
    }
    return { node, pair, complete: true };
  }
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return (i === -1 ? s : s.slice(0, i)).trim();
}

/** Findings about a whole block point at its first line only: editors underline less noise. */
function firstLineEnd(text: string, start: number, end: number): number {
  const nl = text.indexOf('\n', start);
  const lineEnd = nl === -1 ? text.length : nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
  return Math.min(end, lineEnd);
}
