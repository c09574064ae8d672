import { closeSync, type Dirent, openSync, readdirSync, readSync, realpathSync, type Stats, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { PathError } from '../core/errors.js';
import { msg, type Msg } from '../core/message.js';
import { type IgnoreRules, isIgnored, rulesAbove, withExclude, withFolder } from './ignored.js';
import { SourceFile } from './source.js';
import { lineStarts, positionAt } from './span.js';

const YAML_FILE = /\.ya?ml$/i;
// A cascade file has `cascade:` as a top-level key; checked on the text so other YAML is skipped unparsed.
const CASCADE_KEY = /^\uFEFF?cascade[ \t]*:/m;
// Never part of a plan, even outside a repository (git's own folder and dot folders are skipped too).
const SKIPPED_DIRS = new Set(['node_modules']);

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
const CONFIG_FILE = /^cascade\.config\.ya?ml$/;

export function findCascadeFiles(paths: readonly string[], cwd = process.cwd(), options: FindOptions = {}): FoundFiles {
  const files = new Set<string>();
  const planLike: string[] = [];
  const skipped: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st: Stats;
    try {
      st = statSync(abs);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EACCES')
        throw new PathError(msg(`Cannot read ${p}: permission denied.`, `Tidak dapat membaca ${p}: izin ditolak.`));
      throw new PathError(msg(`No such file or folder: ${p}`, `File atau folder tidak ada: ${p}`));
    }
    if (st.isDirectory()) {
      let found = 0;
      let other = 0;
      for (const f of walkYaml(abs, new Set(), rulesAbove(abs))) {
        // The configuration (config/load.ts reads it) is no plan file, and not a file left out.
        if (CONFIG_FILE.test(basename(f))) continue;
        // A file that cannot be read (or named) is kept: reading it again makes it a finding.
        const text = readText(f);
        if (text === undefined || CASCADE_KEY.test(text)) {
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
        throw new PathError(
          msg(
            `No cascade file in ${p}${others.en}: a cascade file is a .yaml or .yml file with \`cascade: 1\` at the top.`,
            `Tidak ada file cascade di ${p}${others.id}: file cascade adalah file .yaml atau .yml yang diawali \`cascade: 1\`.`,
          ),
        );
      }
    } else if (st.isFile()) files.add(abs);
    // A FIFO or a device (/dev/zero) would block or never end: no plan is kept in one.
    else throw new PathError(msg(`Not a file or folder: ${p}`, `Bukan file atau folder: ${p}`));
  }
  return { files: [...files].sort(), planLike: [...new Set(planLike)], skipped: [...new Set(skipped)] };
}

/**
 * The YAML files below a folder, and the folders that cannot be listed (each becomes a finding
 * when it is read as a file), in sorted order. Dot folders and files, `node_modules` and what git
 * ignores are not read: no plan lives in them, and copies there (a `tmp/`, a build's `dist/`) would
 * read as a second plan. Depth first with a stack of the folders being listed, not by recursion:
 * folders nest as deep as the file system allows.
 */
function* walkYaml(top: string, seen: Set<string>, ignored: IgnoreRules): Generator<string> {
  const open: Array<{ dir: string; entries: Dirent[]; next: number; rules: IgnoreRules }> = [];
  // Lists a folder onto the stack; a folder that cannot be listed is returned, to be yielded.
  const enter = (dir: string, above: IgnoreRules): string | undefined => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return dir;
    }
    // A symlink that points back up the tree would otherwise loop for ever.
    if (seen.has(real)) return undefined;
    seen.add(real);
    let listed: Dirent[];
    try {
      listed = readdirSync(dir, { withFileTypes: true });
    } catch {
      return dir;
    }
    const entries = listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // At a repository's root its .git/info/exclude applies too, under the folder's own .gitignore.
    const atRoot = entries.some((e) => e.name === '.git') ? withExclude(above, dir) : above;
    const rules = entries.some((e) => e.name === '.gitignore') ? withFolder(atRoot, dir) : atRoot;
    open.push({ dir, entries, next: 0, rules });
    return undefined;
  };
  const failed = enter(top, ignored);
  if (failed !== undefined) yield failed;
  while (open.length) {
    const at = open[open.length - 1];
    if (at.next === at.entries.length) {
      open.pop();
      continue;
    }
    const e = at.entries[at.next++];
    if (e.name.startsWith('.') || SKIPPED_DIRS.has(e.name)) continue;
    const full = join(at.dir, e.name);
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
    if (!(isDir || (isFile && YAML_FILE.test(e.name))) || isIgnored(at.rules, full, isDir)) continue;
    if (!isDir) yield full;
    else {
      const unlisted = enter(full, at.rules);
      if (unlisted !== undefined) yield unlisted;
    }
  }
}

function readText(abs: string): string | undefined {
  try {
    return Buffer.from(readCapped(abs)).toString('utf8');
  } catch {
    return undefined;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Far above any real plan file (a province's is a few MB); reading more would only exhaust memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

class TooLarge extends Error {}

/**
 * The file's bytes, counting what is actually read: the size on disk says nothing for /proc or
 * a device (0 for /proc/self/pagemap, which reads on for gigabytes). Throws past `max` bytes.
 */
export function readCapped(abs: string, max = MAX_FILE_BYTES): Uint8Array {
  const fd = openSync(abs, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // Whole chunks: some kernel files (pagemap) refuse reads that are not a multiple of 8 bytes.
      const chunk = Buffer.allocUnsafe(1 << 20);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > max) throw new TooLarge();
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Reads and parses one file; a file that cannot be read is a `file/unreadable` finding, and the run goes on. */
export function loadSource(abs: string, cwd = process.cwd()): SourceFile {
  const shown = displayPath(abs, cwd);
  let bytes: Uint8Array;
  try {
    bytes = readCapped(abs);
  } catch (err) {
    const file = new SourceFile(shown, '');
    file.problems.push({ rule: 'file/unreadable', span: { line: 1, column: 1, endLine: 1, endColumn: 1 }, message: whyUnreadable(abs, err) });
    return file;
  }
  return sourceFromBytes(shown, bytes);
}

function whyUnreadable(abs: string, err: unknown): Msg {
  const mb = MAX_FILE_BYTES / 1024 / 1024;
  if (err instanceof TooLarge) {
    return msg(
      `The file is larger than ${mb} MB (or never ends, as a device does): no plan file is; split the plan into files.`,
      `File lebih besar dari ${mb} MB (atau tidak berujung, seperti perangkat): tidak ada file rencana sebesar itu; pecah rencana menjadi beberapa file.`,
    );
  }
  const code = (err as NodeJS.ErrnoException).code ?? String(err);
  // readdir gives a name that is not UTF-8 with U+FFFD in it, a name no call can open again.
  if (code === 'ENOENT' && abs.includes('\uFFFD')) {
    return msg(
      'The file name is not valid UTF-8 (shown with �), so it cannot be opened: rename the file.',
      'Nama file bukan UTF-8 yang sah (ditampilkan dengan �), sehingga tidak dapat dibuka: ganti nama filenya.',
    );
  }
  if (code === 'EACCES' || code === 'EPERM') return msg('The file cannot be read: permission denied.', 'File tidak dapat dibaca: izin ditolak.');
  if (code === 'EISDIR') return msg('The folder cannot be read.', 'Folder tidak dapat dibaca.');
  return msg(`The file cannot be read (${code}).`, `File tidak dapat dibaca (${code}).`);
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
