/** A 1-based, end-exclusive range in a file, as editors and SARIF count. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A path into the data of one file: keys and list indexes, e.g. ["sasaran", 0, "ksf"]. */
export type DataPath = ReadonlyArray<string | number>;

/** Which part of a mapping entry a finding is about. */
export type Part = 'key' | 'value';
