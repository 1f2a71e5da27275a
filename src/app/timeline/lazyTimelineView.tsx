/**
 * The timeline itself (vis-timeline, moment, hammer.js and our adapter: half of the site's script) is a chunk of its
 * own, asked for as soon as this module runs, that is when the app starts and while the timeline file downloads.
 * The header, the filters and the list do not wait for it; the timeline draws as soon as it is there, which on a
 * large file is long before the data.
 */
import { lazy, Suspense } from 'react';

const chunk = import('./TimelineView');
const Lazy = lazy(() => chunk.then((m) => ({ default: m.TimelineView })));

export function TimelineView() {
  return (
    <Suspense fallback={<div className="timeline-waiting muted">Drawing the timeline…</div>}>
      <Lazy />
    </Suspense>
  );
}
