import { memo, type ReactNode, useCallback, useId, useMemo, useState } from 'react';
import type { ActorKind, ActorRecord, DocumentRecord } from '../../schema/timeline';
import { formatDate } from '../store/dates';
import { hasActiveFilters } from '../store/filtering';
import type { SourceKind } from '../store/filtersSlice';
import { selectFilterResult, selectTotal } from '../store/selectors';
import { explorerStore, useExplorer } from '../store/store';

const KIND_LABELS: Array<[ActorKind, string]> = [
  ['person', 'People'],
  ['organization', 'Organisations'],
  ['country', 'Countries'],
  ['place', 'Places'],
  ['other', 'Other'],
];
const SHOWN_PER_GROUP = 12;
/** a whole archive has thousands of documents: the first ones (by date), the ticked ones, and a button for all */
const SHOWN_SOURCES = 50;
/** more documents than this get a search field, as the actors do */
const FIND_DOCUMENTS_FROM = 12;

type SourceOption = { value: string; label: string; detail?: string };

/**
 * The documents in the order of their publication (undated ones last), each with its date: a news collection's
 * titles are often a headline and its standfirst run together, and without the date 291 BBC reports were a wall of
 * look-alike headlines in the order of their file names.
 */
export function documentOptions(documents: readonly DocumentRecord[]): SourceOption[] {
  return [...documents]
    .sort(
      (a, b) =>
        (a.published ? 0 : 1) - (b.published ? 0 : 1) ||
        (a.published && b.published ? a.published.value.localeCompare(b.published.value) : 0) ||
        (a.title || a.id).localeCompare(b.title || b.id),
    )
    .map((d) => ({ value: d.id, label: d.title || d.id, ...(d.published ? { detail: formatDate(d.published.value, d.published.precision) } : {}) }));
}

/**
 * How many events the filters leave, in the drawer itself (narrow screens): the drawer covers the header's count
 * line, so a reader on a phone typed a search, or ticked an actor, and saw no count change until the drawer was
 * closed. aria-hidden: the header's count line already tells a screen reader (role status).
 */
function DrawerCount() {
  const shown = useExplorer((s) => selectFilterResult(s).matches.length);
  const total = useExplorer(selectTotal);
  return (
    <p className="drawer-count" aria-hidden="true">
      {shown} of {total} events
    </p>
  );
}

