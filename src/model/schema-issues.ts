import type { z } from 'zod';
import { msg, type Msg } from '../core/message.js';
import type { DataPath, Part } from '../core/span.js';
import { readPeriode } from './periode.js';
import { DATE_PATTERN } from '../values/date.js';
import { CascadeFile } from './schema.js';
import { allowedKeysAt, valueAt } from '../core/schema-walk.js';
import { misspeltCascadeKey, PLAN_KEYS } from './plan-like.js';
import { closest, onlyCandidate } from '../core/suggest.js';

export type SchemaRule = 'schema/unknown-key' | 'schema/required' | 'schema/invalid-type' | 'file/version';

/** A schema issue translated into a finding: where it points and what it tells the user. */
export interface SchemaFinding {
  rule: SchemaRule;
  path: DataPath;
  part: Part;
  message: Msg;
  /** What `--fix` may do: rename the key at `path`, or add `cascade: 1` at the top. */
  fix?: { rename: string } | { insertCascade: true };
}

type Issue = z.core.$ZodIssue;

export function checkFileSchema(data: unknown): SchemaFinding[] {
  if (data === null || data === undefined) {
    return [
      {
        rule: 'file/version',
        path: [],
        part: 'value',
        message: msg('The file is empty: a cascade file starts with `cascade: 1`.', 'File ini kosong: file cascade diawali dengan `cascade: 1`.'),
      },
    ];
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return [
      {
        rule: 'schema/invalid-type',
        path: [],
        part: 'value',
        message: msg(
          `A cascade file must be a mapping of keys (cascade, pemda, sasaran, …), not ${kindOf(data)}.`,
          `File cascade harus berupa mapping kunci (cascade, pemda, sasaran, …), bukan ${kindOfId(data)}.`,
        ),
      },
    ];
  }
  const result = CascadeFile.safeParse(data);
  if (result.success) return [];
  const out: SchemaFinding[] = [];
  for (const issue of result.error.issues) translate(issue, [], data, out);
  return out;
}

function translate(issue: Issue, prefix: DataPath, root: unknown, out: SchemaFinding[]): void {
  const path = [...prefix, ...(issue.path as (string | number)[])];
  const input = valueAt(root, path);
  const key = path.length ? String(path[path.length - 1]) : '';
  if (path.length === 1 && path[0] === 'cascade') {
    out.push(
      input === undefined
        ? noCascadeKey(root)
        : {
            rule: 'file/version',
            path,
            part: 'value',
            message: msg(
              `Unknown format version ${JSON.stringify(input)}: this cascade reads version 1.`,
              `Versi format ${JSON.stringify(input)} tidak dikenal: cascade ini membaca versi 1.`,
            ),
          },
    );
    return;
  }
  // Whatever is wrong inside a periode, one message about the whole says it best.
  if (path[0] === 'periode' && issue.code !== 'unrecognized_keys') {
    if (!out.some((f) => f.path.length === 1 && f.path[0] === 'periode')) {
      out.push({ rule: 'schema/invalid-type', path: ['periode'], part: 'value', message: periodeMessage(valueAt(root, ['periode'])) });
    }
    return;
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(CascadeFile, path, root);
      // Each key's one near candidate, and how many keys share it: counted once, not per key (n² on a mapping of many keys).
      const onlyOf = new Map(issue.keys.map((k) => [k, /^\d/.test(k) ? undefined : onlyCandidate(k, allowed)]));
      const sharing = new Map<string | undefined, number>();
      for (const c of onlyOf.values()) sharing.set(c, (sharing.get(c) ?? 0) + 1);
      for (const k of issue.keys) {
        // A misspelt `cascade:` is file/version's finding, with its own did-you-mean.
        if (path.length === 0 && k === misspeltCascade(root)) continue;
        const guess = closest(k, allowed);
        // `{pagu: Rp 1,2 M}`: in a flow mapping the comma ends the value and "2 M" becomes a key.
        const hint = /^\d/.test(k)
          ? msg(
              ' A comma inside {…} separates entries: quote a value with a decimal comma, e.g. "Rp 1,2 M".',
              ' Koma di dalam {…} memisahkan entri: beri tanda kutip pada nilai berkoma desimal, misalnya "Rp 1,2 M".',
            )
          : guess
            ? msg(` Did you mean \`${guess}\`?`, ` Maksud Anda \`${guess}\`?`)
            : msg(` Allowed here: ${allowed.join(', ')}.`, ` Yang diizinkan di sini: ${allowed.join(', ')}.`);
        // Renamed by --fix only when one known key is that close and it is not written there already.
        const only = onlyOf.get(k);
        const free = only !== undefined && valueAt(root, [...path, only]) === undefined && sharing.get(only) === 1;
        out.push({
          rule: 'schema/unknown-key',
          path: [...path, k],
          part: 'key',
          message: msg(`Unknown key \`${k}\`.${hint.en}`, `Kunci \`${k}\` tidak dikenal.${hint.id}`),
          ...(free ? { fix: { rename: only } } : {}),
        });
      }
      return;
    }
    case 'invalid_union': {
      if (input === undefined) {
        out.push(missing(path, key));
        return;
      }
      // Follow the branch that matches the kind of value written; otherwise say what kinds fit.
      const branches = issue.errors.filter((errs) => !isKindMismatch(errs));
      if (branches.length === 1) {
        for (const e of branches[0]) translate(e, path, root, out);
        return;
      }
      const kinds = issue.errors.flatMap((errs) => errs.filter((e) => e.path.length === 0).flatMap(kindsOf));
      out.push(invalidType(path, input, kinds));
      return;
    }

    case 'invalid_type':
      if (input === undefined) out.push(missing(path, key));
      else out.push(invalidType(path, input, [expectedOf(issue)]));
      return;
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      const guess = typeof input === 'string' ? closest(input, values) : undefined;
      const hint = guess ? msg(` Did you mean \`${guess}\`?`, ` Maksud Anda \`${guess}\`?`) : msg('', '');
      out.push({
        rule: 'schema/invalid-type',
        path,
        part: 'value',
        message: msg(
          `\`${key}\` must be one of ${values.join(', ')}; found ${show(input)}.${hint.en}`,
          `\`${key}\` harus salah satu dari ${values.join(', ')}; tertulis ${show(input)}.${hint.id}`,
        ),
      });
      return;
    }
    case 'invalid_format':
      out.push({ rule: 'schema/invalid-type', path, part: 'value', message: formatMessage(key, input, issue) });
      return;
    case 'invalid_key':
      out.push({
        rule: 'schema/invalid-type',
        path,
        part: 'key',
        message: msg(
          `\`${key}\` is not a year: keys here are four-digit years such as 2025.`,
          `\`${key}\` bukan tahun: kunci di sini berupa tahun empat angka, misalnya 2025.`,
        ),
      });
      return;
    default:
      out.push({
        rule: 'schema/invalid-type',
        path,
        part: 'value',
        message: msg(`Invalid value for \`${key}\`: ${issue.message}.`, `Nilai \`${key}\` tidak sah: ${issue.message}.`),
      });
  }
}

