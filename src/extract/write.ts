/**
 * Write stage: the one serialisation of a timeline. Deterministic by construction: the pipeline sorts
 * documents, actors, events and warnings, and nothing here adds a clock or randomness, so the same
 * documents give byte-identical files.
 *
 * Two forms of the same contract (src/schema/timeline.ts): one file with every text (serializeTimeline: what a
 * browser downloads), or two parts (serializeTimelineParts: what the CLI writes for the site, so that the first
 * view downloads and parses no document text).
 */
import {
  type DocumentWithText,
  SCHEMA_VERSION,
  type TimelineFile,
  TimelineFileSchema,
  type TimelineTexts,
  TimelineTextsSchema,
  TextsRefSchema,
} from '../schema/timeline';

const stringify = (value: unknown, space = 2) => `${JSON.stringify(value, null, space || undefined)}\n`;

export function serializeTimeline(timeline: TimelineFile): string {
  return stringify(TimelineFileSchema.parse(timeline));
}

export interface TimelineParts {
  /** timeline.json: the documents without their texts, and `texts` naming the second part */
  timeline: string;
  /** timeline.texts.json */
  texts: string;
}

/**
 * The timeline as two files: `textsFile` is the second part's name beside the first; `digest` (SHA-256 in the CLI)
 * turns the texts into the id both parts carry, so a texts file from another build is recognised as such.
 */
export function serializeTimelineParts(
  timeline: TimelineFile,
  textsFile: string,
  digest: (text: string) => string,
  options: { space?: number } = {},
): TimelineParts {
  const whole = TimelineFileSchema.parse(timeline);
  const documents = whole.documents.map((d) => {
    if (d.text === undefined) throw new Error(`serializeTimelineParts: document "${d.id}" has no text`);
    return { id: d.id, text: (d as DocumentWithText).text };
  });
  const id = `sha256-${digest(JSON.stringify(documents))}`;
  const texts: TimelineTexts = TimelineTextsSchema.parse({ schemaVersion: SCHEMA_VERSION, id, documents });
  // The first part is `whole` with its texts moved out: every check of TimelineFileSchema on it was made on `whole`
  // above (ids, actors, the documents mentions name; the texts it quotes, checked there), so only the one field it
  // adds, `texts`, is checked here, not the whole file a second time (0.2-1 s at 10,000 articles). Its keys are put
  // in the schema's order, as a parse would give them (the bytes written are the same: write.test.ts).
  const first: TimelineFile = {
    schemaVersion: whole.schemaVersion,
    ...(whole.title !== undefined ? { title: whole.title } : {}),
    texts: TextsRefSchema.parse({ file: textsFile, id }),
    documents: whole.documents.map(({ text: _, ...meta }) => meta),
    actors: whole.actors,
    events: whole.events,
    warnings: whole.warnings,
  };
  return { timeline: stringify(first, options.space ?? 2), texts: stringify(texts, options.space ?? 2) };
}

/**
 * "timeline.json" → "timeline.texts.json": the second part's name, beside the first, kept to the characters a
 * timeline may name a side file with (SIDE_FILE_NAME): "my timeline.json" → "my-timeline.texts.json".
 */
export function textsFileFor(timelineFile: string): string {
  const stem = timelineFile
    .replace(/\.json$/i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '');
  return `${stem || 'timeline'}.texts.json`;
}
