import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { keyCommands, keyTargets } from '../keys/commands';
import { CopyLink } from '../layout/CopyLink';
import { useShallow } from 'zustand/react/shallow';
import { collectionFacts, factsLine } from '../store/collection';
import { filterPhrases, onlyLine } from '../store/filterSummary';
import { selectFilterResult, selectStoryView } from '../store/selectors';
import { explorerStore, useExplorer } from '../store/store';
import { leavePresentation, onFullscreenLeft } from './presenting';
import { PresentStrip } from './PresentStrip';
import {
  clampSlide,
  eventOfSlide,
  FIRST_PAGE,
  nextSlide,
  nextSourcePage,
  reprintLine,
  previousSourcePage,
  type SlideCard,
  type SlideSource,
  type SourcePages,
  slideCard,
  slideCount,
  slideOrder,
} from './slides';
import './present.css';

/** "Copy link" on a phone, where the bar has no room for more */
const COPY_LABEL = (
  <>
    <span className="wide-only">Copy link to this slide</span>
    <span className="narrow-only">Copy link</span>
  </>
);

/** a swipe: this far sideways, more sideways than up or down */
const SWIPE_PX = 60;

/**
 * Classroom mode: a title slide, then the filtered events in date order, one large card at a time over a timeline
 * that moves to each. Keys (keys/commands.ts): →/Space/PageDown next, ←/PageUp previous, Home/End first/last,
 * S all sources, Escape leaves; on a touch screen, a swipe left or right.
 */
