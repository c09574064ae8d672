import type { Msg } from '../core/message.js';
import { msg } from '../core/message.js';
import { flowTooDeep, MAX_DEPTH, NumberForms, type Locator } from './read.js';
import { scanYaml } from './scan-yaml.js';
import { FILE_START, lineStarts, spanOf } from './span.js';
import type { DataPath, Part } from '../core/span.js';
import type { Span } from '../core/span.js';
import { readWithYaml } from './yaml-document.js';

/** A problem found while reading a file, before anything knows about plans. */
export interface LoadProblem {
  rule: 'yaml/syntax' | 'yaml/duplicate-key' | 'file/encoding' | 'file/unreadable';
  span: Span;
  message: Msg;
}

/** A comment as written: where it starts and its text from `#` to the end of its line. */
export interface Comment {
  offset: number;
  source: string;
}

/** Which reader may read a file: the scanner when it can (auto), or the `yaml` package only. */
export type ParsePath = 'auto' | 'yaml';

/**
 * One YAML file: its text, its data as plain values, and the mapping from a path into that
 * data back to where it was written. Everything downstream locates findings through `locate`.
 */
export class SourceFile {
  readonly problems: LoadProblem[] = [];
  data: unknown = undefined;
  /** Which reader read the text (for tests and the bench): the scanner or the yaml package. */
  readBy: 'scan' | 'yaml' | 'none' = 'none';
  private starts: number[] | undefined;
  private locator: Locator | undefined;
  private commentOffsets: number[] = [];
  private forms = new NumberForms();

  constructor(
    readonly path: string,
    readonly text: string,
  ) {}

  /**
   * Reads the text once, by the one-pass scanner for the YAML plans are written in, else by
   * the `yaml` package (the reference, whose error messages are the precise ones). Either way
   * the read gives the data, every range, the comments and how numbers were written.
   */
  static parse(path: string, text: string, via: ParsePath = 'auto'): SourceFile {
    const file = new SourceFile(path, text);
    const scanned = via === 'auto' ? scanYaml(text) : undefined;
    const deep = scanned && 'tooDeep' in scanned ? scanned.tooDeep : scanned ? -1 : flowTooDeep(text);
    if (deep >= 0) {
      file.problems.push({
        rule: 'yaml/syntax',
        span: file.span(deep, deep + 1),
        message: msg(
          `The YAML is nested more than ${MAX_DEPTH} levels deep: no plan is; check the brackets and the indentation.`,
          `YAML bersarang lebih dari ${MAX_DEPTH} tingkat: tidak ada rencana yang demikian; periksa kurung dan indentasinya.`,
        ),
      });
      return file;
    }
    const read = scanned && !('tooDeep' in scanned) ? scanned : readWithYaml(text);
    file.readBy = read === scanned ? 'scan' : 'yaml';
    file.data = read.data;
    file.locator = read.locator;
    file.commentOffsets = read.comments;
    file.forms = read.forms;
    for (const p of read.problems) file.problems.push({ rule: p.rule, span: file.span(p.start, p.end), message: p.message });
    return file;
  }

  /**
   * The first problem that leaves the file's data a guess (a syntax or encoding error; a duplicate
   * key still reads), or undefined when the data can be trusted.
   */
  unreadable(): LoadProblem | undefined {
    return this.problems.find((p) => p.rule !== 'yaml/duplicate-key');
  }

  span(start: number, end: number): Span {
    this.starts ??= lineStarts(this.text);
    return spanOf(this.starts, start, end);
  }

  /**
   * The range of the value (or key) at `path`. When the path goes further than the file does
   * (a missing key), the deepest part that exists is returned, so a finding still has a place.
   */
  locate(path: DataPath, part: Part = 'value'): Span {
    const r = this.locator?.range(path, part);
    if (!r) return FILE_START;
    return this.span(r[0], firstLineEnd(this.text, r[0], r[1]));
  }

  /** Offsets [start, end) of the key or value at `path` as written (for edits), when the reader knows them. */
  offsets(path: DataPath, part: Part = 'value'): readonly [number, number] | undefined {
    return this.locator?.range(path, part);
  }

  /** The comments of the file, in the order written. */
  comments(): Comment[] {
    const out: Comment[] = [];
    const c = this.commentOffsets;
    for (let i = 0; i < c.length; i += 2) out.push({ offset: c[i], source: this.text.slice(c[i], c[i + 1]) });
    return out;
  }

  /**
   * How the number at `path` was written, when YAML read an unquoted scalar there as a number
   * (`1.200` for 1.2); undefined when there is no number at `path`.
   */
  numberText(path: DataPath): string | undefined {
    if (path.length === 0) return undefined;
    let container: unknown = this.data;
    for (let i = 0; i < path.length - 1; i++) {
      if (container === null || typeof container !== 'object') return undefined;
      container = (container as Record<string, unknown>)[path[i]];
    }
    if (container === null || typeof container !== 'object') return undefined;
    const key = path[path.length - 1];
    if (!Object.hasOwn(container, key)) return undefined;
    return this.forms.of(container, key);
  }
}

/** Findings about a whole block point at its first line only: editors underline less noise. */
function firstLineEnd(text: string, start: number, end: number): number {
  const nl = text.indexOf('\n', start);
  const lineEnd = nl === -1 ? text.length : nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
  return Math.min(end, lineEnd);
}