function misspeltCascade(root: unknown): string | undefined {
  if (root === null || typeof root !== 'object' || 'cascade' in root) return undefined;
  return misspeltCascadeKey(Object.keys(root));
}

/** No `cascade:` key: at the misspelt one if there is one, else at the top, naming the plan keys seen. */
function noCascadeKey(root: unknown): SchemaFinding {
  const typo = misspeltCascade(root);
  if (typo !== undefined) {
    return {
      rule: 'file/version',
      path: [typo],
      part: 'key',
      fix: { rename: 'cascade' },
      message: msg(
        `Unknown key \`${typo}\`. Did you mean \`cascade\`? Without \`cascade: 1\` this is no cascade file, and a check of its folder would skip it.`,
        `Kunci \`${typo}\` tidak dikenal. Maksud Anda \`cascade\`? Tanpa \`cascade: 1\` file ini bukan file cascade, dan pemeriksaan foldernya akan melewatinya.`,
      ),
    };
  }
  const seen =
    root !== null && typeof root === 'object'
      ? Object.keys(root)
          .filter((k) => PLAN_KEYS.includes(k))
          .slice(0, 3)
      : [];
  if (seen.length) {
    const keys = seen.map((k) => `\`${k}\``).join(', ');
    return {
      rule: 'file/version',
      path: ['cascade'],
      part: 'key',
      fix: { insertCascade: true },
      message: msg(
        `This file holds plan keys (${keys}) but no \`cascade: 1\`, so a check of its folder would skip it. Did you mean to start it with \`cascade: 1\`?`,
        `File ini berisi kunci rencana (${keys}) tetapi tanpa \`cascade: 1\`, sehingga pemeriksaan foldernya akan melewatinya. Maksud Anda mengawalinya dengan \`cascade: 1\`?`,
      ),
    };
  }
  return {
    rule: 'file/version',
    path: ['cascade'],
    part: 'key',
    fix: { insertCascade: true },
    message: msg('This is not a cascade file: it needs `cascade: 1` at the top.', 'Ini bukan file cascade: perlu `cascade: 1` di bagian atas.'),
  };
}

