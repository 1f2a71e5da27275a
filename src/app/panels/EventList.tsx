import { type CSSProperties, memo, useCallback, useEffect, useRef, useState } from 'react';
import { keyTargets } from '../keys/commands';
import type { EventRecord } from '../../schema/timeline';
import { formatDate } from '../store/dates';
import { selectSortedRows } from '../store/selectors';
import { explorerStore, useExplorer } from '../store/store';
import { facetCount } from '../store/timelineIndex';
import type { SortKey } from '../store/viewSlice';
import { eventHref, isPlainClick } from './links';
import { ALL_ROWS, useVirtualRows } from './virtualRows';

const COLUMNS: Array<[SortKey, string]> = [
  ['date', 'Date'],
  ['title', 'Event'],
  ['actors', 'Actors'],
  ['sources', 'Sources'],
];

/**
 * 'nearest' scrolls the table by as little as shows the row: a row just under the pane's edge moved the table by a few
 * pixels and left its "Events" caption cut in half under the timeline (the BBC spill coverage at 1280×720, third
 * row), and as often the note over the table ("The 30 key events of 182: …", "Showing only events with …"). Scroll on
 * until no line over the rows is cut at the pane's top: each is whole or gone; the row moves up, and stays below the
 * header that then sticks.
 */
function captionWholeOrGone(tr: HTMLElement) {
  const table = tr.closest('table');
  const caption = table?.caption;
  let scroller = table?.parentElement ?? null;
  while (scroller && !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY)))
    scroller = scroller.parentElement;
  if (!table || !scroller) return;
  // what sits over the rows in the pane: its notes (the blocks before the table), then the caption
  const above: Element[] = [];
  for (let at: Element | null = table; at && at !== scroller; at = at.parentElement)
    for (let before = at.previousElementSibling; before; before = before.previousElementSibling) above.push(before);
  if (caption) above.push(caption);
  const top = scroller.getBoundingClientRect().top;
  for (const block of above) {
    const box = block.getBoundingClientRect();
    if (box.height > 0 && box.top < top - 0.5 && box.bottom > top + 0.5) scroller.scrollTop += Math.ceil(box.bottom - top);
  }
}

/**
 * The same filtered events as an accessible, sortable table: the keyboard and screen-reader route. Every filtered
 * event is a row; past ALL_ROWS only the rows in view are in the page (aria-rowcount says how many there are, each
 * row's aria-rowindex where it sits), so a filter change lays out a few dozen rows however many events match.
 */
