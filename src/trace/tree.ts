// A trace as a tree for the terminal. Plan text is stripped of control characters, so a name
// cannot move the cursor or recolour the terminal.
import { Chalk } from 'chalk';
import { msg, say, type Lang, type Msg } from '../core/message.js';
import { LEVEL_NAMES } from '../model/plan.js';
import { sanitize } from '../text/sanitize.js';
import { formatRupiah } from '../values/index.js';
import type { Trace, TraceItem } from './build.js';

const safe = (s: string) => sanitize(s, 'terminal-line');

const KIND: Record<TraceItem['kind'], Msg> = {
  node: msg('', ''),
  indicator: msg('indicator', 'indikator'),
  jabatan: msg('position', 'jabatan'),
  step: msg('SOP step', 'langkah SOP'),
  acuan: msg('acuan', 'acuan'),
};

const ROLE: Record<NonNullable<TraceItem['role']>, Msg> = {
  answers: msg('answers for it', 'bertanggung jawab atasnya'),
  atasan: msg('atasan', 'atasan'),
  bawahan: msg('subordinate', 'bawahan'),
  pelaksana: msg('performs it', 'pelaksana'),
  bagian: msg('part of', 'bagian dari'),
};

/** Past this depth (no plan's levels reach it; a wrong chain can) lines are not indented further. */
const MAX_DEPTH = 30;

export interface TreeOptions {
  lang: Lang;
  color: boolean;
}

/** The money of the subject, as budget-summary --by sasaran counts it: shared money whole, once in totals. */
function moneyLine(a: NonNullable<Trace['anggaran']>, id: string, lang: Lang): string {
  const rp = formatRupiah(a.amount);
  const others = a.sasaran.filter((s) => s !== id).map(safe);
  if (!a.shared) return say(msg(`anggaran: ${rp}`, `anggaran: ${rp}`), lang);
  const sh = formatRupiah(a.shared);
  const whole = a.shared === a.amount;
  return say(
    msg(
      `anggaran: ${rp}${whole ? '' : `, of which ${sh}`} shared with ${others.join(', ')}: whole against each target, once in every total`,
      `anggaran: ${rp}${whole ? '' : `, di antaranya ${sh}`} bersama ${others.join(', ')}: utuh pada setiap sasaran, sekali dalam setiap jumlah`,
    ),
    lang,
  );
}

export function traceToTree(t: Trace, opts: TreeOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const { lang } = opts;
  const head = (item: TraceItem): string => {
    const kind = item.kind === 'node' && item.level ? say(LEVEL_NAMES[item.level], lang) : say(KIND[item.kind], lang);
    const role = item.role ? ` (${say(ROLE[item.role], lang)})` : '';
    const opd = item.opd && item.kind !== 'step' ? c.dim(` [${safe(item.opd)}]`) : '';
    const detail = item.detail ? c.dim(` · ${safe(item.detail)}`) : '';
    const again = item.repeated ? c.dim(say(msg(' (shown above)', ' (sudah ditampilkan)'), lang)) : '';
    return `${c.bold(safe(item.id))} · ${kind}${role} · ${safe(item.nama)}${opd}${detail}${again}`;
  };
  const facts = (item: TraceItem): string[] => [
    ...(item.indikator ?? []).map((i) => `${say(KIND.indicator, lang)}: ${safe(i.nama)}${i.detail ? c.dim(` · ${safe(i.detail)}`) : ''}`),
    ...(item.acuan ?? []).map((a) => `acuan: ${c.bold(safe(a.id))} (${safe(a.detail ?? '')}) ${safe(a.nama)}`),
  ];
  const lines: string[] = [];
  // Depth first with an explicit stack: a chain thousands of links deep must not overflow the call
  // stack, and past MAX_DEPTH its lines stop moving right (each says its depth), or the output
  // would grow with the square of the depth.
  const walk = (top: TraceItem[]) => {
    const stack: Array<{ item: TraceItem; last: boolean; prefix: string; depth: number }> = [];
    const schedule = (items: TraceItem[], prefix: string, depth: number) => {
      for (let k = items.length - 1; k >= 0; k--) stack.push({ item: items[k], last: k === items.length - 1, prefix, depth });
    };
    schedule(top, '', 1);
    for (let next = stack.pop(); next; next = stack.pop()) {
      const { item, last, prefix, depth } = next;
      const deep = depth > MAX_DEPTH ? c.dim(`[${depth}] `) : '';
      lines.push(`${prefix}${last ? '└─ ' : '├─ '}${deep}${head(item)}`);
      const inner = depth >= MAX_DEPTH ? prefix : prefix + (last ? '   ' : '│  ');
      for (const f of facts(item)) lines.push(`${inner}${item.children.length ? '│  ' : '   '}${f}`);
      schedule(item.children, inner, depth + 1);
    }
  };

  lines.push(head(t.subject));
  for (const f of facts(t.subject)) lines.push(`   ${f}`);
  if (t.anggaran) lines.push(`   ${moneyLine(t.anggaran, t.subject.id, lang)}`);
  lines.push('', c.bold(say(msg('▲ Up to the Pemda targets', '▲ Ke atas sampai sasaran Pemda'), lang)));
  if (t.up.length) walk(t.up);
  else lines.push(say(msg('   (nothing above it)', '   (tidak ada apa pun di atasnya)'), lang));
  lines.push('', c.bold(say(msg('▼ Supported by', '▼ Didukung oleh'), lang)));
  if (t.down.length) walk(t.down);
  else lines.push(say(msg('   (nothing below it)', '   (tidak ada apa pun di bawahnya)'), lang));
  lines.push('');
  if (t.pemda.length) {
    const list = t.pemda.map((p) => `${safe(p.id)}${p.acuan.length ? ` (acuan ${p.acuan.map((a) => safe(a.id)).join(', ')})` : ''}`).join('; ');
    lines.push(c.green(say(msg(`✔ Line of sight reaches the Pemda target ${list}.`, `✔ Garis pandang mencapai sasaran Pemda ${list}.`), lang)));
  } else if (t.subject.kind !== 'acuan') {
    lines.push(c.yellow(say(msg('✖ Line of sight reaches no Pemda target (sasaran).', '✖ Garis pandang tidak mencapai sasaran Pemda.'), lang)));
  }
  return `${lines.join('\n')}\n`;
}
