import fc from 'fast-check';

/**
 * Random YAML-looking text from a small grammar — block mappings and lists at random
 * indentations, flow collections over one or more lines, quoted and plain scalars with the
 * characters that change their meaning (`: `, ` #`, quotes, indicators), comments, blank lines,
 * CRLF — valid or not. It aims at the edges of the scanner's subset, where it must either read
 * exactly what the yaml package reads or give up.
 */

const SCALARS = [
  'a', 'nama', 'Dinas PU', 'x y', 'a # b', 'a#b', 'x: y', 'x:y', 'http://a.b/c', '-1', '- x', '-x', '?x', ':x', ': x', '~', 'null', 'Null', 'true', 'FALSE',
  '1.200', '0x1F', '0o17', '1e999', '.inf', '.NaN', '2025', '1_000', '12:30', '2025-02-14', 'a,b', 'a]b', 'a}b', '[a', '{a', 'a[1]', '#x', '!x', '&x', '*x', '|', '>', '%x',
  '@x', '`x', ',x', '"q"', "'q'", '"a: b"', '"a # b"', "'it''s'", '"it\'s"', "'a\"b'", '""', "''", '"x\\ty"', '"unterminated', "'unterminated", 'ñ', 'Rp 1.000.000', '70%', '<b>',
  '[]', '{}', '[a, b]', '[a, b, ]', '[ a ,b ]', '{a: 1}', '{a: 1, b: [x, y]}', '{"a":1}', "{'a': 1}", '{a}', '{a: }', '[a: b]', '[a, , b]', '{a: 1, a: 2}', '[[a], {b: c}]',
];
const KEYS = ['id', 'nama', 'a', 'b', 'x y', '"q k"', "'s k'", '2025', '1.0', '0x10', 'true', '~', '-k', ':k', 'k:', 'a#b', 'a #b', '"a: b"', '__proto__', 'constructor', '[k]', '{k: v}', '? k', '<<', '"dup"', 'dup'];
const GAPS = [' ', '  ', '   ', ''];
const ENDS = ['', '', '', ' ', ' # c', '  #c', '#c'];

interface Ctx {
  pick<T>(xs: readonly T[]): T;
  int(lo: number, hi: number): number;
}

function block(c: Ctx, indent: number, depth: number, lines: string[]): void {
  const pad = ' '.repeat(indent);
  const asList = c.int(0, 2) === 0;
  const n = c.int(1, 3);
  for (let i = 0; i < n; i++) {
    if (c.int(0, 6) === 0) lines.push(c.pick(['', '   ', `${' '.repeat(c.int(0, 6))}# note`]));
    // Mostly ordinary keys and values, so that most texts are valid and the scanner has work.
    const key = c.int(0, 4) ? `k${i}` : c.pick(KEYS);
    const head = asList ? `${pad}-` : `${pad}${key}:`;
    const r = c.int(0, 9);
    if (depth < 4 && r < 3) {
      // A nested block: on the next lines (deeper, or a list beside its key), or compact after `- `.
      if (asList && r === 0) {
        const sub: string[] = [];
        block(c, indent + 2, depth + 1, sub);
        if (sub.length) sub[0] = `${head} ${sub[0].trimStart()}`;
        lines.push(...sub);
      } else {
        lines.push(head + c.pick(ENDS));
        block(c, indent + c.pick([asList ? 2 : 0, 1, 2, 4]), depth + 1, lines);
      }
    } else if (r === 3) {
      // A flow collection broken over lines.
      lines.push(`${head}${c.pick(GAPS)}{a: 1,${c.pick(ENDS)}`, `${pad}${' '.repeat(c.int(0, 4))}b: [x,`, `${pad}${' '.repeat(c.int(0, 4))}y]}${c.pick(ENDS)}`);
    } else if (r === 4) {
      lines.push(head + c.pick(ENDS)); // empty value
    } else {
      const value = c.int(0, 2) ? c.pick(['a', 'Dinas PU', '70%', '1.200', '2025', 'x: y', '"q"', '[a, b]', '{a: 1}']) : c.pick(SCALARS);
      lines.push(`${head}${c.pick([' ', ' ', '  ', ''])}${value}${c.pick(ENDS)}`);
    }
  }
}

export const yamlLike: fc.Arbitrary<string> = fc
  .tuple(fc.infiniteStream(fc.nat({ max: 1_000_000 })), fc.boolean(), fc.boolean())
  .map(([stream, crlf, bom]) => {
    const it = stream[Symbol.iterator]();
    const next = () => it.next().value as number;
    const c: Ctx = { pick: (xs) => xs[next() % xs.length], int: (lo, hi) => lo + (next() % (hi - lo + 1)) };
    const lines: string[] = [];
    block(c, c.int(0, 5) === 0 ? 1 : 0, 0, lines);
    const text = lines.join(crlf ? '\r\n' : '\n') + (c.int(0, 1) ? (crlf ? '\r\n' : '\n') : '');
    return bom ? `\uFEFF${text}` : text;
  });
