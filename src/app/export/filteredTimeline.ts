/**
 * The filtered events as a timeline file of the contract's shape: only those events, and only the documents and
 * actors they reference (with the build warnings about those documents), so the file validates on its own and
 * opens in Chronolens or any tool that reads timeline.json. Always one file, the documents' texts in it, even when
 * the timeline came in two parts: a download is something a person keeps, mails or opens elsewhere.
 */
import { joinTexts, SCHEMA_VERSION, type WholeTimeline } from '../../schema/timeline';
import type { TimelineIndex } from '../store/timelineIndex';

export function filteredTimeline(index: TimelineIndex, positions: readonly number[], texts: ReadonlyMap<string, string>): WholeTimeline {
  // the contract keeps events sorted by date, then id: keep the file's order whatever order we were given
  const events = [...positions].sort((a, b) => a - b).map((p) => index.events[p]);
  const docIds = new Set(events.flatMap((e) => e.mentions.map((m) => m.doc)));
  const actorIds = new Set(events.flatMap((e) => e.actors));
  const t = index.timeline;
  return joinTexts(
    {
      schemaVersion: SCHEMA_VERSION,
      documents: t.documents.filter((d) => docIds.has(d.id)),
      actors: t.actors.filter((a) => actorIds.has(a.id)),
      events,
      warnings: t.warnings.filter((w) => docIds.has(w.doc)),
    },
    texts,
  );
}
