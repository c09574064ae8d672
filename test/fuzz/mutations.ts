import fc from 'fast-check';
import { parse, stringify } from 'yaml';

/**
 * Random damage to a plan file, of the kinds people do by hand: on the data (a key dropped or
 * misspelled, a value of the wrong type, a node moved elsewhere) and on the text (lines cut,
 * moved or duplicated, indentation broken, a stray quote, bracket, tab or colon).
 */

type Obj = Record<string, unknown>;
type Path = Array<string | number>;

const KEYS = [
  'id',
  'nama',
  'mendukung',
  'opd',
  'indikator',
  'target',
  'anggaran',
  'pagu',
  'kegiatan',
  'program',
  'sasaran_opd',
  'ksf',
  'sop',
  'langkah',
  'pelaksana',
  'atasan',
  'satuan',
  'arah',
  'cascade',
  'periode',
  'skala',
  'bagian_dari',
  'agregasi',
  'baseline',
  'realisasi',
  'kode',
  'jabatan',
  'eselon',
];
const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ', 'nama ', 'Nama', 'namaa', '2025', '0', 'x.y', 'ñ'];

/** Values of every kind a planner (or an editor accident) can put where another was meant. */
export const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(
      '1.200',
      '70%',
      'Rp 1,2 M',
      '6 juta',
      '2025-2029',
      '',
      'S1',
      'OPD001',
      '<script>',
      '=SUM(A1)',
      '1e999',
      1e308,
      -0,
      2 ** 53 + 1,
      'a\u0000b',
      'x\ny',
      '\u202e',
    ),
  ),
  value: fc.oneof(
    { maxDepth: 2 },
    tie('leaf'),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS, ...ODD_KEYS), tie('value'), { maxKeys: 3 }),
  ),
})).value;

function pathsOf(data: unknown): Path[] {
  const out: Path[] = [];
  const visit = (v: unknown, path: Path) => {
    if (path.length) out.push(path);
    if (Array.isArray(v)) for (const [i, x] of v.entries()) visit(x, [...path, i]);
    else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) visit((v as Obj)[k], [...path, k]);
  };
  visit(data, []);
  return out;
}

const parentOf = (root: unknown, path: Path): unknown => path.slice(0, -1).reduce<unknown>((v, k) => (v as Obj)[k as string], root);
const containers = (root: unknown): Path[] =>
  [[], ...pathsOf(root)].filter((p) => {
    const v = p.reduce<unknown>((x, k) => (x as Obj)[k as string], root);
    return v !== null && typeof v === 'object';
  });

function remove(root: unknown, path: Path): unknown {
  const parent = parentOf(root, path) as Obj | unknown[];
  const last = path[path.length - 1];
  const value = (parent as Obj)[last as string];
  if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete (parent as Obj)[last as string];
  return value;
}

function put(container: unknown, key: string, value: unknown): void {
  if (Array.isArray(container)) container.push(value);
  else Object.defineProperty(container, key, { value, enumerable: true, configurable: true, writable: true });
}

export type DataMutation =
  | { kind: 'drop'; at: number }
  | { kind: 'rename'; at: number; to: string }
  | { kind: 'retype'; at: number; value: unknown }
  | { kind: 'move'; at: number; to: number; key: string };

export const dataMutation: fc.Arbitrary<DataMutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), to: fc.oneof(fc.constantFrom(...KEYS, ...ODD_KEYS), fc.string({ maxLength: 8 })) }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat(), key: fc.constantFrom(...KEYS) }),
);

/** Applies one mutation to plain data, in place (the data is a fresh copy). */
export function mutateData(root: unknown, m: DataMutation): void {
  const paths = pathsOf(root);
  if (!paths.length) return;
  const path = paths[m.at % paths.length];
  const parent = parentOf(root, path);
  const last = path[path.length - 1];
  switch (m.kind) {
    case 'drop':
      remove(root, path);
      return;
    case 'rename':
      if (Array.isArray(parent)) return;
      put(parent, m.to, remove(root, path));
      return;
    case 'retype':
      (parent as Obj)[last as string] = m.value;
      return;
    case 'move': {
      const value = remove(root, path);
      const targets = containers(root);
      if (!targets.length) return;
      const target = targets[m.to % targets.length].reduce<unknown>((x, k) => (x as Obj)[k as string], root);
      put(target, m.key, value);
    }
  }
}

export type TextMutation =
  | { kind: 'cut-line' | 'dup-line' | 'end-here'; at: number }
  | { kind: 'truncate-line'; at: number; keep: number }
  | { kind: 'indent'; at: number; by: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'move-line'; at: number; to: number };

const STRAYS = [
  ':',
  ': ',
  '- ',
  '"',
  "'",
  '{',
  '[',
  '}',
  ']',
  '|',
  '>',
  '#',
  '\t',
  '&a ',
  '*a',
  '!!str ',
  '? ',
  ',',
  '\n',
  '  ',
  '%',
  '@',
  '`',
  '\u00a0',
  '\uFEFF',
  '\r',
  'x: y\n',
  '- x\n',
  '\\',
  '…',
];

export const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('cut-line' as const, 'dup-line' as const, 'end-here' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate-line' as const), at: fc.nat(), keep: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...STRAYS), fc.string({ maxLength: 3 })) }),
  fc.record({ kind: fc.constant('move-line' as const), at: fc.nat(), to: fc.nat() }),
);

export function mutateText(text: string, m: TextMutation): string {
  const lines = text.split('\n');
  const i = m.at % lines.length;
  switch (m.kind) {
    case 'cut-line':
      lines.splice(i, 1);
      break;
    case 'dup-line':
      lines.splice(i, 0, lines[i]);
      break;
    case 'end-here':
      return text.slice(0, m.at % (text.length + 1));
    case 'truncate-line':
      lines[i] = lines[i].slice(0, m.keep);
      break;
    case 'indent':
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-m.by}}`), '');
      break;
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'move-line': {
      const [line] = lines.splice(i, 1);
      lines.splice(m.to % (lines.length + 1), 0, line);
      break;
    }
  }
  return lines.join('\n');
}

/** A damaged copy of `text`: data-level mutations (then written back as YAML) or text-level ones. */
export type Damage = { data: DataMutation[] } | { text: TextMutation[] };

export const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ data: fc.array(dataMutation, { minLength: 1, maxLength: 3 }) }),
  fc.record({ text: fc.array(textMutation, { minLength: 1, maxLength: 3 }) }),
);

const loaded = new Map<string, unknown>();

export function applyDamage(text: string, d: Damage): string {
  if ('text' in d) return d.text.reduce(mutateText, text);
  // The examples are damaged thousands of times: read each once, then copy.
  if (!loaded.has(text)) loaded.set(text, parse(text));
  const data = structuredClone(loaded.get(text));
  for (const m of d.data) mutateData(data, m);
  return stringify(data, { lineWidth: 0 });
}