/** The side panel: search, actors by kind, sources, dates; every option with the count it would give. */
export function FiltersPanel() {
  const index = useExplorer((s) => s.index);
  const filters = useExplorer((s) => s.filters);
  const { counts } = useExplorer(selectFilterResult);
  const drawerOpen = useExplorer((s) => s.drawerOpen);
  const [actorQuery, setActorQuery] = useState('');
  const docOptions = useMemo(() => (index ? documentOptions(index.timeline.documents) : []), [index]);
  const publisherOptions = useMemo(() => index?.publishers.map((p) => ({ value: p, label: p })) ?? [], [index]);
  const citedOptions = useMemo(() => index?.citedSources.map((c) => ({ value: c, label: `according to ${c}` })) ?? [], [index]);
  const actions = explorerStore.getState();
  if (!index) return null;

  return (
    <section id="filters" className="filters" aria-label="Filters" data-open={drawerOpen}>
      <div className="filters-head">
        <h2>Filters</h2>
        <button type="button" className="link-button" onClick={actions.clearFilters} disabled={!hasActiveFilters(filters, index)}>
          Clear all
        </button>
        <button type="button" className="drawer-close" onClick={() => actions.setDrawerOpen(false)} aria-label="Close filters">
          ×
        </button>
      </div>
      <DrawerCount />

      <label className="field">
        <span className="field-label">Search events</span>
        <input type="search" value={filters.text} placeholder="Titles and quotes" onChange={(e) => actions.setText(e.target.value)} />
      </label>

      <fieldset className="group">
        <legend>Actors</legend>
        <div className="match-switch" role="radiogroup" aria-label="Match actors">
          <label>
            <input type="radio" name="actor-match" checked={filters.actorMatch === 'any'} onChange={() => actions.setActorMatch('any')} /> any
          </label>
          <label>
            <input type="radio" name="actor-match" checked={filters.actorMatch === 'all'} onChange={() => actions.setActorMatch('all')} /> all
          </label>
        </div>
        <label className="field">
          <span className="visually-hidden">Find an actor</span>
          <input type="search" value={actorQuery} placeholder="Find an actor" onChange={(e) => setActorQuery(e.target.value)} />
        </label>
        {actorQuery.trim() && !index.timeline.actors.some((a) => matchesQuery(a, actorQuery.trim().toLowerCase())) && (
          <p className="muted">No actor’s name has a word starting “{actorQuery.trim()}”.</p>
        )}
        {KIND_LABELS.map(([kind, label]) => (
          <ActorGroup
            key={kind}
            label={label}
            actors={index.actorsByKind.get(kind) ?? []}
            query={actorQuery}
            selected={filters.actors}
            counts={counts.actors}
            onToggle={actions.toggleActor}
          />
        ))}
      </fieldset>

      <fieldset className="group">
        <legend>Sources</legend>
        <SourceGroup label="Documents" kind="docs" options={docOptions} selected={filters.docs} counts={counts.docs} findLabel="Find a document" />
        <SourceGroup label="Publishers" kind="publishers" options={publisherOptions} selected={filters.publishers} counts={counts.publishers} />
        <SourceGroup label="Cited sources" kind="cited" options={citedOptions} selected={filters.cited} counts={counts.cited} />
      </fieldset>

      <fieldset className="group dates">
        <legend>Dates</legend>
        <DateField label="From" empty="From the first event" value={filters.from} onChange={(v) => actions.setDateRange(v, filters.to)} />
        <DateField label="To" empty="To the last event" value={filters.to} onChange={(v) => actions.setDateRange(filters.from, v)} />
      </fieldset>
    </section>
  );
}

/**
 * A day of the Dates filter. The browser draws the field in its own order ("04/20/2010" under "mm/dd/yyyy" in an
 * American browser) while the app writes "20 Apr 2010" everywhere else: 04/05/2010 could be either day. The day
 * chosen is said under the field as the app says it, and read with the field ("From, 20 Apr 2010").
 */
function DateField({ label, empty, value, onChange }: { label: string; empty: string; value: string | null; onChange: (value: string) => void }) {
  const said = useId();
  return (
    <div className="date-field">
      <label className="field">
        <span className="field-label">{label}</span>
        <input type="date" value={value ?? ''} aria-describedby={said} onChange={(e) => onChange(e.target.value)} />
      </label>
      <span id={said} className="date-said">
        {value ? formatDate(value, 'day') : empty}
      </span>
    </div>
  );
}

/**
 * The query at the start of a word of the name or an alias ("hay" finds Tony Hayward, "megrahi" al-Megrahi): a reader
 * types the start of a name, and "ha" anywhere listed Thad Allen and Charlie Crist before Halliburton.
 */
export function matchesQuery(actor: ActorRecord, q: string) {
  return !q || [actor.name, ...actor.aliases].some((n) => startsAWord(n.toLowerCase(), q));
}

function startsAWord(name: string, q: string): boolean {
  for (let at = name.indexOf(q); at >= 0; at = name.indexOf(q, at + 1)) if (at === 0 || !/[\p{L}\p{N}]/u.test(name[at - 1])) return true;
  return false;
}

