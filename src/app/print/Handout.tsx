import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { slideCard, slideOrder, type SlideSource } from '../present/slides';
import { selectFilterResult } from '../store/selectors';
import { useExplorer } from '../store/store';
import './handout.css';

/** Up to this many events the handout is kept ready (hidden on screen); more are laid out only when printing. */
const ALWAYS_READY = 500;

/** True while the page is being printed (Ctrl+P, "Print handout", or print media in a test). */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia?.('print').matches ?? false);
  useEffect(() => {
    // beforeprint runs before the browser lays out the printed page: render now, not on the next frame
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    const media = window.matchMedia?.('print');
    const change = (e: MediaQueryListEvent) => (e.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}

/**
 * The printed page: the filtered events in date order, each with its date, title, actors and every source with
 * its quote. Only print media shows it (print.css); the explorer's controls are not printed.
 */
export function Handout() {
  const liveIndex = useExplorer((s) => s.index);
  const liveResult = useExplorer(selectFilterResult);
  const total = useExplorer((s) => s.index?.events.length ?? 0);
  const printing = usePrinting();
  // hidden on screen: a filter change shows its result first, the handout follows in a background render; the
  // timeline and its result are deferred together (a result's positions belong to its own timeline)
  const live = useMemo(() => ({ index: liveIndex, result: liveResult }), [liveIndex, liveResult]);
  const deferred = useDeferredValue(live);
  const { index, result } = printing ? live : deferred;
  const ready = printing || result.matches.length <= ALWAYS_READY;
  const cards = useMemo(() => (index && ready ? slideOrder(index, result.matches).map((p) => slideCard(index.events[p], index)) : []), [index, result, ready]);
  if (!index || !ready) return null;
  return (
    <article className="handout">
      <header className="handout-head">
        <h1>Chronolens handout</h1>
        <p>
          {cards.length} of {total} events, in date order. Online: <span className="handout-url">{window.location.href}</span>
        </p>
      </header>
      <ol className="handout-entries">
        {cards.map((card) => (
          <li key={card.eventId} className="handout-entry">
            <p className="handout-date">
              {card.date}
              {card.dateNotes.length > 0 && <span className="handout-note"> · {card.dateNotes.join(' · ')}</span>}
            </p>
            <h2 className="handout-title">{card.title}</h2>
            {card.actors.length > 0 && <p className="handout-actors">{card.actors.join(' · ')}</p>}
            <ul className="handout-sources">
              {card.sources.map((s, i) => (
                <HandoutSource key={i} source={s} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </article>
  );
}

function HandoutSource({ source }: { source: SlideSource }) {
  return (
    <li className="handout-source">
      <blockquote>“{source.quote}”</blockquote>
      <p className="handout-cite">
        — {source.documentTitle}
        {source.publisher && `, ${source.publisher}`}
        {source.attribution && ` (according to ${source.attribution})`}
      </p>
    </li>
  );
}
