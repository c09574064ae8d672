import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { bandOutOfOrder } from './bands.js';
import { msg, type Msg } from '../core/message.js';
import { displayPath } from '../load/files.js';
import { PathError } from '../core/errors.js';
import { SourceFile } from '../load/source.js';
import type { DataPath, Part } from '../core/span.js';
import { allowedKeysAt, valueAt } from '../core/schema-walk.js';
import { closest } from '../core/suggest.js';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import type { RuleMeta } from '../core/rule-meta.js';
import { CONFIG_INVALID, CONFIG_UNKNOWN_KEY, CONFIG_UNKNOWN_RULE } from './meta.js';
import { ConfigFile, type ConfigData } from './schema.js';

export const CONFIG_NAMES = ['cascade.config.yaml', 'cascade.config.yml'] as const;

/** A configuration as read: its data, and the folder its override globs are relative to. */
export interface Config {
  /** Absolute path of the file read; undefined when there is none. */
  file?: string;
  dir: string;
  data: ConfigData;
}

export interface LoadedConfig {
  config: Config;
  /** What is wrong with the file, at its lines. */
  diagnostics: Diagnostic[];
}

/** The nearest cascade.config.yaml in `cwd` or a folder above it. */
export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      if (existsSync(p) && statSync(p).isFile()) return p;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Reads the configuration: the file given (`--config`), else the nearest one, else none
 * (`false`, from `--no-config`, skips the search). A file that cannot be read is a PathError.
 */
export function loadConfig(given: string | false | undefined, knownRules: readonly string[], cwd = process.cwd()): LoadedConfig {
  const abs = given === false ? undefined : given !== undefined ? resolve(cwd, given) : findConfig(cwd);
  if (!abs) return { config: { dir: cwd, data: {} }, diagnostics: [] };
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch {
    const shown = given || abs;
    throw new PathError(msg(`Cannot read the configuration file ${shown}.`, `File konfigurasi ${shown} tidak dapat dibaca.`));
  }
  return check(SourceFile.parse(displayPath(abs, cwd), text), abs, knownRules);
}