function ActorGroup(props: {
  label: string;
  actors: ActorRecord[];
  query: string;
  selected: string[];
  counts: Map<string, number>;
  onToggle: (id: string) => void;
}) {
  const { label, actors, query, selected, counts, onToggle } = props;
  const [showAll, setShowAll] = useState(false);
  const headingId = useId();
  const q = query.trim().toLowerCase();
  const sorted = useMemo(
    () => actors.filter((a) => matchesQuery(a, q)).sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name)),
    [actors, q, counts],
  );
  if (!sorted.length) return null;
  // the busiest first; ticked ones always stay in view
  const shown = showAll ? sorted : sorted.filter((a, i) => i < SHOWN_PER_GROUP || selected.includes(a.id));
  const options = shown.map((a) => ({ value: a.id, label: a.name }));
  return <OptionGroup {...{ headingId, label, options, total: sorted.length, limit: SHOWN_PER_GROUP, showAll, setShowAll, counts, selected, onToggle }} />;
}

function SourceGroup(props: {
  label: string;
  kind: SourceKind;
  options: SourceOption[];
  selected: string[];
  counts: Map<string, number>;
  /** a search field over the labels, when there are many */
  findLabel?: string;
}) {
  const { label, kind, options, selected, counts, findLabel } = props;
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const [query, setQuery] = useState('');
  const onToggle = useCallback((value: string) => explorerStore.getState().toggleSource(kind, value), [kind]);
  if (!options.length) return null;
  const q = query.trim().toLowerCase();
  // the ticked ones stay in view whatever is searched
  const found = q ? options.filter((o) => o.label.toLowerCase().includes(q) || selected.includes(o.value)) : options;
  const shown = showAll ? found : found.filter((o, i) => i < SHOWN_SOURCES || selected.includes(o.value));
  const find =
    findLabel && options.length > FIND_DOCUMENTS_FROM ? (
      <label className="field">
        <span className="visually-hidden">{findLabel}</span>
        <input type="search" value={query} placeholder={findLabel} onChange={(e) => setQuery(e.target.value)} />
      </label>
    ) : null;
  return (
    <OptionGroup {...{ headingId, label, options: shown, total: found.length, limit: SHOWN_SOURCES, showAll, setShowAll, counts, selected, onToggle, find }} />
  );
}

/** memo: a filter change re-renders only the options whose count or tick changed */
const Option = memo(function Option(props: {
  value: string;
  label: string;
  detail?: string;
  count: number;
  checked: boolean;
  onToggle: (value: string) => void;
}) {
  return (
    <li>
      <label className="option" data-empty={props.count === 0 && !props.checked}>
        <input type="checkbox" checked={props.checked} onChange={() => props.onToggle(props.value)} />
        <span className="option-label">
          {props.detail && <span className="option-detail">{props.detail} · </span>}
          {props.label}
        </span>{' '}
        <span className="option-count">
          {props.count}
          <span className="visually-hidden"> {props.count === 1 ? 'event' : 'events'}</span>
        </span>
      </label>
    </li>
  );
});

/** A headed list of checkboxes with counts, folded to its first entries until "Show all". */
function OptionGroup(props: {
  headingId: string;
  label: string;
  options: SourceOption[];
  total: number;
  limit: number;
  showAll: boolean;
  setShowAll: (v: boolean) => void;
  counts: Map<string, number>;
  selected: string[];
  onToggle: (value: string) => void;
  find?: ReactNode;
}) {
  const { headingId, label, options, total, limit, showAll, setShowAll, counts, selected, onToggle, find } = props;
  return (
    <fieldset className="option-group" aria-labelledby={headingId}>
      <legend>
        <h3 id={headingId}>{label}</h3>
      </legend>
      {find}
      <ul className="options">
        {options.map((o) => (
          <Option
            key={o.value}
            value={o.value}
            label={o.label}
            detail={o.detail}
            count={counts.get(o.value) ?? 0}
            checked={selected.includes(o.value)}
            onToggle={onToggle}
          />
        ))}
      </ul>
      {total > limit && (
        <button type="button" className="link-button" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${total}`}
        </button>
      )}
    </fieldset>
  );
}
