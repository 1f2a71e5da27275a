import { useMemo } from 'react';
import { slideCard, slideOrder, type SlideSource } from '../present/slides';
import { useShallow } from 'zustand/react/shallow';
import { collectionFacts, factsLine } from '../store/collection';
import { filterPhrases, onlyLine } from '../store/filterSummary';
import { selectFilterResult, selectStoryView } from '../store/selectors';
import { useExplorer } from '../store/store';
import { addressWithKeyEvents } from '../store/urlState';
import type { TimelineIndex } from '../store/timelineIndex';
import { DOT_RADIUS, layoutGraphic } from './handoutGraphic';
import { HANDOUT_QUOTES, handoutSources, moreReportsLine } from './handoutSources';
import './handout.css';

/**
 * The printed page: the filtered events in date order, each with its date, title, actors and every source with
 * its quote. Drawn only while printing (HandoutSlot.tsx); the explorer's controls are not printed (print.css).
 */
export function Handout() {
  const index = useExplorer((s) => s.index);
  const result = useExplorer(selectFilterResult);
  const view = useExplorer(selectStoryView);
  const total = useExplorer((s) => s.index?.events.length ?? 0);
  const detail = useExplorer((s) => s.detail);
  const keyEvents = useExplorer((s) => s.keyEvents);
  const name = useExplorer((s) => s.name);
  const only = onlyLine(useExplorer(useShallow((s) => (s.index ? filterPhrases(s.index, s.filters) : []))));
  const order = useMemo(() => (index ? slideOrder(index, result.matches) : []), [index, result]);
  const cards = useMemo(() => (index ? order.map((p) => slideCard(index.events[p], index)) : []), [index, order]);
  if (!index) return null;
  const facts = collectionFacts(index, order, view, name);
  // main: the explorer's own main is not printed, and the printed page had no main landmark
  return (
    <main className="handout">
      <header className="handout-head">
        <h1>{facts.title}</h1>
        <p>
          {facts.period && <>{facts.period} · </>}
          {factsLine(facts)}
          {(facts.of ?? cards.length) < total && ` (of ${total} events)`}, in date order.{only && ` ${only}.`} Chronolens handout, online at{' '}
          <span className="handout-url">{addressWithKeyEvents(window.location.href, view.large, detail, keyEvents)}</span>
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
            <HandoutSources sources={card.sources} reports={card.reports} />
          </li>
        ))}
      </ol>
    </main>
  );
}

/** past this many events the markers are too dense to number: they are drawn as ticks */
const NUMBERED = 60;
const WIDTH = 680;
const ROW = 22;

/**
 * The filtered events on one printed axis: points for days, bars for weeks, months and years, each numbered as its entry
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
              {m.width > 0 ? <rect x={m.x} y={y - 5} width={m.width} height={10} rx={2} /> : <circle cx={m.x} cy={y} r={numbered ? DOT_RADIUS : 2.5} />}
              {numbered && (
                <text x={m.numberAt} y={y + 4} className="hg-number">
                  {i + 1}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>Points: day known. Bars: week, month or year only. Numbers: the entries below.</figcaption>
    </figure>
  );
}

/** The first reports quoted, the rest counted (handoutSources.ts): a page holds several events, not one. */
function HandoutSources({ sources, reports }: { sources: SlideSource[]; reports: number }) {
  const { quoted, more } = handoutSources(sources, HANDOUT_QUOTES, (s) => s.quote, reports);
  return (
    <ul className="handout-sources">
      {quoted.map((s) => (
        <HandoutSource key={s.key} source={s} />
      ))}
      {more > 0 && <li className="handout-more">{moreReportsLine(more)}</li>}
    </ul>
  );
}

function HandoutSource({ source }: { source: SlideSource }) {
  return (
    <li className="handout-source">
      <blockquote>“{source.quote}”</blockquote>
      <p className="handout-cite">
        — {source.documentTitle}
        {source.publisher && `, ${source.publisher}`}
        {source.published && `, ${source.published}`}
        {source.attribution && ` (according to ${source.attribution})`}
      </p>
    </li>
  );
}
