import fc from 'fast-check';

/**
 * Random YAML-looking text from a small grammar — block mappings and lists at random
 * indentations, every scalar style (plain over one or more lines, single and double quotes with
 * escapes and line breaks, literal and folded blocks with every header), flow collections over
 * one or more lines, comments, blank lines, tabs where they are allowed and where they are not,
 * document markers, anchors and tags now and then, CRLF and a BOM — valid or not. It aims at the
 * edges of the scanner's subset, where it must either read exactly what the yaml package reads
 * or give up.
 */

const SCALARS = [
  'a',
  'nama',
  'Dinas PU',
  'x y',
  'a # b',
  'a#b',
  'x: y',
  'x:y',
  'http://a.b/c',
  '-1',
  '- x',
  '-x',
  '?x',
  ':x',
  ': x',
  '~',
  'null',
  'Null',
  'true',
  'FALSE',
  '1.200',
  '0x1F',
  '0o17',
  '1e999',
  '.inf',
  '.NaN',
  '2025',
  '1_000',
  '12:30',
  '2025-02-14',
  'a,b',
  'a]b',
  'a}b',
  '[a',
  '{a',
  'a[1]',
  '#x',
  '!x',
  '&x',
  '*x',
  '|',
  '>',
  '%x',
  '@x',
  '`x',
  ',x',
  '"q"',
  "'q'",
  '"a: b"',
  '"a # b"',
  "'it''s'",
  '"it\'s"',
  "'a\"b'",
  '""',
  "''",
  '"x\\ty"',
  '"unterminated',
  "'unterminated",
  'ñ',
  'Rp 1.000.000',
  '70%',
  '<b>',
  '[]',
  '{}',
  '[a, b]',
  '[a, b, ]',
  '[ a ,b ]',
  '{a: 1}',
  '{a: 1, b: [x, y]}',
  '{"a":1}',
  "{'a': 1}",
  '{a}',
  '{a: }',
  '[a: b]',
  '[a, , b]',
  '{a: 1, a: 2}',
  '[[a], {b: c}]',
  '"\\u00e9\\x41\\U0001F600"',
  '"\\0\\a\\b\\e\\f\\n\\r\\v\\N\\_\\L\\P\\ \\/\\\\"',
  '"\\q"',
  '"\\x4"',
  '"\\uD800"',
  '"a\\"b"',
  '"tab\there"',
  'a\tb',
  "'tab\there'",
  '&anchor x',
  '*anchor',
  '!!str 1',
  '!!int "2"',
  '! x',
  '007',
  '+12',
  '-0',
  '.5',
  '5.',
  '1e3',
  '0.1.2',
  'Yes',
  'on',
];
const KEYS = [
  'id',
  'nama',
  'a',
  'b',
  'x y',
  '"q k"',
  "'s k'",
  '2025',
  '1.0',
  '0x10',
  'true',
  '~',
  '-k',
  ':k',
  'k:',
  'a#b',
  'a #b',
  '"a: b"',
  '__proto__',
  'constructor',
  '[k]',
  '{k: v}',
  '? k',
  '<<',
  '"dup"',
  'dup',
  '"e\\tk"',
  '&a k',
  '!!str k',
];
const GAPS = [' ', '  ', '   ', '', '\t', ' \t'];
const ENDS = ['', '', '', ' ', ' # c', '  #c', '#c', '\t# c', ' \t', '\t'];
const HEADERS = ['|', '>', '|-', '>-', '|+', '>+', '|2', '>1', '|2-', '|-2', '>+1', '|#c', '| # c', '>  # c|d', '|x', '|\t'];
const WORDS = ['x', 'Dinas', 'kinerja  dua', ' lead', 'trail ', '# not', '- item', 'a: b', '"q"', "'s'", '{x}', '[y]', '\tt', '1.200', ''];

interface Ctx {
  pick<T>(xs: readonly T[]): T;
  int(lo: number, hi: number): number;
  /** Whether this text may hold what no plan should (tabs, odd headers, markers): else mostly valid YAML. */
  wild: boolean;
}

// What a text that is not wild draws from: valid YAML the scanner is meant to read.
const TAME_HEADERS = ['|', '>', '|-', '>-', '| # c', '>-  # c'];
const TAME_WORDS = ['x', 'Dinas', 'kinerja  dua', 'trail ', '# not', '- item', '"q"', "'s'", '{x}', '[y]', '1.200'];
const TAME_ENDS = ['', '', '', ' ', ' # c', '  #c'];

/** A block scalar's lines below its header, at `indent` with some lines deeper, shallower or blank. */
function blockLines(c: Ctx, indent: number): string[] {
  const lines: string[] = [];
  const n = c.int(0, 4);
  for (let i = 0; i < n; i++) {
    const r = c.int(0, 9);
    const words = c.wild ? WORDS : TAME_WORDS;
    if (r === 0) lines.push('');
    else if (r === 1) lines.push(' '.repeat(c.int(0, c.wild ? indent + 3 : indent)));
    else if (r === 2) lines.push(' '.repeat(indent + c.int(1, 3)) + c.pick(words));
    else if (r === 3 && c.wild) lines.push(`${' '.repeat(c.int(0, indent))}${c.pick(['\t', '\t# x', '# c'])}`);
    else lines.push(' '.repeat(indent) + c.pick(words));
  }
  return lines;
}