function formatMessage(key: string, input: unknown, issue: Issue): Msg {
  const pattern = 'pattern' in issue ? String(issue.pattern) : '';
  if (pattern.includes('A-Za-z0-9')) {
    return msg(
      `${show(input)} is not a valid id: use letters, digits, ".", "_" or "-", starting with a letter or digit.`,
      `${show(input)} bukan id yang sah: gunakan huruf, angka, ".", "_" atau "-", diawali huruf atau angka.`,
    );
  }
  if (pattern.includes(DATE_PATTERN.source)) {
    return msg(
      `\`${key}\` is a date written YYYY-MM-DD, such as 2026-07-15; found ${show(input)}.`,
      `\`${key}\` berupa tanggal bertulis YYYY-MM-DD, misalnya 2026-07-15; tertulis ${show(input)}.`,
    );
  }
  return msg(`${show(input)} has the wrong form for \`${key}\`.`, `Bentuk ${show(input)} salah untuk \`${key}\`.`);
}

function periodeMessage(input: unknown): Msg {
  const read = readPeriode(input);
  const why = 'reason' in read ? read.reason : msg('periode is not valid.', 'periode tidak sah.');
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) return why;
  const found = Array.isArray(input) ? kindOf(input) : show(input);
  return msg(`${why.en.replace(/\.$/, '')}; found ${found}.`, `${why.id.replace(/\.$/, '')}; tertulis ${found}.`);
}

/** A union branch that failed only because the value is of another kind (a text, not a list). */
function isKindMismatch(errs: readonly Issue[]): boolean {
  return errs.every((e) => e.path.length === 0 && (e.code === 'invalid_type' || (e.code === 'invalid_union' && e.errors.every(isKindMismatch))));
}

/** The kinds an issue expected; a union inside a union (a value, or a map of years) names its own. */
function kindsOf(issue: Issue): Msg[] {
  if (issue.code === 'invalid_union') return issue.errors.flatMap((errs) => errs.filter((e) => e.path.length === 0).flatMap(kindsOf));
  return [expectedOf(issue)];
}

/** What zod expected, by its type name, said in both languages. */
const EXPECTED: Record<string, Msg> = {
  string: msg('text', 'teks'),
  number: msg('number', 'angka'),
  int: msg('a whole number', 'bilangan bulat'),
  boolean: msg('true or false', 'true atau false'),
  array: msg('a list', 'daftar'),
  object: msg('a mapping', 'mapping'),
  record: msg('a mapping', 'mapping'),
};

function expectedOf(issue: Issue): Msg {
  const expected = 'expected' in issue ? String(issue.expected) : '';
  return EXPECTED[expected] ?? msg('a value', 'nilai');
}

function missing(path: DataPath, key: string): SchemaFinding {
  return {
    rule: 'schema/required',
    path: path.slice(0, -1),
    part: 'value',
    message: msg(`Missing required key \`${key}\`.`, `Kunci wajib \`${key}\` tidak ada.`),
  };
}

function invalidType(path: DataPath, input: unknown, expected: readonly Msg[]): SchemaFinding {
  const what = placeName(path);
  // One of each kind: a union of a number and a map of years by number names "number" once.
  const kinds = [...new Map(expected.map((k) => [k.en, k])).values()];
  const en = kinds.map((k) => k.en).join(' or ');
  const id = kinds.map((k) => k.id).join(' atau ');
  // `true` says its kind itself; text and numbers are named with their kind: text "x", a number 5.
  const scalar = input !== null && input !== undefined && typeof input !== 'object';
  const found =
    typeof input === 'boolean'
      ? { en: String(input), id: String(input) }
      : { en: `${kindOf(input)}${scalar ? ` ${show(input)}` : ''}`, id: `${kindOfId(input)}${scalar ? ` ${show(input)}` : ''}` };
  return {
    rule: 'schema/invalid-type',
    path,
    part: 'value',
    message: msg(`${what.en} expects ${en}; found ${found.en}.`, `${what.id} harus berisi ${id}; tertulis ${found.id}.`),
  };
}

/** `pagu`, or "item 2 of `sasaran`" for a list's item: a list index alone (`1`) means nothing to a planner. */
function placeName(path: DataPath): Msg {
  const last = path[path.length - 1];
  if (last === undefined) return msg('The file', 'File ini');
  if (typeof last !== 'number') return msg(`\`${last}\``, `\`${last}\``);
  const list = path[path.length - 2];
  const of = list === undefined ? msg('the file', 'file') : typeof list === 'number' ? msg('the list', 'daftar') : msg(`\`${list}\``, `\`${list}\``);
  return msg(`Item ${last + 1} of ${of.en}`, `Butir ${last + 1} pada ${of.id}`);
}

export function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'boolean') return 'true/false';
  return 'a number';
}

function kindOfId(v: unknown): string {
  if (v === null || v === undefined) return 'kosong';
  if (Array.isArray(v)) return 'daftar';
  if (typeof v === 'object') return 'mapping';
  if (typeof v === 'string') return 'teks';
  if (typeof v === 'boolean') return 'true/false';
  return 'angka';
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
