// The web report's script: pan and zoom, collapse and expand, OPD filter, search, the panel of the
// selected box, the outline tree's keys, sortable and filterable tables. It reads the page's JSON and
// writes plan text only as text nodes (textContent), never as markup.
import Panzoom, { type PanzoomObject } from '@panzoom/panzoom';
import type { PageBox, PageData } from '../data.js';

const data = JSON.parse(document.getElementById('cascade-data')!.textContent!) as PageData;
const T = data.text;
const boxes = new Map<string, PageBox>(data.boxes.map((b) => [b.key, b]));

document.documentElement.classList.add('js');

// --- the chart: boxes and edges of Graphviz's SVG, by the names in their <title> -------------
const viewport = document.getElementById('viewport') as HTMLElement;
const canvas = document.getElementById('canvas') as HTMLElement;
const svg = canvas.querySelector('svg') as SVGSVGElement;
const nodeEls = new Map<string, SVGGElement>();
const edgeEls: Array<{ el: SVGGElement; from: string; to: string }> = [];
for (const g of svg.querySelectorAll<SVGGElement>('g.node')) {
  const key = g.querySelector('title')?.textContent ?? '';
  if (boxes.has(key)) nodeEls.set(key, g);
}
for (const g of svg.querySelectorAll<SVGGElement>('g.edge')) {
  const title = g.querySelector('title')?.textContent ?? '';
  const at = title.indexOf('->');
  if (at > 0) edgeEls.push({ el: g, from: title.slice(0, at), to: title.slice(at + 2) });
}

// The transform is scale(s) translate(x, y) about the canvas's top-left corner, so where a point
// of the chart lands follows from the numbers alone: Panzoom applies them on the next frame.
const panzoom: PanzoomObject = Panzoom(canvas, { maxScale: 8, minScale: 0.02, canvas: true, cursor: 'grab', origin: '0 0' });
viewport.addEventListener('wheel', (e) => panzoom.zoomWithWheel(e));
button('zoom-in', () => panzoom.zoomIn());
button('zoom-out', () => panzoom.zoomOut());
button('zoom-reset', fit);
button('expand-all', () => {
  collapsed.clear();
  refresh();
});

/** The chart's size in CSS pixels, unscaled. */
function chartSize(): { w: number; h: number } {
  return { w: svg.width.baseVal.value || svg.clientWidth, h: svg.height.baseVal.value || svg.clientHeight };
}

/** Shows the point (x, y) of the unscaled chart in the middle of the viewport, at `scale`. */
function show(x: number, y: number, scale: number): void {
  panzoom.zoom(scale, { animate: false });
  const s = panzoom.getScale();
  panzoom.pan(viewport.clientWidth / 2 / s - x, viewport.clientHeight / 2 / s - y, { animate: false, force: true });
}

/** The whole chart in view. */
function fit(): void {
  const { w, h } = chartSize();
  show(w / 2, h / 2, Math.min(viewport.clientWidth / w, viewport.clientHeight / h, 1));
}

/** The box in the middle of the viewport, close enough to read. */
function centre(key: string): void {
  const g = nodeEls.get(key);
  if (!g) return;
  // Both rectangles are read as drawn, so their ratio to the unscaled size holds even while a
  // transform is still to be applied.
  const box = g.getBoundingClientRect();
  const whole = svg.getBoundingClientRect();
  const drawn = whole.width / chartSize().w;
  const x = (box.left - whole.left + box.width / 2) / drawn;
  const y = (box.top - whole.top + box.height / 2) / drawn;
  const readable = Math.min(1, (viewport.clientWidth * 0.8) / (box.width / drawn), (viewport.clientHeight * 0.8) / (box.height / drawn));
  show(x, y, Math.max(panzoom.getScale(), readable));
}

// --- collapse, expand and the OPD filter ---------------------------------------------------
const collapsed = new Set<string>();
let opdFilter = '';

