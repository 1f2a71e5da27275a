import { type RefObject, useMemo } from 'react';
import type { TimelineIndex } from '../store/timelineIndex';
import type { VisibleWindow } from '../store/viewSlice';
import { type EdgeMarker, edgeMarkers, markerText, type Side, type StoryFrame } from './storyFrame';
import type { TimelineAdapter } from './TimelineAdapter';
import { windowFromUrl } from './visibleWindow';

/**
 * The markers at the timeline's edges of a large collection, in a row under its axis: the events before and after its core period that
 * the window does not reach, and the way back to the story (storyFrame.ts). One click shows them.
 */
export function EdgeMarkerButtons({
  index,
  frame,
  window: win,
  adapter,
  onOpen,
}: {
  index: TimelineIndex;
  frame: StoryFrame;
  window: VisibleWindow | null;
  adapter: RefObject<TimelineAdapter | null>;
  onOpen: (side: Side | 'story') => void;
}) {
  const markers = useMemo(() => {
    const w = (win && windowFromUrl(win)) ?? adapter.current?.getWindow();
    return w ? edgeMarkers(index, frame, { start: w.start.getTime(), end: w.end.getTime() }, adapter.current?.besideCore() ?? null) : null;
  }, [index, frame, win, adapter]);
  // the row is there while the collection is large, markers or not: the timeline keeps its height as they come and go
  return (
    <div className="edge-markers">
      {markers?.left && <MarkerButton marker={markers.left} edge="left" onOpen={onOpen} />}
      {markers?.right && <MarkerButton marker={markers.right} edge="right" onOpen={onOpen} />}
    </div>
  );
}

function MarkerButton({ marker, edge, onOpen }: { marker: EdgeMarker; edge: 'left' | 'right'; onOpen: (side: Side | 'story') => void }) {
  const text = markerText(marker);
  // On a phone the word "events" gives way (styles.css .edge-word): "‹ 27 earlier events, 19…" was all the BBC spill
  // coverage's marker said at 390 px. Its name stays whole. So does "Back to the story", to "Story" (.edge-short):
  // beside the later events' marker, "‹ Back to the story, Apr – Jun…" and "14 later, 2010–2…" were both cut.
  const [head, tail] = [text.slice(0, text.indexOf(',')), text.slice(text.indexOf(','))];
  const word = marker.kind === 'story' ? '' : (head.match(/ events?$/)?.[0] ?? '');
  return (
    <button
      type="button"
      className={`edge-marker edge-marker-${edge}`}
      data-kind={marker.kind}
      aria-label={text}
      title={marker.kind === 'story' ? 'Show the core period again, the background folded' : `Show the ${marker.kind} events`}
      onClick={() => onOpen(marker.kind)}
    >
      {edge === 'left' && <span aria-hidden="true">‹ </span>}
      {marker.kind === 'story' ? (
        <>
          <span className="edge-word">{head}</span>
          <span className="edge-short">Story</span>
        </>
      ) : (
        <>
          {word ? head.slice(0, -word.length) : head}
          {word && <span className="edge-word">{word}</span>}
        </>
      )}
      {tail}
      {edge === 'right' && <span aria-hidden="true"> ›</span>}
    </button>
  );
}