export function EventList() {
  const index = useExplorer((s) => s.index);
  const rows = useExplorer(selectSortedRows);
  const sort = useExplorer((s) => s.sort);
  const selected = useExplorer((s) => s.selectedEventId);
  const body = useRef<HTMLTableSectionElement>(null);
  const virtual = rows.length > ALL_ROWS;
  const keyOf = useCallback((i: number) => rows[i], [rows]);
  const virtualizer = useVirtualRows(virtual ? rows.length : 0, keyOf, body);
  /**
   * The one row whose link Tab stops at (a roving tabindex, as the WAI-ARIA grid pattern has it): the row last
   * focused, or the selected event's. Every row's link was a Tab stop, so a reader reached what follows the table
   * only after as many Tabs as it has rows (1,000 for a thousand events); the arrows, Page keys, Home and End move
   * between rows, and every link keeps its name for screen readers.
   */
  const [active, setActive] = useState(0);
  /** a row to focus (keys) once the virtualiser has scrolled to it and drawn it */
  const pending = useRef<{ row: number; focus: boolean } | null>(null);

  /** the row drawn in its place (not the Tab stop kept out of view, below) */
  const rowElement = (row: number) => body.current?.querySelector<HTMLTableRowElement>(`tr[aria-rowindex="${row + 2}"]:not(.is-away)`) ?? null;
  /** what the key and selection handlers read when they run (they are set up once) */
  const latest = useRef({ rows, index });
  latest.current = { rows, index };
  const settle = () => {
    const want = pending.current;
    const tr = want && rowElement(want.row);
    if (!want || !tr) return;
    pending.current = null;
    if (want.focus) tr.querySelector('a')?.focus({ preventScroll: true });
  };
  const goTo = (row: number, focus: boolean) => {
    const tr = rowElement(row);
    if (tr) {
      if (focus) tr.querySelector('a')?.focus({ preventScroll: true });
      // 'nearest' with the rows' scroll-margin keeps the row clear of the table's sticky header
      tr.scrollIntoView({ block: 'nearest' });
      captionWholeOrGone(tr);
      return;
    }
    if (!virtual) return;
    // not drawn: the virtualiser scrolls there (and keeps correcting as rows on the way are measured), then draws it
    pending.current = { row, focus };
    virtualizer.scrollToIndex(row, { align: 'center' });
  };
  useEffect(settle);
  const goToRef = useRef(goTo);
  goToRef.current = goTo;

  // arrows, Page Up/Down, Home and End move between rows when a row's link has the focus (keys/commands.ts)
  useEffect(() => {
    keyTargets.table = {
      move: (to, from) => {
        const tr = from.closest('tr[aria-rowindex]');
        if (!tr) return false;
        const at = Number(tr.getAttribute('aria-rowindex')) - 2;
        goToRef.current(to(at, latest.current.rows.length - 1, 10), true);
        return true;
      },
    };
    return () => {
      keyTargets.table = null;
    };
  }, []);

  // only when the selection changes: a filter or sort change keeps the reader where they were
  useEffect(() => {
    const { rows, index } = latest.current;
    const pos = selected && index ? index.eventPos.get(selected) : undefined;
    const row = pos === undefined ? -1 : rows.indexOf(pos);
    if (row < 0) return;
    setActive(row);
    goToRef.current(row, false);
  }, [selected]);

  if (!index) return null;
  const { sortBy, selectEvent } = explorerStore.getState();

  const shown = virtual ? virtualizer.getVirtualItems() : null;
  const first = shown?.[0];
  const last = shown?.at(-1);
  const margin = virtualizer.options.scrollMargin;
  const spaceAbove = first ? first.start - margin : 0;
  const spaceBelow = last ? virtualizer.getTotalSize() - (last.end - margin) : 0;
  // The Tab stop: the active row while it is listed. In a table of more than ALL_ROWS, once that row had scrolled
  // out of the drawn rows, Tab landed on the first row drawn instead, wherever the reader had been: it is kept in the
  // page out of view (styles.css, tr.is-away), where Tab still reaches it, and focusing it scrolls it into view.
  const tabRow = Math.min(active, rows.length - 1);
  const away = shown && tabRow >= 0 && !shown.some((v) => v.index === tabRow) ? tabRow : null;
  const drawRow = (row: number, isAway = false) => {
    const pos = rows[row];
    const e = index.events[pos];
    const isSelected = e.id === selected;
    return (
      <EventRow
        key={pos}
        row={row}
        event={e}
        actors={e.actors.map((a) => index.actorById.get(a)?.name ?? a).join(', ')}
        docs={facetCount(index.facet.docs, pos)}
        isSelected={isSelected}
        tabbable={row === tabRow}
        away={isAway}
        measure={virtual && !isAway ? virtualizer.measureElement : undefined}
        onSelect={selectEvent}
      />
    );
  };

  return (
    <section className={virtual ? 'list is-windowed' : 'list'} aria-labelledby="events-caption">
      <table className={virtual ? 'events-table is-windowed' : 'events-table'} aria-labelledby="events-caption" aria-rowcount={rows.length + 1}>
        <caption id="events-caption">Events</caption>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map(([key, label]) => (
              <th key={key} scope="col" aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                <button type="button" className="sort-button" onClick={() => sortBy(key)}>
                  {label}
                  <span aria-hidden="true" className="sort-arrow">
                    {sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        {/* the rows not drawn take their height as empty rows before and after (styles.css), not in the table's content */}
        <tbody
          ref={body}
          data-keyscope="table"
          onFocus={(ev) => {
            const tr = (ev.target as Element).closest('tr[aria-rowindex]');
            if (!tr) return;
            const row = Number(tr.getAttribute('aria-rowindex')) - 2;
            setActive(row);
            if (tr.classList.contains('is-away')) goToRef.current(row, true);
          }}
          style={virtual ? ({ '--space-above': `${spaceAbove}px`, '--space-below': `${spaceBelow}px` } as CSSProperties) : undefined}
        >
          {shown
            ? [
                ...(away !== null && first && away < first.index ? [drawRow(away, true)] : []),
                ...shown.map((v) => drawRow(v.index)),
                ...(away !== null && last && away > last.index ? [drawRow(away, true)] : []),
              ]
            : rows.map((_, row) => drawRow(row))}
        </tbody>
      </table>
    </section>
  );
}

/** memo: a filter change or a scroll re-renders only the rows that are new or changed */
const EventRow = memo(function EventRow(props: {
  row: number;
  event: EventRecord;
  actors: string;
  docs: number;
  isSelected: boolean;
  /** the table's one Tab stop (the others are reached with the arrow keys) */
  tabbable: boolean;
  /** the Tab stop kept in the page while its row is scrolled out of the drawn ones (not laid out, not measured) */
  away?: boolean;
  measure: ((el: HTMLTableRowElement | null) => void) | undefined;
  onSelect: (id: string | null, focus?: boolean) => void;
}) {
  const { row, event: e, actors, docs, isSelected, tabbable, away, measure, onSelect } = props;
  return (
    <tr
      ref={measure}
      data-index={row}
      aria-rowindex={row + 2}
      className={[isSelected && 'is-selected', away && 'is-away'].filter(Boolean).join(' ') || undefined}
      aria-current={isSelected ? 'true' : undefined}
      onClick={() => onSelect(e.id)}
    >
      <td className="cell-date">
        <span className={`date-badge date-${e.date.precision}`}>
          <DateLabel text={formatDate(e.date.value, e.date.precision)} />
        </span>
        {e.date.basis === 'inferred' && (
          <span className="flag-inline" title="inferred date">
            {' '}
            ≈<span className="visually-hidden"> inferred</span>
          </span>
        )}
        {!!e.conflicts?.length && (
          <span className="flag-inline flag-conflict" title="reports disagree on the date">
            {' '}
            !<span className="visually-hidden"> dates disagree</span>
          </span>
        )}
      </td>
      <td>
        <a
          href={eventHref(e.id)}
          tabIndex={tabbable ? undefined : -1}
          onClick={(ev) => {
            ev.stopPropagation();
            if (!isPlainClick(ev)) return;
            ev.preventDefault();
            // Enter on the link (a click of no mouse button): the focus follows into the details
            onSelect(e.id, ev.detail === 0);
          }}
        >
          {e.title}
        </a>
      </td>
      <td>{actors}</td>
      {/* "55 documents" on one line: at 1280×720 it broke after the number and every row took two lines; a phone
          shows the number alone under "Sources" (the word stays for screen readers) */}
      <td className="cell-sources">
        {docs}
        <span className="sources-unit"> document{docs === 1 ? '' : 's'}</span>
      </td>
    </tr>
  );
});

/**
 * A date that breaks only after its words ("week of | 13 Sept 2010"), never inside the date itself. The cell kept
 * "week of 13 Sept 2010" on one line, and on a phone the Date column took half the screen: the table ran off its
 * right edge, the Sources header cut (the BBC's spill coverage at "All events", 390 px wide).
 */
function DateLabel({ text }: { text: string }) {
  const words = /^([a-z][a-z ]*\s)(\d.*)$/.exec(text);
  if (!words) return text;
  // the cell does not wrap (styles.css): only the words, on a phone, may break after their last space
  return (
    <>
      <span className="date-words">{words[1]}</span>
      <span className="date-nowrap">{words[2]}</span>
    </>
  );
}
