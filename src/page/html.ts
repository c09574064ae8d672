// The web report as one HTML document: summary, chart, findings and tables written as HTML (they
// read without JavaScript), the data for the interactive parts as JSON, and the page's own script
// and stylesheet inline. A Content-Security-Policy allows only those two, by their hashes: the
// page loads nothing, and nothing written in a plan can run.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { say } from '../core/message.js';
import type { Table } from '../tables/table.js';
import type { PageBox, PageData } from './data.js';
import { attr, el, jsonInScript, text } from './markup.js';
import { tableHtml } from './tables.js';
import { PAGE_TEXT, type PageTextKey } from './text.js';

export interface PageParts {
  data: PageData;
  /** "Pohon kinerja · Kabupaten Sukamaju · 2025–2029". */
  title: string;
  /** The chart as Graphviz drew it. */
  svg: string;
  summary: Table[];
  tables: Table[];
  version: string;
}

/** The browser code bundled at build time; found from the package root, wherever this module is bundled. */
function asset(name: string): string {
  return readFileSync(new URL(`../../dist/page/client/${name}`, import.meta.url), 'utf8');
}

export function pageHtml(parts: PageParts): string {
  const { data } = parts;
  const lang = data.lang;
  const t = (k: PageTextKey) => text(say(PAGE_TEXT[k], lang));
  const script = asset('main.js').replace(/<\/script/gi, '<\\/script');
  const style = asset('page.css');
  const csp = [
    "default-src 'none'",
    `script-src '${sha256(script)}'`,
    `style-src '${sha256(style)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  const findings =
    data.findings.length === 0
      ? el('p', {}, t('noFindings'))
      : el(
          'ol',
          { class: 'findings' },
          data.findings
            .map((f, i) =>
              el(
                'li',
                { class: `finding ${f.severity}`, id: `finding-${i}` },
                [
                  el('span', { class: 'sev' }, t(f.severity)),
                  ' ',
                  el('code', { class: 'rule' }, text(f.rule)),
                  ' ',
                  el('span', { class: 'msg' }, text(f.message)),
                  ' ',
                  f.box !== undefined
                    ? el('a', { class: 'where', href: '#chart', 'data-box': f.box }, text(f.where))
                    : el('span', { class: 'where' }, text(f.where)),
                ].join(''),
              ),
            )
            .join(''),
        );

  const body = [
    el('header', { class: 'top' }, [el('h1', {}, text(parts.title)), el('p', { class: 'made' }, `${t('generated')} ${text(parts.version)}`)].join('')),
    el(
      'nav',
      { class: 'contents', 'aria-label': say(PAGE_TEXT.contents, lang) },
      el(
        'ul',
        {},
        [
          ['summary', 'summary'],
          ['chart', 'chart'],
          ['findings', 'findings'],
          ['tables', 'tables'],
        ]
          .map(([id, k]) => el('li', {}, el('a', { href: `#${id}` }, t(k as PageTextKey))))
          .join(''),
      ),
    ),
    el(
      'main',
      {},
      [
        el(
          'section',
          { id: 'summary', 'aria-labelledby': 'summary-h' },
          [
            el('h2', { id: 'summary-h' }, t('summary')),
            el('div', { class: 'cards' }, parts.summary.map((tb, i) => tableHtml(tb, `summary-${i}`, lang)).join('')),
          ].join(''),
        ),
        el(
          'section',
          { id: 'chart', 'aria-labelledby': 'chart-h' },
          [
            el('h2', { id: 'chart-h' }, t('chart')),
            el('noscript', {}, el('p', {}, t('noScript'))),
            toolbar(data, t),
            el(
              'div',
              { class: 'chart-area' },
              [
                el('nav', { class: 'outline', 'aria-label': say(PAGE_TEXT.outline, lang) }, outline(data.boxes)),
                el('div', { class: 'viewport', id: 'viewport' }, el('div', { id: 'canvas' }, cleanSvg(parts.svg))),
                el(
                  'aside',
                  { id: 'panel', 'aria-labelledby': 'panel-h', 'aria-live': 'polite' },
                  [el('h3', { id: 'panel-h' }, t('panel')), el('div', { id: 'panel-body' }, el('p', {}, t('panelEmpty')))].join(''),
                ),
              ].join(''),
            ),
          ].join(''),
        ),
        el(
          'section',
          { id: 'findings', 'aria-labelledby': 'findings-h' },
          [el('h2', { id: 'findings-h' }, `${t('findings')} (${data.findings.length})`), findings].join(''),
        ),
        el(
          'section',
          { id: 'tables', 'aria-labelledby': 'tables-h' },
          [
            el('h2', { id: 'tables-h' }, t('tables')),
            el('p', { class: 'hint js-only' }, t('sortHint')),
            parts.tables.map((tb, i) => tableHtml(tb, `table-${i}`, lang)).join(''),
          ].join(''),
        ),
      ].join(''),
    ),
  ].join('\n');

  return [
    '<!doctype html>',
    `<html lang="${attr(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    // The policy is this module's own text (no plan text): written as it is, quotes and all.
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${text(parts.title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    body,
    `<script type="application/json" id="cascade-data">${jsonInScript(data)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function sha256(s: string): string {
  return `sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}`;
}

function toolbar(data: PageData, t: (k: PageTextKey) => string): string {
  const opds = data.opds.map((o) => el('option', { value: o.id }, text(o.name))).join('');
  return el(
    'div',
    { class: 'toolbar js-only', role: 'toolbar', 'aria-label': say(PAGE_TEXT.chart, data.lang) },
    [
      el(
        'form',
        { id: 'search', role: 'search' },
        [
          el('label', { for: 'search-q', class: 'sr' }, t('search')),
          el('input', {
            id: 'search-q',
            type: 'search',
            placeholder: say(PAGE_TEXT.search, data.lang),
            autocomplete: 'off',
            'aria-controls': 'search-results',
          }),
          el('button', { type: 'submit' }, t('searchButton')),
          el('ul', { id: 'search-results', role: 'listbox', hidden: true }),
        ].join(''),
      ),
      el('label', { for: 'opd-filter' }, t('filterOpd')),
      el('select', { id: 'opd-filter' }, el('option', { value: '' }, t('allOpds')) + opds),
      el('button', { type: 'button', id: 'zoom-in', 'aria-label': say(PAGE_TEXT.zoomIn, data.lang) }, '+'),
      el('button', { type: 'button', id: 'zoom-out', 'aria-label': say(PAGE_TEXT.zoomOut, data.lang) }, '−'),
      el('button', { type: 'button', id: 'zoom-reset' }, t('zoomReset')),
      el('button', { type: 'button', id: 'expand-all' }, t('expandAll')),
    ].join(''),
  );
}

/**
 * The chart's boxes as a nested list under their first parent: the tree a keyboard or a screen
 * reader walks, and what a reader without JavaScript sees of the chart. Built with a stack, so a
 * chain thousands deep costs no recursion.
 */
function outline(boxes: readonly PageBox[]): string {
  const byKey = new Map(boxes.map((b) => [b.key, b]));
  const placed = new Set<string>();
  const under = new Map<string, PageBox[]>();
  const roots: PageBox[] = [];
  for (const b of boxes) {
    const first = b.parents.find((p) => byKey.has(p));
    if (first === undefined) roots.push(b);
    else {
      const list = under.get(first);
      if (list) list.push(b);
      else under.set(first, [b]);
    }
  }
  const out: string[] = ['<ul role="tree">'];
  let firstItem = true;
  const stack: Array<{ list: PageBox[]; i: number }> = [{ list: roots, i: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.i >= top.list.length) {
      stack.pop();
      out.push(stack.length ? '</ul></li>' : '</ul>');
      continue;
    }
    const b = top.list[top.i++];
    if (placed.has(b.key)) continue;
    placed.add(b.key);
    const kids = (under.get(b.key) ?? []).filter((k) => !placed.has(k.key));
    const label = `${b.levelName} · ${b.id} — ${b.nama}`;
    out.push(
      `<li role="treeitem" data-key="${attr(b.key)}"${kids.length ? ' aria-expanded="true"' : ''} tabindex="${firstItem ? 0 : -1}">` +
        `<span class="row lv-${attr(b.level)}">${text(label)}</span>`,
    );
    firstItem = false;
    if (kids.length) {
      out.push('<ul role="group">');
      stack.push({ list: kids, i: 0 });
    } else out.push('</li>');
  }
  return out.join('');
}

/** Graphviz's SVG (its text escaped when the DOT was written) as an element of the page: no XML prolog, doctype or comments. */
function cleanSvg(svg: string): string {
  return svg
    .replace(/<\?xml[\s\S]*?\?>/g, '')
    .replace(/<!DOCTYPE[\s\S]*?>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<svg\b/, '<svg role="img" aria-labelledby="chart-h" focusable="false"')
    .trim();
}
