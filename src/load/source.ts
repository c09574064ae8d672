import type { Msg } from '../i18n/message.js';
import { msg } from '../i18n/message.js';
import { MAX_DEPTH, readFast } from './fast-yaml.js';
import { scanYaml } from './scan-yaml.js';
import { FILE_START, lineStarts, spanOf, type DataPath, type Part, type Span } from './span.js';
import { readWithYaml, type Locator } from './yaml-document.js';

/** A problem found while reading a file, before anything knows about plans. */
export interface LoadProblem {
  rule: 'yaml/syntax' | 'yaml/duplicate-key' | 'file/encoding';
  span: Span;
  message: Msg;
}

/** Which paths may read a file: all in turn (auto), or from js-yaml's on, or the yaml package's only. */
export type ParsePath = 'auto' | 'js-yaml' | 'yaml';

/**
 * One YAML file: its text, its data as plain values, and the mapping from a path into that
 * data back to where it was written. Everything downstream locates findings through `locate`.
 */
export class SourceFile {
  readonly problems: LoadProblem[] = [];
  data: unknown = undefined;
  /** Which path read the text (for tests and the bench): the scanner, js-yaml, the yaml package. */
  readBy: 'scan' | 'js-yaml' | 'yaml' | 'none' = 'none';
  private starts: number[] | undefined;
  private locator: Locator | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
  ) {}

  /**
   * Parses the text by the quickest path that can read it exactly as the `yaml` package does:
   * the one-pass scanner for the YAML plans are written in; else js-yaml's events; else (errors,
   * aliases, tags, odd keys) the `yaml` package itself, whose error messages are the precise ones.
   */
  static parse(path: string, text: string, via: ParsePath = 'auto'): SourceFile {
    const file = new SourceFile(path, text);
    let precise: Locator | undefined;
    const yamlLocator = () => (precise ??= readWithYaml(text).locator);
    const scanned = via === 'auto' ? scanYaml(text) : undefined;
    if (scanned) {
      file.readBy = 'scan';
      file.data = scanned.data;
      file.locator = scanned.locator(yamlLocator);
      return file;
    }
    const fast = via !== 'yaml' ? readFast(text, yamlLocator) : ({ kind: 'yaml' } as const);
    if (fast.kind === 'ok') {
      file.readBy = 'js-yaml';
      file.data = fast.data;
      file.locator = fast.locator;
    } else if (fast.kind === 'too-deep') {
      file.problems.push({
        rule: 'yaml/syntax',
        span: file.span(fast.offset, fast.offset + 1),
        message: msg(
          `The YAML is nested more than ${MAX_DEPTH} levels deep: no plan is; check the brackets and the indentation.`,
          `YAML bersarang lebih dari ${MAX_DEPTH} tingkat: tidak ada rencana yang demikian; periksa kurung dan indentasinya.`,
        ),
      });
    } else {
      file.readBy = 'yaml';
      const read = readWithYaml(text);
      file.data = read.data;
      file.locator = read.locator;
      for (const p of read.problems) file.problems.push({ rule: p.rule, span: file.span(p.start, p.end), message: p.message });
    }
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

  /** The text as written for the scalar at `path` (quotes included), or undefined. */
  sourceText(path: DataPath): string | undefined {
    const r = this.locator?.scalarRange(path);
    return r && this.text.slice(r[0], r[1]);
  }

  /** Whether the scalar at `path` was written without quotes (YAML then types it itself). */
  isPlainScalar(path: DataPath): boolean {
    return this.locator?.isPlainScalar(path) ?? false;
  }
}

/** Findings about a whole block point at its first line only: editors underline less noise. */
function firstLineEnd(text: string, start: number, end: number): number {
  const nl = text.indexOf('\n', start);
  const lineEnd = nl === -1 ? text.length : nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
  return Math.min(end, lineEnd);
}
