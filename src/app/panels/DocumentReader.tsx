import { type ReactNode, useEffect } from 'react';
import type { DocumentRecord } from '../../schema/timeline';
import { formatDate } from '../store/dates';
import { explorerStore, useExplorer } from '../store/store';
import type { MentionRef, TimelineIndex } from '../store/timelineIndex';
import { eventHref, isPlainClick } from './links';

/** A document's cleaned text with its event sentences highlighted; each leads to its event. */
export function DocumentReader() {
  const reader = useExplorer((s) => s.reader);
  const index = useExplorer((s) => s.index);
  const selected = useExplorer((s) => s.selectedEventId);
  const texts = useExplorer((s) => s.texts);
  const doc = reader && index?.docById.get(reader.doc);
  const wanted = !!reader && texts.status === 'idle';
  useEffect(() => {
    // the texts of a timeline in two parts come with the first document opened; a failure is shown below
    if (wanted)
      explorerStore
        .getState()
        .loadTexts()
        .catch(() => {});
  }, [wanted]);

  if (!reader || !index) return null;
  const close = explorerStore.getState().closeReader;
  return (
    <section className="reader" aria-label="Document reader">
      <div className="details-head">
        {/* title: the whole of a title cut to three lines (styles.css) */}
        <h2 title={doc ? doc.title || doc.id : undefined}>{doc ? doc.title || doc.id : 'Document not found'}</h2>
        <button type="button" className="icon-button" aria-label="Close reader" onClick={close}>
          ×
        </button>
      </div>
      {doc ? (
        <>
          <DocMeta doc={doc} />
          {texts.status === 'error' ? (
            <p className="reader-problem" role="alert">
              {texts.error}
            </p>
          ) : texts.texts?.has(doc.id) ? (
            <div className="reader-text">{renderText(doc, texts.texts.get(doc.id)!, index, reader.at, selected)}</div>
          ) : texts.status === 'ready' ? (
            <p className="reader-problem" role="alert">
              This timeline holds no text for “{doc.id}”.
            </p>
          ) : (
            <p className="muted" role="status">
              Loading the document’s text…
            </p>
          )}
        </>
      ) : (
        <p>This timeline has no document “{reader.doc}”.</p>
      )}
    </section>
  );
}

function DocMeta({ doc }: { doc: DocumentRecord }) {
  return (
    <p className="muted reader-meta">
      {doc.publisher ?? 'Publisher unknown'}
      {doc.published ? ` · ${formatDate(doc.published.value, doc.published.precision)}` : ' · undated'}
      {doc.citedSources.length > 0 && ` · cites ${doc.citedSources.join(', ')}`}
      {` · ${doc.id}`}
    </p>
  );
}

/** Sentences reported as several events share one highlight with one link per event. */
function groupByRange(refs: MentionRef[]): Array<{ start: number; end: number; eventIds: string[] }> {
  const groups: Array<{ start: number; end: number; eventIds: string[] }> = [];
  for (const { eventId, mention } of refs) {
    const last = groups[groups.length - 1];
    if (last && last.start === mention.start && last.end === mention.end) {
      if (!last.eventIds.includes(eventId)) last.eventIds.push(eventId);
    } else if (!last || mention.start >= last.end) {
      groups.push({ start: mention.start, end: mention.end, eventIds: [eventId] });
    }
  }
  return groups;
}

/** The sentence a source's "Read in document" opened at: brought into the reader's view and given the focus. */
function showTarget(el: HTMLAnchorElement | null): void {
  if (!el) return;
  // only the reader scrolls: the page frame cannot (styles.css), so the app stays where it is
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
}

function renderText(doc: DocumentRecord, text: string, index: TimelineIndex, at: number | null, selected: string | null) {
  const nodes: ReactNode[] = [];
  let pos = 0;
  const select = (eventId: string) => (e: React.MouseEvent) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    explorerStore.getState().selectEvent(eventId);
  };
  for (const group of groupByRange(index.mentionsByDoc.get(doc.id) ?? [])) {
    if (group.start > pos) nodes.push(text.slice(pos, group.start));
    const [first, ...more] = group.eventIds;
    const title = (id: string) => index.events[index.eventPos.get(id)!]?.title ?? id;
    const isTarget = at === group.start;
    nodes.push(
      <a
        key={`s${group.start}`}
        ref={isTarget ? showTarget : undefined}
        className={`reader-sentence${group.eventIds.includes(selected ?? '') ? ' is-selected' : ''}${isTarget ? ' is-target' : ''}`}
        href={eventHref(first)}
        title={`Event: ${title(first)}`}
        onClick={select(first)}
      >
        {text.slice(group.start, group.end)}
      </a>,
    );
    for (const id of more) {
      nodes.push(
        <a key={`s${group.start}-${id}`} className="reader-also" href={eventHref(id)} onClick={select(id)}>
          also: {title(id)}
        </a>,
      );
    }
    pos = group.end;
  }
  if (pos < text.length) nodes.push(text.slice(pos));
  return nodes;
}
