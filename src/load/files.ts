import { type Dirent, readdirSync, readFileSync, realpathSync, type Stats, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { msg, type Msg } from '../i18n/message.js';
import { SourceFile } from './source.js';
import { lineStarts, positionAt } from './span.js';

/** A path the user gave that cannot be used at all: the command cannot run (exit 2). */
export class PathError extends Error {
  constructor(readonly text: Msg) {
    super(text.en);
  }
}

const YAML_FILE = /\.ya?ml$/i;
// A cascade file has `cascade:` as a top-level key; checked on the text so other YAML is skipped unparsed.
const CASCADE_KEY = /^\uFEFF?cascade[ \t]*:/m;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface FoundFiles {
  /** Absolute paths of the files to read, sorted: cascade files, and files that look like plan files. */
  files: string[];
  /** Files read although they lack `cascade:` (or misspell it): each is a finding, never skipped silently. */
  planLike: string[];
  /** YAML files in the folders given that are no plan files. */
  skipped: string[];
}

export interface FindOptions {
  /** Whether a YAML file without `cascade:` still holds plan keys (so is read, to be told off). */
  looksLikePlan?: (text: string) => boolean;
  /** A folder with no cascade file is no error (a plan's root searched for the rest of the plan). */
  allowEmpty?: boolean;
}

/**
 * Expands the paths the user gave into the cascade files to read, in sorted order.
 * A file named explicitly is always read (and told off if it is no cascade file);
 * a folder contributes the YAML files below it that have a `cascade:` key or look like plan files.
 */
export function findCascadeFiles(paths: readonly string[], cwd = process.cwd(), options: FindOptions = {}): FoundFiles {
  const files = new Set<string>();
  const planLike: string[] = [];
  const skipped: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st: Stats;
    try {
      st = statSync(abs);
    } catch {
      throw new PathError(msg(`No such file or folder: ${p}`, `File atau folder tidak ada: ${p}`));
    }
    if (st.isDirectory()) {
      let found = 0;
      let other = 0;
      for (const f of walkYaml(abs, new Set())) {
        const text = readText(f);
        if (CASCADE_KEY.test(text)) {
          files.add(f);
          found++;
        } else if (options.looksLikePlan?.(text)) {
          files.add(f);
          planLike.push(f);
          found++;
        } else {
          skipped.push(f);
          other++;
        }
      }
      // An empty result would read as "no problems": say instead that there was nothing to check.
      if (found === 0 && !options.allowEmpty) {
        const others = other ? msg(` (${other} other YAML file${other === 1 ? '' : 's'} skipped)`, ` (${other} file YAML lain dilewati)`) : msg('', '');
        throw new PathError(msg(
          `No cascade file in ${p}${others.en}: a cascade file is a .yaml or .yml file with \`cascade: 1\` at the top.`,
          `Tidak ada file cascade di ${p}${others.id}: file cascade adalah file .yaml atau .yml yang diawali \`cascade: 1\`.`,
        ));
      }
    } else if (st.isFile()) files.add(abs);
    // A FIFO or a device (/dev/zero) would block or never end: no plan is kept in one.
    else throw new PathError(msg(`Not a file or folder: ${p}`, `Bukan file atau folder: ${p}`));
  }
  return { files: [...files].sort(), planLike: [...new Set(planLike)], skipped: [...new Set(skipped)] };
}

function* walkYaml(dir: string, seen: Set<string>): Generator<string> {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  // A symlink that points back up the tree would otherwise loop for ever.
  if (seen.has(real)) return;
  seen.add(real);
  let listed: Dirent[];
  try {
    listed = readdirSync(dir, { withFileTypes: true });
  } catch {
    throw new PathError(msg(`Cannot read the folder ${dir}`, `Tidak dapat membaca folder ${dir}`));
  }
  const entries = listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIPPED_DIRS.has(e.name)) continue;
    const full = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = statSync(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // a dangling link is no file to read
      }
    }
    if (isDir) yield* walkYaml(full, seen);
    else if (isFile && YAML_FILE.test(e.name)) yield full;
  }
}

function readText(abs: string): string {
  try {
    return readFileSync(abs, 'utf8');
  } catch {
    throw new PathError(msg(`Cannot read ${abs}`, `Tidak dapat membaca ${abs}`));
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Far above any real plan file (a province's is a few MB); reading more would only exhaust memory. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Reads and parses one file. Throws PathError only when it cannot be read at all. */
export function loadSource(abs: string, cwd = process.cwd()): SourceFile {
  const shown = displayPath(abs, cwd);
  let bytes: Buffer;
  try {
    if (statSync(abs).size > MAX_FILE_BYTES) {
      throw new PathError(msg(`${shown} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB: no plan file is; split the plan into files.`,
        `${shown} lebih besar dari ${MAX_FILE_BYTES / 1024 / 1024} MB: tidak ada file rencana sebesar itu; pecah rencana menjadi beberapa file.`));
    }
    bytes = readFileSync(abs);
  } catch (err) {
    if (err instanceof PathError) throw err;
    throw new PathError(msg(`Cannot read ${shown}`, `Tidak dapat membaca ${shown}`));
  }
  return sourceFromBytes(shown, bytes);
}

/** Bytes → a parsed file; bytes that are not UTF-8 text become a finding, not a crash. */
export function sourceFromBytes(shown: string, bytes: Uint8Array): SourceFile {
  let text: string;
  let bad = -1;
  try {
    text = utf8.decode(bytes);
    bad = text.indexOf('\u0000');
  } catch {
    text = Buffer.from(bytes).toString('latin1');
    bad = firstInvalidUtf8(bytes);
  }
  if (bad === -1) return SourceFile.parse(shown, text);
  const pos = positionAt(lineStarts(text), bad);
  const file = new SourceFile(shown, text);
  const binary = text[bad] === '\u0000';
  file.problems.push({
    rule: 'file/encoding',
    span: { line: pos.line, column: pos.column, endLine: pos.line, endColumn: pos.column + 1 },
    message: binary
      ? msg('The file holds binary data (a NUL byte), not YAML text.', 'File ini berisi data biner (byte NUL), bukan teks YAML.')
      : msg('The file is not valid UTF-8 text; save it as UTF-8.', 'File ini bukan teks UTF-8 yang sah; simpan sebagai UTF-8.'),
  });
  return file;
}

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : abs;
}

/** Where the first byte that breaks UTF-8 is, to point the finding at it (overlong forms aside). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const more = c < 0x80 ? 0 : c >> 5 === 6 ? 1 : c >> 4 === 14 ? 2 : c >> 3 === 30 ? 3 : -1;
    if (more < 0) return i;
    for (let k = 1; k <= more; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += more + 1;
  }
  return 0;
}