/** The boxes out of view: under a collapsed box, or off the OPD chosen (its line of sight stays). */
function hiddenBoxes(): Set<string> {
  const hidden = new Set<string>();
  const stack: string[] = [];
  for (const k of collapsed) stack.push(...(boxes.get(k)?.children ?? []));
  while (stack.length) {
    const k = stack.pop()!;
    if (hidden.has(k)) continue;
    hidden.add(k);
    stack.push(...(boxes.get(k)?.children ?? []));
  }
  if (opdFilter) {
    const keep = new Set<string>();
    const up: string[] = data.boxes.filter((b) => b.opd === opdFilter).map((b) => b.key);
    while (up.length) {
      const k = up.pop()!;
      if (keep.has(k)) continue;
      keep.add(k);
      up.push(...(boxes.get(k)?.parents ?? []));
    }
    for (const b of data.boxes) if (!keep.has(b.key)) hidden.add(b.key);
  }
  return hidden;
}

function refresh(): void {
  const hidden = hiddenBoxes();
  for (const [k, g] of nodeEls) {
    g.classList.toggle('off', hidden.has(k));
    g.classList.toggle('collapsed', collapsed.has(k));
    const toggle = toggles.get(k);
    if (toggle) {
      toggle.querySelector('text')!.textContent = collapsed.has(k) ? '+' : '−';
      toggle.setAttribute('aria-expanded', String(!collapsed.has(k)));
      toggle.setAttribute('aria-label', collapsed.has(k) ? T.expand : T.collapse);
    }
  }
  for (const e of edgeEls) e.el.classList.toggle('off', hidden.has(e.from) || hidden.has(e.to));
  for (const li of outlineItems.values()) {
    const k = li.dataset.key!;
    li.classList.toggle('off', hidden.has(k));
    if (li.hasAttribute('aria-expanded')) li.setAttribute('aria-expanded', String(!collapsed.has(k)));
  }
}

/** Opens every collapsed box above `key` and drops an OPD filter that hides it. */
function reveal(key: string): void {
  if (hiddenBoxes().has(key)) {
    const seen = new Set<string>();
    const stack = [...(boxes.get(key)?.parents ?? [])];
    while (stack.length) {
      const k = stack.pop()!;
      if (seen.has(k)) continue;
      seen.add(k);
      collapsed.delete(k);
      stack.push(...(boxes.get(k)?.parents ?? []));
    }
    if (opdFilter && hiddenBoxes().has(key)) {
      opdFilter = '';
      (document.getElementById('opd-filter') as HTMLSelectElement).value = '';
    }
    refresh();
  }
}

function toggleCollapse(key: string): void {
  if (collapsed.has(key)) collapsed.delete(key);
  else collapsed.add(key);
  refresh();
}

// A − / + button under every box that has boxes under it.
const SVG_NS = 'http://www.w3.org/2000/svg';
const toggles = new Map<string, SVGGElement>();
// Every box's size is read before any button is added: reading after a change would lay the
// whole chart out again for each box.
const toggleAt: Array<[string, SVGGElement, DOMRect]> = [];
for (const [k, g] of nodeEls) if (boxes.get(k)!.children.length) toggleAt.push([k, g, g.getBBox()]);
for (const [k, g, bb] of toggleAt) {
  const t = document.createElementNS(SVG_NS, 'g');
  t.setAttribute('class', 'toggle');
  t.setAttribute('role', 'button');
  t.setAttribute('data-key', k);
  const c = document.createElementNS(SVG_NS, 'circle');
  c.setAttribute('cx', String(bb.x + bb.width / 2));
  c.setAttribute('cy', String(bb.y + bb.height));
  c.setAttribute('r', '9');
  const label = document.createElementNS(SVG_NS, 'text');
  label.setAttribute('x', String(bb.x + bb.width / 2));
  label.setAttribute('y', String(bb.y + bb.height + 4.5));
  label.setAttribute('text-anchor', 'middle');
  t.append(c, label);
  g.append(t);
  toggles.set(k, t);
}

canvas.addEventListener('click', (e) => {
  const target = e.target as Element;
  const toggle = target.closest('g.toggle');
  if (toggle) {
    e.stopPropagation();
    toggleCollapse(toggle.getAttribute('data-key')!);
    return;
  }
  const node = target.closest('g.node');
  const key = node?.querySelector('title')?.textContent;
  if (key && boxes.has(key)) select(key, false);
});
// A press that pans is not a click on a box.
let pressAt: { x: number; y: number } | undefined;
canvas.addEventListener('pointerdown', (e) => (pressAt = { x: e.clientX, y: e.clientY }));
canvas.addEventListener(
  'click',
  (e) => {
    if (pressAt && Math.hypot(e.clientX - pressAt.x, e.clientY - pressAt.y) > 5) e.stopImmediatePropagation();
  },
  { capture: true },
);

