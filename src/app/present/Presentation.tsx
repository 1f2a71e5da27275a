import { useEffect, useMemo, useRef, useState } from 'react';
import { selectFilterResult } from '../store/selectors';
import { explorerStore, useExplorer } from '../store/store';
import { leavePresentation, onFullscreenLeft } from './presenting';
import { PresentStrip } from './PresentStrip';
import { clampSlide, nextSlide, slideCard, slideKeyAction, slideOrder, type SlideCard, type SlideSource } from './slides';
import './present.css';

/**
 * Classroom mode: the filtered events in date order, one large card at a time over a timeline that moves to each.
 * Keys: →/Space/PageDown next, ←/PageUp previous, Home/End first/last, S all sources, Escape leaves.
 */
export function Presentation() {
  const index = useExplorer((s) => s.index)!;
  const result = useExplorer(selectFilterResult);
  const order = useMemo(() => slideOrder(index, result.matches), [index, result]);
  const count = order.length;
  const wanted = useExplorer((s) => s.slide);
  const slide = clampSlide(wanted, count);
  const [allSources, setAllSources] = useState(false);
  const event = count ? index.events[order[slide - 1]] : null;
  const card = useMemo(() => (event ? slideCard(event, index) : null), [event, index]);
  const regionRef = useRef<HTMLElement>(null);
  const state = useRef({ slide, count, eventId: event?.id ?? null });
  state.current = { slide, count, eventId: event?.id ?? null };

  // a link past the last slide opens at the last one, and the address says so
  useEffect(() => {
    if (wanted !== slide) explorerStore.getState().setSlide(slide);
  }, [wanted, slide]);

  useEffect(() => {
    const leave = () => leavePresentation(state.current.eventId);
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const action = slideKeyAction(e.key);
      if (!action) return;
      // Space and Enter on a focused button press the button
      if (e.key === ' ' && (e.target as HTMLElement | null)?.tagName === 'BUTTON') return;
      e.preventDefault();
      if (action === 'leave') return leave();
      if (action === 'sources') return setAllSources((v) => !v);
      const { slide: now, count: n } = state.current;
      explorerStore.getState().setSlide(nextSlide(action, now, n));
    };
    document.addEventListener('keydown', onKey);
    const stopWatching = onFullscreenLeft(leave);
    return () => {
      document.removeEventListener('keydown', onKey);
      stopWatching();
    };
  }, []);

  useEffect(() => {
    regionRef.current?.focus({ preventScroll: true });
  }, [card?.eventId]);

  const go = (n: number) => explorerStore.getState().setSlide(clampSlide(n, count));
  const pick = (eventId: string) => {
    const at = order.indexOf(index.eventPos.get(eventId) ?? -1);
    if (at >= 0) go(at + 1);
  };

  return (
    <div className="presentation" data-sources={allSources ? 'all' : 'one'}>
      <h1 className="visually-hidden">Chronolens presentation</h1>
      <header className="present-bar">
        <p className="present-progress" aria-hidden="true">
          {count ? `${slide} / ${count}` : '0 / 0'}
        </p>
        <div className="present-controls">
          <button type="button" onClick={() => go(slide - 1)} disabled={slide <= 1} aria-keyshortcuts="ArrowLeft PageUp">
            Previous
          </button>
          <button type="button" onClick={() => go(slide + 1)} disabled={slide >= count} aria-keyshortcuts="ArrowRight PageDown Space">
            Next
          </button>
          <button type="button" aria-pressed={allSources} onClick={() => setAllSources((v) => !v)} aria-keyshortcuts="S">
            All sources
          </button>
          <button type="button" onClick={() => leavePresentation(event?.id ?? null)} aria-keyshortcuts="Escape">
            Exit
          </button>
        </div>
      </header>
      <main className="present-stage">
        {card ? (
          <section key={card.eventId} ref={regionRef} className="slide" aria-label={`Slide ${slide} of ${count}`} aria-roledescription="slide" tabIndex={-1}>
            <SlideBody card={card} allSources={allSources} />
          </section>
        ) : (
          <section className="slide slide-empty" aria-label="No slides" tabIndex={-1} ref={regionRef}>
            <h2 className="slide-title">No events to present</h2>
            <p className="slide-text">No event matches the filters. Press Escape to go back and change them.</p>
          </section>
        )}
        <p className="visually-hidden" role="status">
          {card ? `Slide ${slide} of ${count}: ${card.title}` : ''}
        </p>
      </main>
      <PresentStrip index={index} order={order} current={card?.eventId ?? null} onPick={pick} />
    </div>
  );
}

function SlideBody({ card, allSources }: { card: SlideCard; allSources: boolean }) {
  const [first, ...more] = card.sources;
  return (
    <>
      <p className="slide-date">
        <span className="slide-date-value">{card.date}</span>
        {card.dateNotes.length > 0 && <span className="slide-date-note"> · {card.dateNotes.join(' · ')}</span>}
      </p>
      <h2 className="slide-title">{card.title}</h2>
      {card.actors.length > 0 && <p className="slide-actors">{card.actors.join(' · ')}</p>}
      {first && <SlideQuote source={first} />}
      {allSources && more.length > 0 && (
        <ol className="slide-more" aria-label="All sources">
          {more.map((s, i) => (
            <li key={i}>
              <SlideQuote source={s} />
            </li>
          ))}
        </ol>
      )}
      {!allSources && more.length > 0 && (
        <p className="slide-hint">
          + {more.length} more source{more.length === 1 ? '' : 's'} (S)
        </p>
      )}
    </>
  );
}

function SlideQuote({ source }: { source: SlideSource }) {
  return (
    <figure className="slide-quote">
      <blockquote>“{source.quote}”</blockquote>
      <figcaption>
        — {source.documentTitle}
        {source.publisher && `, ${source.publisher}`}
        {source.attribution && ` (according to ${source.attribution})`}
      </figcaption>
    </figure>
  );
}