export function Presentation() {
  const index = useExplorer((s) => s.index)!;
  const result = useExplorer(selectFilterResult);
  const view = useExplorer(selectStoryView);
  const order = useMemo(() => slideOrder(index, result.matches), [index, result]);
  const name = useExplorer((s) => s.name);
  const facts = useMemo(() => collectionFacts(index, order, view, name), [index, order, view, name]);
  const count = order.length ? slideCount(order.length) : 1;
  const wanted = useExplorer((s) => s.slide);
  const slide = clampSlide(wanted, count);
  const at = eventOfSlide(slide);
  const event = at === null || !order.length ? null : index.events[order[at]];
  const card = useMemo(() => (event ? slideCard(event, index) : null), [event, index]);
  const [allSources, setAllSources] = useState(false);
  // the pages of sources belong to one slide: another slide starts at its first page
  const [sourcePages, setSourcePages] = useState<{ slide: number; pages: SourcePages }>({ slide, pages: FIRST_PAGE });
  const pages = sourcePages.slide === slide ? sourcePages.pages : FIRST_PAGE;
  const state = useRef({ slide, count, eventId: event?.id ?? null, allSources, pages, sources: card?.sources.length ?? 0 });
  state.current = { slide, count, eventId: event?.id ?? null, allSources, pages, sources: card?.sources.length ?? 0 };

  // a link past the last slide opens at the last one, and the address says so
  useEffect(() => {
    if (wanted !== slide) explorerStore.getState().setSlide(slide);
  }, [wanted, slide]);

  useEffect(() => {
    const go = (n: number) => explorerStore.getState().setSlide(n);
    keyTargets.present = {
      step: (action) => {
        const { slide: now, count: n, allSources: all, pages: p, sources } = state.current;
        // with every source shown, the next key shows the next page of them before the next slide
        if (all && action === 'next') {
          const page = nextSourcePage(p, sources);
          if (page) return setSourcePages({ slide: now, pages: page });
        }
        if (all && action === 'previous') {
          const page = previousSourcePage(p);
          if (page) return setSourcePages({ slide: now, pages: page });
        }
        go(nextSlide(action, now, n));
      },
      toggleSources: () => {
        setSourcePages({ slide: state.current.slide, pages: FIRST_PAGE });
        setAllSources((v) => !v);
      },
      leave: () => leavePresentation(state.current.eventId),
    };
    const stopWatching = onFullscreenLeft(() => leavePresentation(state.current.eventId));
    return () => {
      keyTargets.present = null;
      stopWatching();
    };
  }, []);

  const step = (action: 'next' | 'previous') => keyTargets.present?.step(action);
  const swipe = useRef<{ x: number; y: number } | null>(null);
  const only = onlyLine(useExplorer(useShallow((s) => (s.index ? filterPhrases(s.index, s.filters) : []))));

  return (
    <div className="presentation" data-sources={allSources ? 'all' : 'one'}>
      <header className="present-bar">
        {/* inside the bar's banner landmark: outside every landmark, axe's region rule flagged it */}
        <h1 className="visually-hidden">Chronolens presentation: {facts.title}</h1>
        <p className="present-progress" aria-hidden="true">
          {slide} / {count}
        </p>
        <div className="present-controls">
          <button type="button" onClick={() => step('previous')} disabled={slide <= 1} aria-keyshortcuts={keyCommands.shortcuts('previousSlide')}>
            Previous
          </button>
          <button type="button" onClick={() => step('next')} disabled={slide >= count} aria-keyshortcuts={keyCommands.shortcuts('nextSlide')}>
            Next
          </button>
          {card && card.sources.length > 1 && (
            <button
              type="button"
              aria-pressed={allSources}
              onClick={() => keyTargets.present?.toggleSources()}
              aria-keyshortcuts={keyCommands.shortcuts('allSources')}
            >
              All sources
            </button>
          )}
          <CopyLink label={COPY_LABEL} className="present-copy" />
          <button
            type="button"
            className="present-exit"
            onClick={() => leavePresentation(event?.id ?? null)}
            aria-keyshortcuts={keyCommands.shortcuts('leavePresentation')}
          >
            Exit
          </button>
        </div>
      </header>
      <main
        className="present-stage"
        onPointerDown={(e) => {
          if (e.pointerType === 'touch') swipe.current = { x: e.clientX, y: e.clientY };
        }}
        onPointerUp={(e) => {
          const from = swipe.current;
          swipe.current = null;
          if (!from) return;
          const dx = e.clientX - from.x;
          const dy = e.clientY - from.y;
          if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > Math.abs(dy)) step(dx < 0 ? 'next' : 'previous');
        }}
        onPointerCancel={() => {
          swipe.current = null;
        }}
      >
        {!order.length ? (
          <section className="slide slide-empty" aria-label="No slides" tabIndex={-1} ref={takeFocus}>
            <h2 className="slide-title">No events to present</h2>
            <p className="slide-text">No event matches the filters. Press Escape to go back and change them.</p>
          </section>
        ) : card ? (
          <section key={card.eventId} ref={takeFocus} className="slide" aria-label={`Slide ${slide} of ${count}`} aria-roledescription="slide" tabIndex={-1}>
            <SlideBody card={card} allSources={allSources} pages={pages} onMeasured={(fits) => setSourcePages({ slide, pages: { ...pages, fits } })} />
          </section>
        ) : (
          <section key="title" ref={takeFocus} className="slide slide-title-page" aria-label={`Slide 1 of ${count}`} aria-roledescription="slide" tabIndex={-1}>
            <p className="slide-kicker">Chronolens</p>
            <h2 className="slide-title">{facts.title}</h2>
            {facts.period && <p className="slide-period">{facts.period}</p>}
            <p className="slide-facts">{factsLine(facts)}</p>
            {only && <p className="slide-facts slide-only">{only}</p>}
            <p className="slide-hint">
              Next
              <KeyHint keys="→" /> for the first event
            </p>
          </section>
        )}
        <p className="visually-hidden" role="status">
          {card ? `Slide ${slide} of ${count}: ${card.title}` : order.length ? `Slide 1 of ${count}: ${facts.title}` : ''}
        </p>
      </main>
      <PresentStrip index={index} order={order} current={card?.eventId ?? null} onPick={(id) => pickEvent(id, order, index.eventPos, count)} />
    </div>
  );
}

/** Each slide is a new element (keyed by its event) and takes the focus, so screen readers read it. */
function takeFocus(el: HTMLElement | null): void {
  el?.focus({ preventScroll: true });
}

function pickEvent(eventId: string, order: number[], eventPos: Map<string, number>, count: number): void {
  const at = order.indexOf(eventPos.get(eventId) ?? -1);
  if (at >= 0) explorerStore.getState().setSlide(clampSlide(at + 2, count));
}

