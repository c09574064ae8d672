import { msg } from '../core/message.js';
import { findCascadeFiles, loadSource } from '../load/files.js';
import { PathError } from '../core/errors.js';
import type { SourceFile } from '../load/source.js';
import { buildPlan } from './build.js';
import { looksLikePlan } from './plan-like.js';
import type { Plan } from './plan.js';

export interface OpenedPlan {
  plan: Plan;
  /** Absolute paths of the files read. */
  files: string[];
  /** YAML files in the folders given that are not cascade files. */
  skipped: string[];
}

export interface OpenOptions {
  /**
   * Refuse (PathError, exit 2) when a file could not be read as YAML. `validate` reports such a
   * file as a finding; a table, chart or sum drawn without it would be wrong without saying so.
   */
  whole?: boolean;
}

/** Paths → the one plan they hold. Throws PathError when a path cannot be used at all. */
export function openPlan(paths: readonly string[], cwd = process.cwd(), options: OpenOptions = {}): OpenedPlan {
  const { files, skipped } = findCascadeFiles(paths.length ? paths : ['.'], cwd, { looksLikePlan });
  const sources = files.map((f) => loadSource(f, cwd));
  if (options.whole) refuseUnreadable(sources);
  return { plan: buildPlan(sources), files, skipped };
}

/** The files whose text could not be read as YAML (syntax or encoding), each with its first problem. */
function refuseUnreadable(sources: readonly SourceFile[]): void {
  const en: string[] = [];
  const id: string[] = [];
  for (const s of sources) {
    const p = s.unreadable();
    if (!p) continue;
    const at = `  ${s.path}:${p.span.line}:${p.span.column}  `;
    en.push(at + p.message.en);
    id.push(at + p.message.id);
  }
  const n = en.length;
  if (!n) return;
  throw new PathError(
    msg(
      `${n} file${n === 1 ? '' : 's'} could not be read, so the result would leave ${n === 1 ? 'it' : 'them'} out:\n${en.join('\n')}\nFix ${n === 1 ? 'it' : 'them'} first (\`cascade validate\` lists every problem).`,
      `${n} file tidak dapat dibaca, sehingga hasilnya tidak akan memuatnya:\n${id.join('\n')}\nPerbaiki dulu (\`cascade validate\` menampilkan semua masalah).`,
    ),
  );
}
