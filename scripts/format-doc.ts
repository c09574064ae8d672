// Writes the generated parts of docs/format.md from the zod schemas (through the JSON Schema the
// editors get, in English) and from the value readers: `npm run docs:format`. Prose between the
// markers is kept; each `<!-- generated:NAME -->` … `<!-- /generated:NAME -->` is rewritten.
// test/docs/format-doc.test.ts fails when the committed file differs from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigFile } from '../src/config/schema.js';
import { rawSchema } from '../src/model/json-schema.js';
import { CascadeFile } from '../src/model/schema.js';
import { readFrequency } from '../src/values/frequency.js';
import { isNoData, readDuration, readMoney, readTargetValue, type Reading, type TargetValue } from '../src/values/index.js';

type Json = Record<string, unknown>;

export const FORMAT_DOC = fileURLToPath(new URL('../docs/format.md', import.meta.url));

/** The generated blocks, by marker name. */
export function generatedBlocks(): Record<string, string> {
  return { keys: planKeys(), config: configKeys(), values: valueExamples() };
}

/** The document with every generated block rewritten; an unknown or unclosed marker is an error. */
export function renderFormatDoc(text: string): string {
  const blocks = generatedBlocks();
  const seen = new Set<string>();
  const out = text.replace(/<!-- generated:([\w-]+) -->\n[\s\S]*?<!-- \/generated:\1 -->/g, (_, name: string) => {
    if (!(name in blocks)) throw new Error(`docs/format.md: no generated block is called "${name}"`);
    seen.add(name);
    return `<!-- generated:${name} -->\n${blocks[name]}<!-- /generated:${name} -->`;
  });
  const missing = Object.keys(blocks).filter((n) => !seen.has(n));
  if (missing.length) throw new Error(`docs/format.md lacks the markers of: ${missing.join(', ')}`);
  return out;
}

// ---- keys ---------------------------------------------------------------------------------

/** `SasaranOpd` → `sasaran_opd`: an entry is named as the key that lists it. */
const yamlName = (id: string) => id.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
const anchor = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-');
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

/** An entry of the format: its name as a key (none for the file itself) and its JSON Schema. */
interface Entry {
  name?: string;
  schema: Json;
}
type Link = (ref: string) => string;

const heading = (name?: string) => (name ? `\`${name}\`` : 'The file (top level)');

function planKeys(): string {
  const json = rawSchema(CascadeFile);
  const defs = (json.definitions ?? {}) as Record<string, Json>;
  const entries: Entry[] = [{ schema: json }, ...Object.entries(defs).map(([id, schema]) => ({ name: yamlName(id), schema }))];
  const link: Link = (ref) => {
    const name = yamlName(ref.replace('#/definitions/', ''));
    return `[${name}](#${anchor(name)})`;
  };
  const usedBy = whereUsed(entries, defs);
  return entries
    .map((e) => {
      const used = usedBy.get(e.schema);
      const where = used?.length ? `Written in: ${used.map((u) => `\`${u}\``).join(', ')}.\n\n` : '';
      return section(e, link, where);
    })
    .join('\n');
}

function configKeys(): string {
  return section({ schema: rawSchema(ConfigFile) }, () => '', '', '`cascade.config.yaml`');
}

/** One entry: its description, where it is written, its keys; then its inline objects likewise. */
function section(e: Entry, link: Link, where: string, title = heading(e.name)): string {
  const props = (e.schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((e.schema.required ?? []) as string[]);
  const rows = Object.entries(props).map(
    ([key, p]) => `| \`${key}\` | ${required.has(key) ? 'yes' : ''} | ${cell(form(p, link))} | ${cell(String(p.description ?? ''))} |`,
  );
  const nested = Object.entries(props).flatMap(([key, p]) =>
    inlineObjects(p).map((o) => section({ name: e.name ? `${e.name}.${key}` : key, schema: o }, link, '')),
  );
  const desc = e.schema.description ? `${String(e.schema.description)}\n\n` : '';
  return [`### ${title}\n\n${desc}${where}| key | required | form | meaning |\n|---|---|---|---|\n${rows.join('\n')}\n`, ...nested].join('\n');
}

