import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { say } from '../../core/message.js';
import { sanitize } from '../../text/sanitize.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { Severity } from '../../core/severity.js';
import type { FormatContext } from '../format-context.js';
import { repoPath } from '../repo-path.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * The rule docs ship in the package (docs/ beside dist/ and src/). Their text goes into the log
 * (`help`), which code scanning shows beside an alert; a file:// address of this machine's
 * install would be a dead link anywhere else, so no helpUri is written.
 */
const DOCS = new URL('../../../docs/rules/', import.meta.url);

function docText(id: string): string | undefined {
  try {
    return readFileSync(new URL(`${id}.md`, DOCS), 'utf8');
  } catch {
    return undefined;
  }
}

/** A relative path stays relative to the checkout (SRCROOT), as code scanning expects. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/**
 * The fix `--fix` applies and the suggestions it never applies, as SARIF `fixes` (offsets into the
 * file's text), so code scanning and editors can offer them.
 */
function fixesOf(d: Diagnostic, ctx: FormatContext): { fixes?: unknown[] } {
  const all = [
    ...(d.fix ? [{ text: ctx.lang === 'id' ? 'Perbaiki (cascade validate --fix)' : 'Fix (cascade validate --fix)', edits: d.fix }] : []),
    ...(d.suggestions ?? []).map((s) => ({ text: say(s.message, ctx.lang), edits: s.edits })),
  ];
  if (!all.length) return {};
  const artifactLocationOf = artifactLocation(repoPath(d.file, ctx.paths));
  return {
    fixes: all.map((f) => ({
      description: { text: f.text },
      artifactChanges: [
        {
          artifactLocation: artifactLocationOf,
          replacements: f.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.text } })),
        },
      ],
    })),
  };
}

/** SARIF 2.1.0: one run, the rules with their metadata, one result per finding with its region. */
export function formatSarif(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  const index = new Map(ctx.rules.map((r, i) => [r.id, i]));
  const rules = ctx.rules.map((r) => {
    const doc = docText(r.id);
    return {
      id: r.id,
      shortDescription: { text: say(r.description, ctx.lang) },
      ...(doc ? { help: { text: doc, markdown: doc } } : {}),
      defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    };
  });
  const results = diagnostics.map((d) => ({
    ruleId: d.rule,
    ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
    level: LEVEL[d.severity],
    message: { text: say(d.message, ctx.lang) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(repoPath(d.file, ctx.paths)),
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
        },
      },
    ],
    ...(d.node !== undefined ? { properties: { node: d.node } } : {}),
    ...fixesOf(d, ctx),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'cascade', version: ctx.version, rules } },
        // Columns count UTF-16 code units, as JavaScript strings (and our spans) do.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${sanitize(JSON.stringify(log, null, 2), 'json')}\n`;
}
