import { useId } from 'react';
import { detailLabel, detailStops, stopOf } from '../store/detail';
import { selectStoryView, selectTotal } from '../store/selectors';
import { explorerStore, useExplorer } from '../store/store';

/**
 * "Detail", from the key events to all events of a large collection (store/detail.ts): a slider in the timeline's
 * toolbar whose level holds for the table, the presentation and the handout too. A collection small enough to be
 * shown whole (the seeds) has none. Its spoken value counts as the header's count line does ("Key events: 30 of 200
 * events" beside "30 of 200 events"): counted against the unfolded story alone, a screen reader heard 181 where the
 * header said 208.
 */
export function DetailControl() {
  const id = useId();
  const total = useExplorer(selectTotal);
  const detail = useExplorer((s) => s.detail);
  const keyEvents = useExplorer((s) => s.keyEvents);
  const view = useExplorer(selectStoryView);
  const shown = useExplorer((s) => selectStoryView(s).shown.length);
  if (!view.large) return null;
  const stops = detailStops(total, keyEvents);
  const at = stopOf(detail, stops, keyEvents);
  const label = detailLabel(detail);
  return (
    <span className="detail-control">
      <label htmlFor={id}>Detail</label>
      <input
        id={id}
        type="range"
        min={0}
        max={stops.length - 1}
        step={1}
        value={at}
        aria-valuetext={`${label}: ${shown} of ${total} events`}
        onChange={(e) => explorerStore.getState().setDetail(stops[Number(e.target.value)])}
      />
      <output htmlFor={id} className="detail-value">
        {label}
      </output>
    </span>
  );
}