/** A plain or quoted scalar that goes on over the following lines. */
function multiLine(c: Ctx, indent: number): string[] {
  const q = c.pick(['', '', '', '"', "'"]);
  const words = c.wild ? WORDS : ['x', 'Dinas', 'kinerja  dua', 'trail ', '- item', '"q"', '{x}', '[y]', '1.200'];
  const first = `${q}${c.pick(words)}`;
  const rest: string[] = [];
  const n = c.int(1, 3);
  for (let i = 0; i < n; i++) {
    if (c.int(0, 4) === 0) rest.push(c.pick(c.wild ? ['', ' '.repeat(indent), '\t'] : ['', ' '.repeat(indent)]));
    const text = c.pick(words) + (q === '"' && c.int(0, 3) === 0 ? '\\' : '');
    rest.push(' '.repeat(Math.max(0, indent + c.int(c.wild ? -1 : 0, 2))) + text);
  }
  if (q) rest[rest.length - 1] += c.int(0, 5) ? q : '';
  return [first, ...rest];
}

function block(c: Ctx, indent: number, depth: number, lines: string[]): void {
  const pad = ' '.repeat(indent);
  // A plan's top level is a mapping; a wild text may be anything.
  const asList = c.int(0, 2) === 0 && (depth > 0 || c.wild);
  const n = c.int(1, 3);
  for (let i = 0; i < n; i++) {
    if (c.int(0, 6) === 0)
      lines.push(
        c.pick(c.wild ? ['', '   ', `${' '.repeat(c.int(0, 6))}# note`, '\t', `\t# tab-led`, ' \t '] : ['', '   ', `${' '.repeat(c.int(0, 6))}# note`]),
      );
    // Mostly ordinary keys and values, so that most texts are valid and the scanner has work.
    const key = c.int(0, 4) || !c.wild ? `k${i}` : c.pick(KEYS);
    const tab = c.wild && c.int(0, 10) === 0;
    const head = asList ? `${tab ? `${pad.slice(1)}\t` : pad}-` : `${tab ? `\t${pad}` : pad}${key}:`;
    const ENDS_ = c.wild ? ENDS : TAME_ENDS;
    const r = c.int(0, 13);
    if (depth < 4 && r < 3) {
      // A nested block: on the next lines (deeper, or a list beside its key), or compact after `- `.
      if (asList && r === 0) {
        const sub: string[] = [];
        block(c, indent + 2, depth + 1, sub);
        if (sub.length) sub[0] = `${head} ${sub[0].trimStart()}`;
        lines.push(...sub);
      } else {
        lines.push(head + c.pick(ENDS_));
        block(c, indent + c.pick([asList ? 2 : 0, 1, 2, 4]), depth + 1, lines);
      }
    } else if (r === 3) {
      // A flow collection broken over lines.
      lines.push(
        `${head}${c.pick(c.wild ? GAPS : [' '])}{a: 1,${c.pick(ENDS_)}`,
        `${pad}${' '.repeat(c.int(c.wild ? 0 : 1, 4))}b: [x,`,
        `${pad}${' '.repeat(c.int(c.wild ? 0 : 1, 4))}y]}${c.pick(ENDS_)}`,
      );
    } else if (r === 4) {
      lines.push(head + c.pick(ENDS_)); // empty value
    } else if (r === 5 || r === 6) {
      // A block scalar, its content usually two deeper than its key or dash.
      lines.push(`${head} ${c.pick(c.wild ? HEADERS : TAME_HEADERS)}`);
      lines.push(...blockLines(c, indent + c.pick(c.wild ? [2, 2, 1, 3, 0] : [2, 2, 4])));
    } else if (r === 7) {
      const [first, ...rest] = multiLine(c, indent + c.pick(c.wild ? [2, 1, 0] : [2, 4]));
      lines.push(`${head} ${first}`, ...rest);
    } else {
      const value =
        c.int(0, 2) || !c.wild
          ? c.pick(['a', 'Dinas PU', '70%', '1.200', '2025', '007', '0x1F', '"q"', '[a, b]', '{a: 1}', '"\\u00e9 \\"x\\""', "'it''s'", '~', 'true'])
          : c.pick(SCALARS);
      lines.push(`${head}${c.pick(c.wild ? [' ', ' ', '  ', '', '\t'] : [' ', '  '])}${value}${c.pick(ENDS_)}`);
    }
  }
}

/** One text from a stream of random numbers. */
export function yamlText(next: () => number): string {
  const c: Ctx = { pick: (xs) => xs[next() % xs.length], int: (lo, hi) => lo + (next() % (hi - lo + 1)), wild: false };
  c.wild = c.int(0, 2) === 0;
  const crlf = c.int(0, 3) === 0;
  const bom = c.int(0, 5) === 0;
  const lines: string[] = [];
  const start = c.int(0, 12);
  if (start === 0) lines.push(c.wild ? c.pick(['---', '--- # doc', '%YAML 1.2\n---', '---x: 1', '...']) : '---');
  else if (start === 1) lines.push('# yaml-language-server: $schema=x.json');
  block(c, c.int(0, 5) === 0 ? 1 : 0, 0, lines);
  if (c.int(0, 15) === 0) lines.push(c.wild ? c.pick(['...', '---', '--- # two', '# end']) : '# end');
  const text = lines.join(crlf ? '\r\n' : '\n') + (c.int(0, 1) ? (crlf ? '\r\n' : '\n') : '');
  return bom ? `\uFEFF${text}` : text;
}

export const yamlLike: fc.Arbitrary<string> = fc.infiniteStream(fc.nat({ max: 1_000_000 })).map((stream) => {
  const it = stream[Symbol.iterator]();
  return yamlText(() => it.next().value as number);
});
