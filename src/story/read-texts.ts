/**
 * The Node edge of filler.ts: a timeline file's document texts, inline (version 1) or in the texts file its
 * `texts` names beside it (version 2). Null when there are none to read, so summarize prints the key dates alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseTexts, type TimelineFile } from '../schema/timeline';

export function readTimelineTexts(timelineFile: string, timeline: TimelineFile): Map<string, string> | null {
  const inline = timeline.documents as Array<TimelineFile['documents'][number] & { text?: string }>;
  if (inline.length && inline.every((d) => typeof d.text === 'string')) return new Map(inline.map((d) => [d.id, d.text as string]));
  if (!timeline.texts) return null;
  const file = join(dirname(timelineFile), timeline.texts.file);
  if (!existsSync(file)) return null;
  const parsed = parseTexts(readFileSync(file, 'utf8'), timeline);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.texts;
}