function check(source: SourceFile, abs: string, knownRules: readonly string[]): LoadedConfig {
  const config: Config = { file: abs, dir: dirname(abs), data: {} };
  const diagnostics: Diagnostic[] = source.problems.map((p) => ({ file: source.path, ...p.span, severity: 'error', rule: p.rule, message: p.message }));
  const at = (meta: RuleMeta, path: DataPath, part: Part, message: Msg) =>
    diagnostics.push({ file: source.path, ...source.locate(path, part), severity: meta.defaultSeverity, rule: meta.id, message });
  if (diagnostics.length) return { config, diagnostics };
  const data = source.data;
  // An empty file is an empty configuration: every rule at its default.
  if (data === null || data === undefined) return { config, diagnostics };
  if (typeof data !== 'object' || Array.isArray(data)) {
    at(
      CONFIG_INVALID,
      [],
      'value',
      msg(
        'A configuration is a mapping of keys: extends, rules, overrides, settings.',
        'Konfigurasi berupa mapping kunci: extends, rules, overrides, settings.',
      ),
    );
    return { config, diagnostics };
  }
  const parsed = ConfigFile.safeParse(data);
  if (!parsed.success) for (const issue of parsed.error.issues) translate(issue, data, at);
  else {
    config.data = parsed.data;
    const bands = parsed.data.settings?.kategoriCapaian;
    const wrong = bands && bandOutOfOrder(bands);
    if (wrong) at(CONFIG_INVALID, ['settings', 'kategoriCapaian', wrong.key], 'value', wrong.message);
  }
  // Rule ids are checked on the data as written, so that they are told even beside other mistakes.
  const raw = data as Record<string, unknown>;
  const ruleMaps: Array<{ path: DataPath; rules: unknown }> = [{ path: ['rules'], rules: raw.rules }];
  if (Array.isArray(raw.overrides)) {
    raw.overrides.forEach((o, i) => {
      ruleMaps.push({ path: ['overrides', i, 'rules'], rules: (o as Record<string, unknown> | null)?.rules });
    });
  }
  for (const { path, rules } of ruleMaps) {
    if (!rules || typeof rules !== 'object' || Array.isArray(rules)) continue;
    for (const id of Object.keys(rules)) {
      if (knownRules.includes(id)) continue;
      const guess = closest(id, knownRules);
      at(
        CONFIG_UNKNOWN_RULE,
        [...path, id],
        'key',
        msg(
          `There is no rule \`${id}\`.${guess ? ` Did you mean \`${guess}\`?` : ' `cascade rules` lists them.'}`,
          `Tidak ada aturan \`${id}\`.${guess ? ` Maksud Anda \`${guess}\`?` : ' `cascade rules` mendaftar semuanya.'}`,
        ),
      );
    }
  }
  if (diagnostics.length) config.data = {};
  diagnostics.sort(compareDiagnostics);
  return { config, diagnostics };
}

type Issue = z.core.$ZodIssue;
type At = (meta: RuleMeta, path: DataPath, part: Part, message: Msg) => void;

function translate(issue: Issue, root: unknown, at: At): void {
  const path = issue.path as Array<string | number>;
  const key = path.length ? String(path[path.length - 1]) : '';
  const input = valueAt(root, path);
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    at(CONFIG_INVALID, path.slice(0, -1), 'value', msg(`Missing required key \`${key}\`.`, `Kunci wajib \`${key}\` tidak ada.`));
    return;
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(ConfigFile, path, root);
      for (const k of issue.keys) {
        const guess = closest(k, allowed);
        at(
          CONFIG_UNKNOWN_KEY,
          [...path, k],
          'key',
          msg(
            `Unknown key \`${k}\`.${guess ? ` Did you mean \`${guess}\`?` : ` Allowed here: ${allowed.join(', ')}.`}`,
            `Kunci \`${k}\` tidak dikenal.${guess ? ` Maksud Anda \`${guess}\`?` : ` Yang diizinkan di sini: ${allowed.join(', ')}.`}`,
          ),
        );
      }
      return;
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const guess = typeof input === 'string' ? closest(input, values) : undefined;
      at(
        CONFIG_INVALID,
        path,
        'value',
        msg(
          `\`${key}\` must be one of ${values.join(', ')}; found ${show(input)}.${guess ? ` Did you mean \`${guess}\`?` : ''}`,
          `\`${key}\` harus salah satu dari ${values.join(', ')}; tertulis ${show(input)}.${guess ? ` Maksud Anda \`${guess}\`?` : ''}`,
        ),
      );
      return;
    }
    case 'invalid_type': {
      const want = KINDS[String(issue.expected)] ?? { en: String(issue.expected), id: String(issue.expected) };
      at(
        CONFIG_INVALID,
        path,
        'value',
        msg(`\`${key}\` expects ${want.en}; found ${show(input)}.`, `\`${key}\` harus berisi ${want.id}; tertulis ${show(input)}.`),
      );
      return;
    }
    case 'invalid_union':
      at(
        CONFIG_INVALID,
        path,
        'value',
        msg(`\`${key}\` expects a glob or a list of globs; found ${show(input)}.`, `\`${key}\` harus berisi glob atau daftar glob; tertulis ${show(input)}.`),
      );
      return;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const strict = !issue.inclusive;
      if (issue.origin === 'array') {
        at(CONFIG_INVALID, path, 'value', msg(`\`${key}\` must not be an empty list.`, `\`${key}\` tidak boleh berupa daftar kosong.`));
        return;
      }
      const en = small ? (strict ? `greater than ${bound}` : `at least ${bound}`) : strict ? `less than ${bound}` : `at most ${bound}`;
      const id = small ? (strict ? `lebih dari ${bound}` : `paling sedikit ${bound}`) : strict ? `kurang dari ${bound}` : `paling banyak ${bound}`;
      at(CONFIG_INVALID, path, 'value', msg(`\`${key}\` must be ${en}; found ${show(input)}.`, `\`${key}\` harus ${id}; tertulis ${show(input)}.`));
      return;
    }
    default:
      at(CONFIG_INVALID, path, 'value', msg(`Invalid value for \`${key}\`: ${issue.message}.`, `Nilai \`${key}\` tidak sah: ${issue.message}.`));
  }
}

const KINDS: Record<string, { en: string; id: string }> = {
  string: { en: 'text', id: 'teks' },
  number: { en: 'a number', id: 'angka' },
  boolean: { en: 'true or false', id: 'true atau false' },
  array: { en: 'a list', id: 'daftar' },
  object: { en: 'a mapping', id: 'mapping' },
  record: { en: 'a mapping', id: 'mapping' },
};

function show(v: unknown): string {
  if (v === undefined) return 'null';
  const s = typeof v === 'string' ? JSON.stringify(v) : typeof v === 'object' ? (Array.isArray(v) ? '[…]' : '{…}') : String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