// --- the selected box and its panel --------------------------------------------------------
let selected: string | undefined;
const panelBody = document.getElementById('panel-body') as HTMLElement;

function select(key: string, move: boolean): void {
  const b = boxes.get(key);
  if (!b) return;
  if (selected) outlineShape(selected)?.classList.remove('selected');
  selected = key;
  reveal(key);
  outlineShape(key)?.classList.add('selected');
  panelBody.replaceChildren(...panel(b));
  const li = outlineItems.get(key);
  if (li) {
    for (const x of outlineItems.values()) x.setAttribute('aria-selected', 'false');
    li.setAttribute('aria-selected', 'true');
  }
  if (move) centre(key);
}

/** The box's own outline: the first shape Graphviz draws in it, before the label's cells. */
function outlineShape(key: string): Element | undefined {
  return nodeEls.get(key)?.querySelector(':scope > polygon, :scope > path') ?? undefined;
}

function h(tag: string, cls?: string, content?: string | Node[]): HTMLElement {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (typeof content === 'string') e.textContent = content;
  else if (content) e.append(...content);
  return e;
}

function linkTo(key: string | undefined, label: string): HTMLElement {
  if (key === undefined || !boxes.has(key)) return h('span', undefined, label);
  const a = h('a', 'box-link', label) as HTMLAnchorElement;
  a.href = '#chart';
  a.dataset.box = key;
  return a;
}

/**
 * Every box above `b`, nearest first, with how far above it stands (breadth first: cycles end, no
 * recursion), and the acuan named along the way: those of the Pemda targets it serves.
 */
function lineOfSight(b: PageBox): { up: Array<[key: string, depth: number]>; acuan: number[] } {
  const up: Array<[string, number]> = [];
  const acuan = new Set<number>(b.acuan);
  const seen = new Set<string>([b.key]);
  let level = b.parents;
  for (let depth = 1; level.length; depth++) {
    const next: string[] = [];
    for (const k of level) {
      const p = boxes.get(k);
      if (seen.has(k) || !p) continue;
      seen.add(k);
      up.push([k, depth]);
      for (const a of p.acuan) acuan.add(a);
      for (const q of p.parents) next.push(q);
    }
    level = next;
  }
  return { up, acuan: [...acuan] };
}