function SlideBody({ card, allSources, pages, onMeasured }: { card: SlideCard; allSources: boolean; pages: SourcePages; onMeasured: (fits: number) => void }) {
  const list = useRef<HTMLOListElement>(null);
  const start = pages.starts.at(-1)!;
  /** a card that does not fit is set smaller, and scrolls only if even that does not fit (never silently cut) */
  const [fit, setFit] = useState<'normal' | 'smaller' | 'scroll'>('normal');
  const shown = allSources ? card.sources.slice(start, pages.fits === null ? undefined : start + pages.fits) : card.sources.slice(0, 1);
  const more = card.sources.length - 1;

  useLayoutEffect(() => {
    const slide = list.current?.closest<HTMLElement>('.slide');
    if (!slide) return;
    slide.dataset.fit = fit;
    if (allSources || fit === 'scroll' || slide.scrollHeight <= slide.clientHeight + 1) return;
    setFit(fit === 'normal' ? 'smaller' : 'scroll');
  });

  // every source on: as many as fit in the card above the strip; the rest wait for the next key press
  useLayoutEffect(() => {
    if (!allSources || pages.fits !== null || !list.current) return;
    const slide = list.current.closest('.slide');
    if (!slide) return;
    const bottom = slide.getBoundingClientRect().top + slide.clientHeight;
    const items = [...list.current.children];
    let fits = 0;
    while (fits < items.length && items[fits].getBoundingClientRect().bottom <= bottom + 1) fits++;
    onMeasured(Math.max(1, fits));
  });

  const end = start + shown.length;
  return (
    <>
      <p className="slide-date">
        <span className="slide-date-value">{card.date}</span>
        {card.dateNotes.length > 0 && <span className="slide-date-note"> · {card.dateNotes.join(' · ')}</span>}
      </p>
      <h2 className="slide-title">{card.title}</h2>
      {card.actors.length > 0 && <p className="slide-actors">{card.actors.join(' · ')}</p>}
      {allSources && card.sources.length > 1 && (
        <p className="slide-pager">
          {end - start === 1 ? `Quote ${start + 1}` : `Quotes ${start + 1}–${end}`} of {card.sources.length} · {documentCount(card.documents)}
          {end < card.sources.length && (
            <>
              {' · Next'}
              <KeyHint keys="→" /> for more
            </>
          )}
        </p>
      )}
      <ol className="slide-sources" ref={list} aria-label={allSources ? 'All sources' : 'Source'}>
        {shown.map((s) => (
          <li key={s.key}>
            <SlideQuote source={s} />
          </li>
        ))}
      </ol>
      {!allSources && more > 0 && (
        <p className="slide-hint">
          + {more} more quote{more === 1 ? '' : 's'} · {documentCount(card.documents)}
          <KeyHint keys="S" />
        </p>
      )}
    </>
  );
}

/**
 * A slide counts quotes (a document may state an event twice) and says how many documents they come from, in the
 * words of the events table: "Sources 1–2 of 56" on the slide and "55 documents" in the table, for the same event,
 * read as two counts of one thing that disagree.
 */
function documentCount(documents: number): string {
  return `${documents} document${documents === 1 ? '' : 's'}`;
}

function SlideQuote({ source }: { source: SlideSource }) {
  return (
    <figure className="slide-quote">
      <blockquote>“{source.quote}”</blockquote>
      {source.named && <p className="slide-named">named earlier in the article: “{source.named}”</p>}
      <figcaption>
        — {source.documentTitle}
        {source.publisher && `, ${source.publisher}`}
        {source.published && `, ${source.published}`}
        {source.attribution && ` (according to ${source.attribution})`}
        {source.reprints > 0 && <span className="slide-reprints"> · {reprintLine(source.reprints)}</span>}
      </figcaption>
    </figure>
  );
}

/**
 * " (→)", " (S)": the key to press, on a screen with a keyboard. A phone has no S key and its buttons say the same
 * (Next, All sources), so a touch screen leaves the hint out (present.css).
 */
function KeyHint({ keys }: { keys: string }) {
  return <span className="key-hint"> ({keys})</span>;
}
