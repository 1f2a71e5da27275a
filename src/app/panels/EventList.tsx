import { memo, useEffect, useRef, type RefObject } from 'react';
import type { EventRecord } from '../../schema/timeline';
import { formatDate } from '../store/dates';
import { selectSortedRows, selectTotal } from '../store/selectors';
import { explorerStore, useExplorer } from '../store/store';
import { facetCount } from '../store/timelineIndex';
import type { SortKey } from '../store/viewSlice';
import { eventHref, isPlainClick } from './links';

/** Rendering stays quick on huge timelines; filters narrow the rest. */
const MAX_ROWS = 500;

const COLUMNS: Array<[SortKey, string]> = [
  ['date', 'Date'],
  ['title', 'Event'],
  ['actors', 'Actors'],
  ['sources', 'Sources'],
];

/** The same filtered events as an accessible, sortable table: the keyboard and screen-reader route. */
export function EventList() {
  const index = useExplorer((s) => s.index);
  const rows = useExplorer(selectSortedRows);
  const total = useExplorer(selectTotal);
  const sort = useExplorer((s) => s.sort);
  const selected = useExplorer((s) => s.selectedEventId);
  const selectedRow = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    selectedRow.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  if (!index) return null;
  const { sortBy, selectEvent, clearFilters } = explorerStore.getState();
  return (
    <section className="list" aria-labelledby="events-caption">
      <table className="events-table" aria-labelledby="events-caption">
        <caption id="events-caption">Events</caption>
        <thead>
          <tr>
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
        <tbody>
          {rows.slice(0, MAX_ROWS).map((pos) => {
            const e = index.events[pos];
            const isSelected = e.id === selected;
            return (
              <EventRow
                key={e.id}
                event={e}
                actors={e.actors.map((a) => index.actorById.get(a)?.name ?? a).join(', ')}
                docs={facetCount(index.facet.docs, pos)}
                isSelected={isSelected}
                rowRef={isSelected ? selectedRow : undefined}
                onSelect={selectEvent}
              />
            );
          })}
        </tbody>
      </table>
      {rows.length > MAX_ROWS && (
        <p className="muted">
          Showing the first {MAX_ROWS} of {rows.length} events; narrow the filters to see the rest.
        </p>
      )}
      {rows.length === 0 && total > 0 && (
        <p className="empty">
          No events match these filters —{' '}
          <button type="button" className="link-button" onClick={clearFilters}>
            clear filters
          </button>
        </p>
      )}
    </section>
  );
}

/** memo: a filter change re-renders only the rows that are new or changed, not all 500 */
const EventRow = memo(function EventRow(props: {
  event: EventRecord;
  actors: string;
  docs: number;
  isSelected: boolean;
  rowRef: RefObject<HTMLTableRowElement | null> | undefined;
  onSelect: (id: string) => void;
}) {
  const { event: e, actors, docs, isSelected, rowRef, onSelect } = props;
  return (
    <tr ref={rowRef} className={isSelected ? 'is-selected' : undefined} aria-current={isSelected ? 'true' : undefined} onClick={() => onSelect(e.id)}>
      <td className="cell-date">
        <span className={`date-badge date-${e.date.precision}`}>{formatDate(e.date.value, e.date.precision)}</span>
        {e.date.basis === 'inferred' && <span className="flag-inline" title="inferred date"> ≈<span className="visually-hidden"> inferred</span></span>}
        {!!e.conflicts?.length && <span className="flag-inline flag-conflict" title="reports disagree on the date"> !<span className="visually-hidden"> dates disagree</span></span>}
      </td>
      <td>
        <a
          href={eventHref(e.id)}
          onClick={(ev) => {
            ev.stopPropagation();
            if (!isPlainClick(ev)) return;
            ev.preventDefault();
            onSelect(e.id);
          }}
        >
          {e.title}
        </a>
      </td>
      <td>{actors}</td>
      <td>
        {docs} document{docs === 1 ? '' : 's'}
      </td>
    </tr>
  );
});