function panel(b: PageBox): Node[] {
  const out: Node[] = [];
  out.push(h('p', 'level', `${b.levelName} · ${b.id}`), h('p', 'nama', b.nama));
  if (b.opdName) out.push(h('p', 'opd', `${T.opd}: ${b.opdName}${b.mitra ? ` (${T.partner})` : ''}`));
  if (b.indicators.length) {
    out.push(h('h4', undefined, T.indicators));
    for (const ind of b.indicators) {
      const years = [...new Set([...ind.targets, ...ind.realisasi, ...ind.capaian].map((x) => x.tahun))];
      const table = h('table', 'ind');
      const head = h('tr', undefined, [h('th', undefined, ''), ...years.map((y) => h('th', undefined, y === undefined ? T.period : String(y)))]);
      const row = (name: string, list: Array<{ tahun?: number; text: string }>) =>
        h('tr', undefined, [h('th', undefined, name), ...years.map((y) => h('td', undefined, list.find((x) => x.tahun === y)?.text ?? ''))]);
      table.append(
        h('thead', undefined, [head]),
        h('tbody', undefined, [
          row(T.target, ind.targets),
          ...(ind.realisasi.length ? [row(T.realisasi, ind.realisasi)] : []),
          ...(ind.capaian.length ? [row(T.capaian, ind.capaian)] : []),
        ]),
      );
      const name = `${ind.nama}${ind.satuan ? ` (${ind.satuan})` : ''}`;
      out.push(
        h('div', 'indicator', [
          h('p', 'ind-name', name),
          ...(ind.baseline ? [h('p', 'baseline', `${T.baseline}: ${ind.baseline}`)] : []),
          ...(years.length ? [table] : []),
        ]),
      );
    }
  }
  if (b.money.length) {
    out.push(h('h4', undefined, T.money));
    out.push(
      h(
        'ul',
        'money',
        b.money.map((m) => h('li', undefined, `${m.tahun ?? T.period}: ${m.text}`)),
      ),
    );
  }
  if (b.positions.length) {
    out.push(h('h4', undefined, T.positions));
    out.push(
      h(
        'ul',
        undefined,
        b.positions.map((p) => h('li', undefined, `${p.nama} (${p.id})`)),
      ),
    );
  }
  if (b.steps.length) {
    out.push(h('h4', undefined, T.steps));
    out.push(
      h(
        'ol',
        undefined,
        b.steps.map((s) => h('li', undefined, [s.label, s.text ? ` — ${s.text}` : '', s.pelaksana ? ` · ${s.pelaksana}` : ''].join(''))),
      ),
    );
  }
  if (b.findings.length) {
    out.push(h('h4', undefined, `${T.findings} (${b.findings.length})`));
    out.push(
      h(
        'ul',
        'box-findings',
        b.findings.map((i) => {
          const f = data.findings[i];
          return h('li', f.severity, `${T[f.severity]} ${f.rule}: ${f.message} (${f.where})`);
        }),
      ),
    );
  }
  const { up, acuan } = lineOfSight(b);
  out.push(h('h4', undefined, T.lineOfSight));
  out.push(
    up.length
      ? h(
          'ol',
          'sight',
          up.map(([key, depth]) => {
            const u = boxes.get(key)!;
            const li = h('li', undefined, [linkTo(key, `${u.levelName} · ${u.id} — ${u.nama}`)]);
            li.style.marginLeft = `${(depth - 1) * 0.8}em`;
            return li;
          }),
        )
      : h('p', undefined, T.noneAbove),
  );
  if (acuan.length) {
    out.push(h('h4', undefined, T.acuan));
    out.push(
      h(
        'ul',
        undefined,
        acuan.map((i) => {
          const a = data.acuan[i];
          return h('li', undefined, `${a.jenis}: ${a.nama} (${a.id})`);
        }),
      ),
    );
  }
  if (b.children.length) {
    const c = h('button', 'collapse', collapsed.has(b.key) ? T.expand : T.collapse) as HTMLButtonElement;
    c.type = 'button';
    c.addEventListener('click', () => {
      toggleCollapse(b.key);
      c.textContent = collapsed.has(b.key) ? T.expand : T.collapse;
    });
    out.push(c);
  }
  return out;
}

// Links to a box (findings list, line of sight): select it and bring the chart into view.
document.addEventListener('click', (e) => {
  const a = (e.target as Element).closest<HTMLElement>('[data-box]');
  if (!a || a.closest('#canvas')) return;
  e.preventDefault();
  document.getElementById('chart')!.scrollIntoView();
  select(a.dataset.box!, true);
});

// --- the outline: a tree for the keyboard (WAI-ARIA tree pattern, roving tabindex) ----------
const outlineItems = new Map<string, HTMLElement>();
for (const li of document.querySelectorAll<HTMLElement>('.outline [role="treeitem"]')) outlineItems.set(li.dataset.key!, li);
const outlineTree = document.querySelector('.outline [role="tree"]') as HTMLElement | null;

function visibleItems(): HTMLElement[] {
  return [...outlineItems.values()].filter((li) => li.offsetParent !== null);
}

function focusItem(li: HTMLElement): void {
  for (const x of outlineItems.values()) x.tabIndex = -1;
  li.tabIndex = 0;
  li.focus();
}

outlineTree?.addEventListener('click', (e) => {
  const li = (e.target as Element).closest<HTMLElement>('[role="treeitem"]');
  if (!li) return;
  e.stopPropagation();
  focusItem(li);
  select(li.dataset.key!, true);
});
outlineTree?.addEventListener('keydown', (e) => {
  const li = (e.target as Element).closest<HTMLElement>('[role="treeitem"]');
  if (!li) return;
  const items = visibleItems();
  const at = items.indexOf(li);
  const key = li.dataset.key!;
  const expandable = li.hasAttribute('aria-expanded');
  let handled = true;
  switch (e.key) {
    case 'ArrowDown':
      if (items[at + 1]) focusItem(items[at + 1]);
      break;
    case 'ArrowUp':
      if (items[at - 1]) focusItem(items[at - 1]);
      break;
    case 'Home':
      if (items[0]) focusItem(items[0]);
      break;
    case 'End':
      if (items.length) focusItem(items[items.length - 1]);
      break;
    case 'ArrowRight':
      if (expandable && collapsed.has(key)) toggleCollapse(key);
      else if (expandable) {
        const first = li.querySelector<HTMLElement>('[role="treeitem"]');
        if (first) focusItem(first);
      }
      break;
    case 'ArrowLeft':
      if (expandable && !collapsed.has(key)) toggleCollapse(key);
      else {
        const parent = li.parentElement?.closest<HTMLElement>('[role="treeitem"]');
        if (parent) focusItem(parent);
      }
      break;
    case 'Enter':
    case ' ':
      select(key, true);
      break;
    default:
      handled = false;
  }
  if (handled) e.preventDefault();
});

