/**
 * Write stage: the one serialisation of a timeline. Deterministic by construction: the pipeline sorts
 * documents, actors, events and warnings, and nothing here adds a clock or randomness, so the same
 * documents give a byte-identical file.
 */
import { TimelineFileSchema, type TimelineFile } from '../schema/timeline';

export function serializeTimeline(timeline: TimelineFile): string {
  return `${JSON.stringify(TimelineFileSchema.parse(timeline), null, 2)}\n`;
}
