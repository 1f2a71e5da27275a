import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { slideCard, slideOrder, type SlideSource } from '../present/slides';
import { collectionFacts, factsLine } from '../store/collection';
import { selectFilterResult } from '../store/selectors';
import { useExplorer } from '../store/store';
import type { TimelineIndex } from '../store/timelineIndex';
import { layoutGraphic } from './handoutGraphic';
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
  const order = useMemo(() => (index && ready ? slideOrder(index, result.matches) : []), [index, result, ready]);
  const cards = useMemo(() => (index ? order.map((p) => slideCard(index.events[p], index)) : []), [index, order]);
  if (!index || !ready) return null;
  const facts = collectionFacts(index, order);
  return (
    <article className="handout">
      <header className="handout-head">
        <h1>{facts.title}</h1>
        <p>
          {facts.period && <>{facts.period} · </>}
          {factsLine(facts)}
          {cards.length < total && ` (of ${total} events)`}, in date order. Chronolens handout, online at{' '}
          <span className="handout-url">{window.location.href}</span>
        </p>
      </header>
      {order.length > 0 && <HandoutTimeline index={index} order={order} />}
      <ol className="handout-entries">
        {cards.map((card, i) => (
          <li key={card.eventId} className="handout-entry">
            <p className="handout-date">
              <span className="handout-number">{i + 1}</span>
              {card.date}
              {card.dateNotes.length > 0 && <span className="handout-note"> · {card.dateNotes.join(' · ')}</span>}
            </p>
            <h2 className="handout-title">{card.title}</h2>
            {card.actors.length > 0 && <p className="handout-actors">{card.actors.join(' · ')}</p>}
            <ul className="handout-sources">
              {card.sources.map((s) => (
                <HandoutSource key={s.key} source={s} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </article>
  );
}

/** past this many events the markers are too dense to number: they are drawn as ticks */
const NUMBERED = 60;
const WIDTH = 680;
const ROW = 22;

/**
 * The filtered events on one printed axis: points for days, bars for months and years, each numbered as its entry
 * in the list (a printed page cannot zoom, so titles stay in the list and the numbers lead there).
 */
function HandoutTimeline({ index, order }: { index: TimelineIndex; order: number[] }) {
  const spans = order.map((p) => ({ start: index.startMs[p], end: index.events[p].date.precision === 'day' ? index.startMs[p] : index.endMs[p] }));
  const numbered = order.length <= NUMBERED;
  const layout = layoutGraphic(spans, WIDTH, numbered ? 20 : 3);
  const rows = Math.min(layout.rows, numbered ? layout.rows : 6);
  const axisY = 14 + rows * ROW;
  const height = axisY + 26;
  return (
    <figure className="handout-graphic">
      <svg
        viewBox={`-10 0 ${WIDTH + 20} ${height}`}
        width="100%"
        role="img"
        aria-label={`Timeline of the ${order.length} events below, numbered as in the list`}
      >
        <line x1={0} x2={WIDTH} y1={axisY} y2={axisY} className="hg-axis" />
        {layout.ticks.map((t) => (
          <g key={t.label + t.x}>
            <line x1={t.x} x2={t.x} y1={axisY} y2={axisY + 5} className="hg-axis" />
            <text x={t.x} y={axisY + 18} className="hg-tick">
              {t.label}
            </text>
          </g>
        ))}
        {layout.markers.map((m, i) => {
          const y = axisY - 12 - Math.min(m.row, rows - 1) * ROW;
          const precision = index.events[order[i]].date.precision;
          return (
            <g key={index.events[order[i]].id} className={`hg-event hg-${precision}`}>
              {m.width > 0 ? <rect x={m.x} y={y - 5} width={m.width} height={10} rx={2} /> : <circle cx={m.x} cy={y} r={numbered ? 4 : 2.5} />}
              {numbered && (
                <text x={m.x + (m.width > 0 ? 3 : 6)} y={y + 4} className="hg-number">
                  {i + 1}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>Points: day known. Bars: month or year only. Numbers: the entries below.</figcaption>
    </figure>
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