/** The inline objects with keys of their own below a key (periode's {mulai, selesai}, settings). */
function inlineObjects(p: Json): Json[] {
  if (p.properties) return [p];
  const alts = [...((p.anyOf ?? []) as Json[]), ...(p.items ? [p.items as Json] : [])];
  return alts.flatMap((a) => (a.properties ? [a] : []));
}

/** What may be written at a key, in a few words. */
function form(p: Json, link: Link): string {
  if (typeof p.$ref === 'string') return link(p.$ref);
  if (p.anyOf) {
    const alts = p.anyOf as Json[];
    const perYear = alts.find((a) => a.type === 'object' && a.propertyNames);
    // A per-year field: its value form is the one the year map holds (the other carries the field's words).
    if (perYear && alts.length === 2) {
      const value = form(perYear.additionalProperties as Json, link);
      return `one ${value} for the whole period, or per year {2025: ${value}, …}`;
    }
    return [...new Set(alts.map((a) => form(a, link)))].join(', or ');
  }
  if (p.const !== undefined) return `\`${JSON.stringify(p.const)}\``;
  if (Array.isArray(p.enum)) return p.enum.map((v) => `\`${String(v)}\``).join(' | ');
  const type = p.type;
  if (type === 'array') {
    const item = form(p.items as Json, link);
    return `list of ${item === 'id' || item === 'text' ? `${item}s` : item}`;
  }
  if (type === 'object') {
    if (p.properties) return `{${Object.keys(p.properties as Json).join(', ')}}`;
    const value = form((p.additionalProperties ?? {}) as Json, link);
    // Year keys are the ones json-schema.ts gives two forms (a number to YAML, digits to JSON).
    if ((p.propertyNames as Json | undefined)?.anyOf) return `per year {2025: ${value}, …}`;
    return `{name: ${value}, …}`;
  }
  if (Array.isArray(type) && type.includes('number') && type.includes('string')) {
    return /rupiah/.test(String(p.description)) ? '[money](#money-anggaran-pagu)' : '[value](#numbers)';
  }
  if (type === 'integer' && p.minimum === 1000 && p.maximum === 9999) return 'year';
  if (type === 'string' && typeof p.pattern === 'string') {
    if (p.pattern.startsWith('^[A-Za-z0-9]')) return 'id';
    if (p.pattern === '^\\d{4}$') return 'year';
    return 'text';
  }
  if (type === 'integer') return 'whole number';
  if (type === 'boolean') return '`true` or `false`';
  if (type === 'number') return 'number';
  if (type === 'string') return 'text';
  return 'anything';
}

/** For each entry, the keys (as `parent.key`) whose lists hold it. */
function whereUsed(entries: Entry[], defs: Record<string, Json>): Map<Json, string[]> {
  const out = new Map<Json, string[]>();
  for (const e of entries) {
    const owner = e.name ? `${e.name}.` : '';
    for (const [key, p] of Object.entries((e.schema.properties ?? {}) as Record<string, Json>)) {
      for (const ref of refsIn(p)) {
        const target = defs[ref.replace('#/definitions/', '')];
        if (!out.has(target)) out.set(target, []);
        out.get(target)!.push(`${owner}${key}`);
      }
    }
  }
  return out;
}

function refsIn(p: Json): string[] {
  if (typeof p.$ref === 'string') return [p.$ref];
  return [...((p.anyOf ?? []) as Json[]), ...(p.items ? [p.items as Json] : [])].flatMap(refsIn);
}

// ---- values ---------------------------------------------------------------------------------

