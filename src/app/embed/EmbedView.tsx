import { selectFilterResult, selectTotal } from '../store/selectors';
import { useExplorer } from '../store/store';
import { writeUrl } from '../store/urlState';
import { TimelineView } from '../timeline/lazyTimelineView';
import './embed.css';

/**
 * ?embed=1, for an iframe on a class website: the timeline alone, compact, and a link to the full explorer at the
 * same view (same filters, window and selection, without embed).
 */
export function EmbedView() {
  const search = useExplorer((s) => writeUrl({ ...s, embed: false }));
  const shown = useExplorer((s) => selectFilterResult(s).matches.length);
  const total = useExplorer(selectTotal);
  return (
    <div className="embed">
      <header className="embed-bar">
        <h1 className="embed-brand">Chronolens</h1>
        <p className="embed-count">
          {shown} of {total} events
        </p>
        <a className="embed-open" href={`${window.location.pathname}${search}`} target="_blank" rel="noopener noreferrer">
          Open in Chronolens
        </a>
      </header>
      <main className="embed-main">
        <TimelineView />
      </main>
    </div>
  );
}