// --- search by id or name ------------------------------------------------------------------
const searchForm = document.getElementById('search') as HTMLFormElement;
const searchInput = document.getElementById('search-q') as HTMLInputElement;
const results = document.getElementById('search-results') as HTMLUListElement;
const MAX_RESULTS = 20;

function matches(q: string): PageBox[] {
  const s = q.trim().toLowerCase();
  if (!s) return [];
  const exact = data.boxes.filter((b) => b.id.toLowerCase() === s);
  const rest = data.boxes.filter((b) => b.id.toLowerCase() !== s && (b.id.toLowerCase().includes(s) || b.nama.toLowerCase().includes(s)));
  return [...exact, ...rest].slice(0, MAX_RESULTS);
}

function showResults(): void {
  const found = matches(searchInput.value);
  results.replaceChildren(
    ...(searchInput.value.trim() && !found.length
      ? [h('li', 'none', T.noMatch)]
      : found.map((b) => {
          const li = h('li', undefined, `${b.id} — ${b.nama}`);
          li.setAttribute('role', 'option');
          li.dataset.key = b.key;
          return li;
        })),
  );
  results.hidden = !searchInput.value.trim();
}

searchInput.addEventListener('input', showResults);
searchForm.addEventListener('submit', (e) => {
  e.preventDefault();
  const first = matches(searchInput.value)[0];
  if (first) {
    results.hidden = true;
    select(first.key, true);
  } else showResults();
});
results.addEventListener('click', (e) => {
  const li = (e.target as Element).closest<HTMLElement>('li[data-key]');
  if (!li) return;
  results.hidden = true;
  select(li.dataset.key!, true);
});

const opdSelect = document.getElementById('opd-filter') as HTMLSelectElement;
opdSelect.addEventListener('change', () => {
  opdFilter = opdSelect.value;
  refresh();
});

// --- tables: sort by a column, filter rows -------------------------------------------------
for (const table of document.querySelectorAll<HTMLTableElement>('table.data')) {
  const tbody = table.tBodies[0];
  if (!tbody || tbody.rows.length < 2) continue;
  const input = h('input', 'table-filter') as HTMLInputElement;
  input.type = 'search';
  input.placeholder = T.filterTable;
  input.setAttribute('aria-label', `${T.filterTable}: ${table.caption?.textContent ?? ''}`);
  input.addEventListener('input', () => {
    const q = input.value.trim().toLowerCase();
    for (const r of tbody.rows) r.hidden = !!q && !(r.textContent ?? '').toLowerCase().includes(q);
  });
  table.before(input);
  const heads = table.tHead?.rows[0]?.cells ?? [];
  [...heads].forEach((th, col) => {
    const b = h('button', 'sort', th.textContent ?? '') as HTMLButtonElement;
    b.type = 'button';
    th.replaceChildren(b);
    b.addEventListener('click', () => {
      const asc = th.getAttribute('aria-sort') !== 'ascending';
      for (const x of heads) x.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      const value = (r: HTMLTableRowElement) => {
        const c = r.cells[col];
        const v = c?.dataset.value;
        return v !== undefined ? Number(v) : (c?.textContent ?? '');
      };
      const rows = [...tbody.rows].sort((a, z) => {
        const x = value(a);
        const y = value(z);
        const d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), data.lang);
        return asc ? d : -d;
      });
      tbody.append(...rows);
    });
  });
}

function button(id: string, on: () => void): void {
  document.getElementById(id)?.addEventListener('click', on);
}

refresh();
fit();
document.documentElement.dataset.ready = 'true';
// For bench/: when the page became interactive.
performance.mark('cascade-ready');
