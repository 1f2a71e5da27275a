import { lazy, Suspense } from 'react';
import { EmbedView } from './embed/EmbedView';
import { useKeyCommands } from './keys/commands';
import { Explorer } from './layout/Explorer';
import { pane } from './layout/pane';
import { HandoutSlot } from './print/HandoutSlot';
import { useExplorer } from './store/store';

// A chunk of its own, fetched when a presentation starts: most visits never present.
const Presentation = lazy(() => import('./present/Presentation').then((m) => ({ default: m.Presentation })));

export function App() {
  const status = useExplorer((s) => s.status);
  const error = useExplorer((s) => s.error);
  const source = useExplorer((s) => s.source);
  if (status === 'loading') {
    return (
      <div className="state-screen" role="status">
        <h1>Chronolens</h1>
        <p>Loading {source}…</p>
      </div>
    );
  }
  if (status === 'error') {
    return (
      <div className="state-screen" role="alert">
        <h1>Chronolens could not open this timeline</h1>
        <p className="error-message">{error}</p>
        <p className="muted">Fix the file, or open the default timeline.</p>
        <a href="./">Open timeline.json</a>
      </div>
    );
  }
  return <ReadyView />;
}

/** Classroom modes (issue 4): an embedded timeline, the presentation, or the explorer with its printable handout. */
function ReadyView() {
  const embed = useExplorer((s) => s.embed);
  const presenting = useExplorer((s) => s.mode === 'present' && s.index !== null);
  useKeyCommands(presenting);
  if (embed) return pane('embedded timeline', <EmbedView />);
  if (presenting)
    return pane(
      'presentation',
      <Suspense
        fallback={
          <div className="state-screen" role="status">
            <p>Opening the presentation…</p>
          </div>
        }
      >
        <Presentation />
      </Suspense>,
    );
  return (
    <>
      <Explorer />
      <HandoutSlot />
    </>
  );
}
