import { useEffect } from 'react';
import type { ActorRecord, EventRecord, Mention } from '../../schema/timeline';
import { formatDate } from '../store/dates';
import { type HiddenBecause, selectSelectedEvent, selectSelectedHidden } from '../store/selectors';
import { explorerStore, useExplorer } from '../store/store';
import { sourcesInOrder } from '../store/sourceOrder';
import type { TimelineIndex } from '../store/timelineIndex';
import { dateSource, explainDate, precisionNote } from './dateExplanation';
import { highlightSentence } from './highlight';
import { isPlainClick, readerHref } from './links';

/** Where an event comes from: its date and how it was found, its actors, and every report with its quote. */
export function EventDetails() {
  const event = useExplorer(selectSelectedEvent);
  const index = useExplorer((s) => s.index);
  const idle = useExplorer((s) => s.texts.status === 'idle');
  const fetchTexts = !!event && idle;
  useEffect(() => {
    // A timeline in two parts fetches its documents' texts with the first event opened, while its quotes are read, not
    // with the first "Read in document": on the BBC's spill coverage (1 MB of texts for 291 reports) the reader said
    // "Loading the document's text…" for two seconds on a school's 1.6 Mbit/s line. A failure is the reader's to show.
    if (fetchTexts)
      explorerStore
        .getState()
        .loadTexts()
        .catch(() => {});
  }, [fetchTexts]);
  return (
    <section className="details" aria-label="Event details">
      {!event || !index ? (
        <p className="placeholder">Select an event on the timeline or in the list to see its sources.</p>
      ) : (
        <EventBody key={event.id} event={event} index={index} />
      )}
    </section>
  );
}

function EventBody({ event, index }: { event: EventRecord; index: TimelineIndex }) {
  const actors = event.actors.map((id) => index.actorById.get(id)).filter((a): a is ActorRecord => !!a);
  const docCount = new Set(event.mentions.map((m) => m.doc)).size;
  const note = precisionNote(event);
  const { filterByActor, selectEvent } = explorerStore.getState();
  const listed = sourcesInOrder(event.mentions, index);
  // (one report: it is the one the date is read from, and the list says no more than the line would)
  const from = listed.length > 1 ? dateSource(event, listed, index) : null;
  return (
    <article>
      <div className="details-head">
        <h2 tabIndex={-1}>{event.title}</h2>
        <button type="button" className="icon-button" aria-label="Close details" onClick={() => selectEvent(null)}>
          ×
        </button>
      </div>
      <HiddenNote />
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          <span className={`date-badge date-${event.date.precision}`}>{formatDate(event.date.value, event.date.precision)}</span>
          {note && <span className="muted"> — {note}</span>}
          <div className="how">{explainDate(event, index)}</div>
          {from && (
            <div className="how date-source">
              in {from.cited}
              {from.published && `, ${from.published}`} —{' '}
              <button type="button" className="link-button" onClick={() => showSource(from.at)}>
                {from.at === 0 ? 'the first report below' : `report ${from.at + 1} below`}
              </button>
            </div>
          )}
          {event.date.basis === 'inferred' && <div className="flag flag-inferred">≈ Inferred date: no report states it directly.</div>}
          {!!event.conflicts?.length && (
            <div className="flag flag-conflict">
              <strong>! Reports disagree on the date.</strong> Other dates given:
              <ul>
                {event.conflicts.map((c) => (
                  <li key={`${c.doc}:${c.value}:${c.text}`}>
                    {formatDate(c.value, c.precision)} — “{c.text}” in {index.docById.get(c.doc)?.title || c.doc}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </dd>
        {actors.length > 0 && (
          <>
            <dt>Actors</dt>
            <dd>
              <ul className="chips">
                {actors.map((a) => (
                  <li key={a.id}>
                    <button type="button" className="chip" onClick={() => filterByActor(a.id)} title={`Show ${a.name}'s events`}>
                      {a.name}
                    </button>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <h3 className="sources-head">
        Sources{' '}
        <span className="muted">
          — reported by {docCount} document{docCount === 1 ? '' : 's'}
        </span>
      </h3>
      <ol className="sources">
        {listed.map((m, i) => (
          <SourceItem key={`${m.doc}:${m.start}:${m.end}`} mention={m} event={event} actors={actors} index={index} at={i} dated={m === from?.mention} />
        ))}
      </ol>
    </article>
  );
}

const HIDDEN_WHY: Record<HiddenBecause, string> = {
  filters: 'the filters leave it out',
  folded: 'it is dated outside the story, folded away',
  detail: 'the Detail level leaves it out',
};

/** Why the open event is on neither the timeline nor the table (selectSelectedHidden), and one click to show it. */
function HiddenNote() {
  const hidden = useExplorer(selectSelectedHidden);
  if (!hidden) return null;
  const show = () => {
    const s = explorerStore.getState();
    if (hidden === 'filters') return s.clearFilters();
    s.setDetail('all');
    s.setBackground('shown');
  };
  return (
    <p className="filter-note hidden-note">
      Not on the timeline now: {HIDDEN_WHY[hidden]} —{' '}
      <button type="button" className="link-button" onClick={show}>
        {hidden === 'filters' ? 'clear filters' : 'show all events'}
      </button>
    </p>
  );
}

/** The details' own scroll brings the report the date is read from into view, and the focus goes to it. */
function showSource(at: number): void {
  const item = document.getElementById(`report-${at}`);
  if (!item) return;
  // clear of the details' title, which stays on top as they scroll (three lines for a long title)
  const head = item.closest('.details')?.querySelector<HTMLElement>('.details-head');
  item.style.scrollMarginTop = `${(head?.offsetHeight ?? 0) + 8}px`;
  item.scrollIntoView({ block: 'start' });
  item.focus({ preventScroll: true });
}

function SourceItem({
  mention,
  event,
  actors,
  index,
  at,
  dated,
}: {
  mention: Mention;
  event: EventRecord;
  actors: ActorRecord[];
  index: TimelineIndex;
  at: number;
  /** the report the event's date (and its title) is read from */
  dated: boolean;
}) {
  const doc = index.docById.get(mention.doc);
  const published = doc?.published;
  return (
    <li className={dated ? 'source source-dated' : 'source'} id={`report-${at}`} tabIndex={-1}>
      {dated && <p className="source-badge">The date is read from this report</p>}
      <div className="source-doc">
        <span className="source-title">{doc?.title || mention.doc}</span>
        <span className="muted">
          {' — '}
          {doc?.publisher ?? 'publisher unknown'}
          {published ? `, ${formatDate(published.value, published.precision)}` : ', undated'}
        </span>
      </div>
      {mention.named && (
        // "The Gulf of Mexico oil spill began" for a sentence that says "The spill began": where the name comes from.
        <p className="named-apart muted">
          Named earlier in the article: <q>{mention.named.text}</q>
        </p>
      )}
      <blockquote className="quote">
        {highlightSentence(mention, event, actors).map((seg) =>
          seg.mark ? (
            <mark key={seg.start} className={`hl-${seg.mark}`}>
              {seg.text}
            </mark>
          ) : (
            <span key={seg.start}>{seg.text}</span>
          ),
        )}
      </blockquote>
      <div className="source-foot">
        {mention.attribution && index.citedAs.has(mention.attribution) && <span className="attribution">according to {mention.attribution}</span>}
        <a
          className="read-link"
          href={readerHref(mention.doc, mention.start)}
          onClick={(e) => {
            if (!isPlainClick(e)) return;
            e.preventDefault();
            explorerStore.getState().openReader(mention.doc, mention.start);
          }}
        >
          Read in document
        </a>
      </div>
    </li>
  );
}