/** Examples of each value form, with what the readers of src/values make of them. */
function valueExamples(): string {
  const rows: string[] = [];
  const row = (kind: string, written: unknown, read: Reading<unknown>, shown: (v: never) => string) => {
    const w = typeof written === 'string' ? `\`"${written}"\`` : `\`${String(written)}\``;
    rows.push(`| ${kind} | ${w} | ${read.ok ? shown(read.value as never) : `refused: ${cell(read.reason.en)}`} |`);
  };
  const target = (tv: TargetValue) => {
    const unit = 'unit' in tv && tv.unit ? `, unit ${tv.unit}` : '';
    // Only where the decimals written say more than the number: "71,90" is 71.9 shown as 71,90.
    const fraction = (n: number) => String(n).split('.')[1]?.length ?? 0;
    const decimals = 'decimals' in tv ? tv.decimals : undefined;
    const kept = decimals && tv.kind === 'number' && fraction(tv.value) < decimals ? `, shown with ${decimals} decimals` : '';
    if (tv.kind === 'number') return `${tv.value}${unit}${kept}`;
    if (tv.kind === 'range') return `from ${tv.min} to ${tv.max}${unit}${kept}`;
    if (tv.kind === 'bound') return `${tv.side === 'max' ? 'at most' : 'at least'} ${tv.value}${tv.strict ? ' (not equal)' : ''}${unit}${kept}`;
    return `${tv.label}, place ${tv.rank + 1} on its skala`;
  };
  for (const v of [1500, '1.500', '7,5', '71,90', '70%', '6 juta', '40 destinasi', '2,5 rb', '1,2 M', '69,1-69,5', '69,1 s.d. 69,5', '-2,5%']) {
    row('number, range', v, readTargetValue(v), target);
  }
  for (const v of ['≤ 14,2', 'maks. 14,2', '< 5', '≥ 90', 'min 90']) row('one-sided target (bound)', v, readTargetValue(v), target);
  for (const v of ['N/A', '-', 'belum ada data']) {
    rows.push(`| baseline, realisasi | \`"${v}"\` | ${isNoData(v) ? 'no data: not a number, shown as written' : 'not "no data"'} |`);
  }
  row('predikat (`skala: [D, C, CC, B, BB, A, AA]`)', 'BB', readTargetValue('BB', { skala: ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'] }), target);
  row('predikat (`skala: [D, C, CC, B, BB, A, AA]`)', 'AAA', readTargetValue('AAA', { skala: ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'] }), target);
  const rupiah = (n: number) => `${n} rupiah`;
  for (const v of [900000000, 'Rp.4.000.000.000', 'Rp 4.000.000.000,00', 'Rp 5.000,-', 'Rp 2,3 M', '900 juta', '1,5 miliar', 'Rp 1,5']) {
    row('money', v, readMoney(v), rupiah);
  }
  const minutes = (n: number) => `${n} minutes`;
  for (const v of ['30 menit', '8 jam', '1 jam 30 menit', '1,5 jam', '2 hari', 30])
    row('duration (7,5 hours a day)', v, readDuration(v, { hoursPerDay: 7.5 }), minutes);
  const times = (n: number) => `${n} times a year`;
  for (const v of [12, '12 kali', '2 kali per bulan', '1 kali per triwulan', '1 kali per hari']) row('frekuensi', v, readFrequency(v), times);
  return `| form | written | read as |\n|---|---|---|\n${rows.join('\n')}\n`;
}

// Run as a script: rewrite docs/format.md (or with --check, only say whether it is stale).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = readFileSync(FORMAT_DOC, 'utf8');
  const next = renderFormatDoc(text);
  if (process.argv.includes('--check')) {
    if (next !== text) {
      process.stderr.write('docs/format.md is stale: run `npm run docs:format`\n');
      process.exitCode = 1;
    }
  } else if (next !== text) {
    writeFileSync(FORMAT_DOC, next);
    process.stdout.write('docs/format.md: generated parts rewritten\n');
  } else process.stdout.write('docs/format.md: up to date\n');
}
