// Tables of the plan (the same Table[] the `table` command writes) as HTML tables. Each cell keeps
// its machine value in data-value, so the page's script sorts numbers as numbers.
import { say, type Lang } from '../core/message.js';
import { cellText, cellValue, type Cell, type Table } from '../tables/table.js';
import { el, text } from './markup.js';

export function tableHtml(table: Table, id: string, lang: Lang): string {
  const head = el(
    'tr',
    {},
    table.columns.map((c) => el('th', { scope: 'col', class: c.align === 'right' ? 'num' : undefined }, text(say(c.header, lang)))).join(''),
  );
  const row = (cells: Cell[], foot: boolean) =>
    el(
      'tr',
      {},
      table.columns
        .map((c, i) => {
          const cell = cells[i];
          const v = cellValue(cell);
          return el(
            foot && i === 0 ? 'th' : 'td',
            {
              class: c.align === 'right' ? 'num' : undefined,
              'data-value': typeof v === 'number' ? v : undefined,
              scope: foot && i === 0 ? 'row' : undefined,
            },
            text(cellText(cell)),
          );
        })
        .join(''),
    );
  const notes = (table.notes ?? []).map((n) => el('p', { class: 'note' }, text(say(n, lang)))).join('');
  return el(
    'figure',
    { class: 'table', id },
    [
      el(
        'table',
        { class: 'data' },
        [
          el('caption', {}, text(say(table.title, lang))),
          el('thead', {}, head),
          el('tbody', {}, table.rows.map((r) => row(r, false)).join('')),
          table.footer?.length ? el('tfoot', {}, table.footer.map((r) => row(r, true)).join('')) : '',
        ].join(''),
      ),
      notes,
    ].join(''),
  );
}
