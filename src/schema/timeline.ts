/**
 * The contract between the build step and the client: data/timeline.json.
 * Field names follow design doc §1; tools outside the project read them, so extend, never rename.
 * One zod schema gives both the TypeScript types and the runtime validation used on write (extract)
 * and on load (client).
 *
 * Version 2 lets a timeline come in two parts (issue 15): the first view needs the events, the actors and the list
 * of documents, not the documents' texts, which are most of the bytes and are read only when a reader opens a
 * document. So a timeline is either
 * - one file, every document with its `text` (what a download or an export gives, and every version 1 file); or
 * - two files: timeline.json, whose documents have no `text` and whose `texts` names the second file, and
 *   timeline.texts.json (TimelineTextsSchema), the texts, tied to the first by `texts.id`.
 * Version 1 files (always one file) are read by migrating them (`restoreTimeline`), as excalidraw's `restore` does.
 */
import { z } from 'zod';
import { calendarProblem, weekProblem } from './calendarDate';

export const SCHEMA_VERSION = 2 as const;
/** Versions this code reads; older ones are migrated to SCHEMA_VERSION on read. */
export const READABLE_VERSIONS = [1, 2] as const;

/**
 * How much of a date the sources give. From finest to coarsest: a day, a week ("last week" in an article of a known
 * day), a month, a year. A week's value is the ISO day of its Monday ("2010-06-07" is the week of Monday 7 to
 * Sunday 13 June 2010; ISO 8601 weeks start on Monday): ten characters like a day, so values still sort as strings
 * and parse with the same code, and a week that spans two months needs no special case. Files written before weeks
 * existed have no week and read as they did.
 */
export const PrecisionSchema = z.enum(['day', 'week', 'month', 'year']);
export type Precision = z.infer<typeof PrecisionSchema>;

/** "2024", "2024-06" or "2024-06-19", and a real day of the calendar: "2024-13-45" is refused, not rolled over into 2025. */
const IsoDateSchema = z.string().superRefine((value, ctx) => {
  const problem = calendarProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `"${value}" ${problem}` });
});

const LENGTH_OF_PRECISION = { year: 4, month: 7, week: 10, day: 10 } as const;

/** value is written at its precision: "2024-06" is a month, never a day; a week is its Monday ("2010-06-07"). */
function atItsPrecision<T extends { value: string; precision: Precision }>(schema: z.ZodType<T>) {
  return schema
    .refine((d) => d.value.length === LENGTH_OF_PRECISION[d.precision], {
      message: 'value does not match its precision',
      path: ['value'],
    })
    .superRefine((d, ctx) => {
      // One value per week: "2010-06-09" as a week would be a second name for the week of 7 June.
      const problem = d.precision === 'week' && d.value.length === 10 && !calendarProblem(d.value) ? weekProblem(d.value) : null;
      if (problem) ctx.addIssue({ code: 'custom', message: `"${d.value}" ${problem}`, path: ['value'] });
    });
}

export const DateValueSchema = atItsPrecision(z.object({ value: IsoDateSchema, precision: PrecisionSchema }));
export type DateValue = z.infer<typeof DateValueSchema>;

export const PublishedSchema = atItsPrecision(
  z.object({
    value: IsoDateSchema,
    precision: PrecisionSchema,
    basis: z.enum(['byline', 'dateline', 'metadata', 'inferred']),
    /** Addition: the words the date was read from, or how it was inferred. */
    text: z.string().optional(),
  }),
).nullable();
export type Published = z.infer<typeof PublishedSchema>;

export const DocumentRecordSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  publisher: z.string().nullable(),
  published: PublishedSchema,
  /** The cleaned text every mention's offsets point into. Absent when the timeline's `texts` names a texts file. */
  text: z.string().optional(),
  citedSources: z.array(z.string()),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;
/** A document with its text: what the build step makes, and what a one-file timeline holds. */
export type DocumentWithText = DocumentRecord & { text: string };

/**
 * A plain file name beside the timeline (letters, digits, dots, dashes, underscores, ending in .json): the same rule
 * as ?data=, so a timeline file can never send the app to another folder or another site for its texts.
 */
export const SIDE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/;

export const TextsRefSchema = z.object({
  /** The texts file, beside this one: "timeline.texts.json". */
  file: z.string().regex(SIDE_FILE_NAME, 'must be a plain .json file name beside the timeline, such as timeline.texts.json'),
  /** The texts file's own `id`: a texts file from another build has another. */
  id: z.string().min(1),
});
export type TextsRef = z.infer<typeof TextsRefSchema>;

export const ActorKindSchema = z.enum(['person', 'organization', 'country', 'place', 'other']);
export type ActorKind = z.infer<typeof ActorKindSchema>;

export const ActorRecordSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: ActorKindSchema,
  aliases: z.array(z.string()),
});
export type ActorRecord = z.infer<typeof ActorRecordSchema>;

export const MentionSchema = z.object({
  doc: z.string(),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  attribution: z.string().nullable(),
  /** Addition: the date expression in this sentence and where it sits in the sentence (offsets into the document). */
  dateText: z.string().nullable().optional(),
  dateStart: z.number().int().nonnegative().optional(),
  dateEnd: z.number().int().nonnegative().optional(),
  /** Addition: this mention's own date reading, when it has one (it may differ from the event's: a conflict). */
  date: DateValueSchema.nullable().optional(),
  /** Addition: the rules that made this mention and merged it into its event, by name (the first mention is the representative). */
  rules: z.array(z.string()).optional(),
  /**
   * Addition: the phrase, earlier in the document than the sentence, that names what the title names ("the Gulf of
   * Mexico oil spill" for a sentence that says "the spill"; rule `quote:name-shown-apart`), at start..end of its text.
   */
  named: z.object({ text: z.string().min(1), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).optional(),
});
export type Mention = z.infer<typeof MentionSchema>;

export const EventDateSchema = atItsPrecision(
  z.object({
    value: IsoDateSchema,
    precision: PrecisionSchema,
    basis: z.enum(['explicit', 'relative', 'inferred']),
    text: z.string(),
    /** Addition: a sentence a reader can check, e.g. "'on Friday', article published 30 Nov 2024". */
    explanation: z.string().optional(),
  }),
);
export type EventDate = z.infer<typeof EventDateSchema>;

export const EventRecordSchema = z.object({
  id: z.string().min(1),
  date: EventDateSchema,
  title: z.string(),
  actors: z.array(z.string()),
  mentions: z.array(MentionSchema).min(1),
  /** Addition: reports of this happening that give other dates; empty or absent when all agree. */
  conflicts: z.array(atItsPrecision(z.object({ value: IsoDateSchema, precision: PrecisionSchema, doc: z.string(), text: z.string() }))).optional(),
  /**
   * Addition: how central this event is to the collection (higher is more); the app's key events and
   * `npm run summarize` rank by it, ties by date (src/story/rank.ts). Comparable within one file only.
   */
  importance: z.number().nonnegative().optional(),
  /** Addition: what `importance` was made of, so a reader can be told why an event is key. */
  importanceWhy: z
    .object({
      /** Documents that report this event. */
      documents: z.number().int().nonnegative(),
      /** Named publishers among them (independent corroboration). */
      publishers: z.number().int().nonnegative(),
      /** Documents that refer to the event's date anywhere in their text, at the date's precision. */
      dateDocuments: z.number().int().nonnegative(),
      /** Of those, documents published a week or more after the date: the day is still recalled. */
      laterDocuments: z.number().int().nonnegative(),
      /** Articles published on the day and the two days after it (day dates only). */
      burst: z.number().int().nonnegative(),
      /** 'story': within the collection's own period; 'background': well before it; 'after': later than every article. */
      period: z.enum(['story', 'background', 'after']),
      /**
       * Addition: articles published within a week either side of the day, as a multiple of the collection's mean for
       * so many days (day dates in the story's period). Above 1, date salience counts divided by its square root.
       */
      coverage: z.number().nonnegative().optional(),
    })
    .optional(),
});
export type EventRecord = z.infer<typeof EventRecordSchema>;

export const BuildWarningSchema = z.object({ doc: z.string(), code: z.string(), message: z.string() });
export type BuildWarning = z.infer<typeof BuildWarningSchema>;

const timelineFields = {
  /** Addition: the collection's name ("BP oil spill, BBC"), shown in the app's header, slides and handout. */
  title: z.string().optional(),
  documents: z.array(DocumentRecordSchema),
  actors: z.array(ActorRecordSchema),
  events: z.array(EventRecordSchema),
  warnings: z.array(BuildWarningSchema),
};

export const TimelineFileSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    title: timelineFields.title,
    /** Version 2: the texts file of a timeline in two parts; absent when every document keeps its text here. */
    texts: TextsRefSchema.optional(),
    documents: timelineFields.documents,
    actors: timelineFields.actors,
    events: timelineFields.events,
    warnings: timelineFields.warnings,
  })
  .superRefine((file, ctx) => {
    // Either every text is here or none is: a reader must never open a document and find half of a timeline.
    for (let i = 0; i < file.documents.length; i++) {
      const has = file.documents[i].text !== undefined;
      if (file.texts && has)
        ctx.addIssue({ code: 'custom', path: ['documents', i, 'text'], message: `is here, but the texts are in ${file.texts.file}: keep them in one place` });
      else if (!file.texts && !has)
        ctx.addIssue({
          code: 'custom',
          path: ['documents', i, 'text'],
          message: 'is missing, and no texts file is named (a one-file timeline keeps every text)',
        });
    }
    // Ids are how everything points at everything (mentions at documents, events at actors, links at events):
    // two records under one id would make one of them unreachable and the other shown in its place.
    for (const [key, kind] of [
      ['documents', 'document'],
      ['actors', 'actor'],
      ['events', 'event'],
    ] as const) {
      const first = new Map<string, number>();
      file[key].forEach((record, i) => {
        const earlier = first.get(record.id);
        if (earlier === undefined) first.set(record.id, i);
        else ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `duplicate ${kind} id "${record.id}" (${key}.${earlier} has it too)` });
      });
    }
    const docs = new Map(file.documents.map((d) => [d.id, d]));
    const actorIds = new Set(file.actors.map((a) => a.id));
    // plain loops: this runs over every actor and mention of the file (260,000 of them at 100,000 events)
    for (let i = 0; i < file.events.length; i++) {
      const event = file.events[i];
      for (let j = 0; j < event.actors.length; j++) {
        const a = event.actors[j];
        if (!actorIds.has(a)) ctx.addIssue({ code: 'custom', path: ['events', i, 'actors', j], message: `unknown actor id "${a}"` });
      }
      for (let j = 0; j < event.mentions.length; j++) {
        const m = event.mentions[j];
        const doc = docs.get(m.doc);
        if (!doc) {
          ctx.addIssue({ code: 'custom', path: ['events', i, 'mentions', j, 'doc'], message: `unknown document "${m.doc}"` });
        } else if (doc.text !== undefined && !quotesAt(doc.text, m)) {
          ctx.addIssue({ code: 'custom', path: ['events', i, 'mentions', j, 'sentence'], message: 'sentence does not match document text at start..end' });
        } else if (m.named && doc.text !== undefined && !quotesAt(doc.text, { sentence: m.named.text, start: m.named.start, end: m.named.end })) {
          ctx.addIssue({ code: 'custom', path: ['events', i, 'mentions', j, 'named'], message: 'named phrase does not match document text at start..end' });
        }
      }
      const conflicts = event.conflicts ?? [];
      for (let j = 0; j < conflicts.length; j++) {
        const doc = conflicts[j].doc;
        if (!docs.has(doc)) ctx.addIssue({ code: 'custom', path: ['events', i, 'conflicts', j, 'doc'], message: `unknown document "${doc}"` });
      }
    }
  });

/** text.slice(start, end) === sentence, without making the slice when the offsets are plain (they are, in a valid file). */
export function quotesAt(text: string, m: { sentence: string; start: number; end: number }): boolean {
  const { sentence, start, end } = m;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < 0) return text.slice(start, end) === sentence;
  const from = Math.min(start, text.length);
  const to = Math.max(from, Math.min(end, text.length));
  return to - from === sentence.length && text.startsWith(sentence, from);
}
export type TimelineFile = z.infer<typeof TimelineFileSchema>;
/** A timeline in one piece, every document with its text: what the build step makes and a download holds. */
export type WholeTimeline = Omit<TimelineFile, 'documents'> & { documents: DocumentWithText[] };
/** A version 1 file, as files written before version 2 are: one piece, every text in it. */
export type TimelineFileV1 = Omit<WholeTimeline, 'schemaVersion' | 'texts'> & { schemaVersion: 1 };

export type ParseResult = { ok: true; timeline: TimelineFile } | { ok: false; error: string };

/** Names the first problem and its field, for people editing files by hand. */
function problemOf(error: z.ZodError, what: string): string {
  const issue = error.issues[0];
  const field = issue.path.length ? issue.path.join('.') : '(top level)';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return `${what} is invalid at ${field}: ${issue.message}${more}`;
}

/**
 * Brings a parsed file of any readable version to SCHEMA_VERSION, without validating it (`parseTimeline` does):
 * version 1 is version 2's one-file form under another number (every document with its text, no `texts`), so its
 * migration renumbers it and drops a `texts` that version 1 never had. Returns the input for any other version,
 * and a new object for version 1 (the caller's copy is not changed).
 */
export function restoreTimeline(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || (raw as { schemaVersion?: unknown }).schemaVersion !== 1) return raw;
  const { texts: _, ...v1 } = raw as Record<string, unknown>;
  return { ...v1, schemaVersion: SCHEMA_VERSION };
}

/** The message for a schemaVersion this code cannot read, or null. */
function versionProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('schemaVersion' in raw)) return null;
  const version = (raw as { schemaVersion: unknown }).schemaVersion;
  if ((READABLE_VERSIONS as readonly unknown[]).includes(version)) return null;
  return `Unsupported schemaVersion ${JSON.stringify(version)}: this Chronolens reads schemaVersion ${READABLE_VERSIONS.join(' and ')}.`;
}

/** Validates a parsed timeline file of any readable version, migrated to the current one. */
export function restoreAndValidate(raw: unknown): ParseResult {
  const problem = versionProblem(raw);
  if (problem) return { ok: false, error: problem };
  const parsed = TimelineFileSchema.safeParse(restoreTimeline(raw));
  if (parsed.success) return { ok: true, timeline: parsed.data };
  return { ok: false, error: problemOf(parsed.error, 'The timeline file') };
}

/** Parses timeline JSON text (version 1 or 2, one file or the first part) and names the first problem and its field. */
export function parseTimeline(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `The timeline file is not valid JSON: ${(e as Error).message}` };
  }
  return restoreAndValidate(raw);
}

/** The second part of a timeline in two parts: each document's text, in the order of the timeline's documents. */
export const TimelineTextsSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** What the timeline's `texts.id` must say: a digest of `documents`, so another build's texts never pass as these. */
  id: z.string().min(1),
  documents: z.array(z.object({ id: z.string().min(1), text: z.string() })),
});
export type TimelineTexts = z.infer<typeof TimelineTextsSchema>;

export type TextsResult = { ok: true; texts: Map<string, string> } | { ok: false; error: string };

/**
 * Reads the texts file of `timeline` (already validated, with its `texts`) and checks that it belongs to it: the
 * same id, a text for every document, and every quote where its offsets say. Each failure is named in words a
 * reader can act on; the timeline itself stays usable whatever this says.
 */
export function parseTexts(text: string, timeline: Pick<TimelineFile, 'documents' | 'events' | 'texts'>): TextsResult {
  const name = timeline.texts?.file ?? 'the texts file';
  const rebuild = 'Run `npm run extract` again and publish both files together.';
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${name} is not valid JSON: ${(e as Error).message}` };
  }
  const parsed = TimelineTextsSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: problemOf(parsed.error, name) };
  const file = parsed.data;
  if (timeline.texts && file.id !== timeline.texts.id)
    return {
      ok: false,
      error: `${name} belongs to another build of this timeline (its id is ${file.id}, the timeline expects ${timeline.texts.id}). ${rebuild}`,
    };
  const texts = new Map<string, string>();
  for (const d of file.documents) texts.set(d.id, d.text);
  const missing = timeline.documents.filter((d) => !texts.has(d.id));
  if (missing.length)
    return {
      ok: false,
      error: `${name} has no text for ${missing.length === 1 ? 'document' : `${missing.length} documents, first`} "${missing[0].id}". ${rebuild}`,
    };
  for (const event of timeline.events)
    for (const m of event.mentions) {
      const doc = texts.get(m.doc);
      if (doc !== undefined && !quotesAt(doc, m))
        return {
          ok: false,
          error: `${name} does not match the timeline: the text of "${m.doc}" does not hold the quote of event ${event.id} at ${m.start}..${m.end}. ${rebuild}`,
        };
      if (doc !== undefined && m.named && !quotesAt(doc, { sentence: m.named.text, start: m.named.start, end: m.named.end }))
        return {
          ok: false,
          error: `${name} does not match the timeline: the text of "${m.doc}" does not hold the named phrase of event ${event.id} at ${m.named.start}..${m.named.end}. ${rebuild}`,
        };
    }
  return { ok: true, texts };
}

/** The one-file form of a timeline: every document with its text, no `texts` (what a download gives). */
export function joinTexts(timeline: TimelineFile, texts: ReadonlyMap<string, string>): WholeTimeline {
  const { texts: _, ...rest } = timeline;
  return {
    ...rest,
    schemaVersion: SCHEMA_VERSION,
    documents: timeline.documents.map((d) => {
      const text = d.text ?? texts.get(d.id);
      if (text === undefined) throw new Error(`no text for document "${d.id}"`);
      const { citedSources, ...head } = d;
      return { ...head, text, citedSources }; // the contract's order, as the build step writes it
    }),
  };
}

/** A one-file timeline's texts, taken out: the documents without them, and the texts by document id. */
export function takeTexts(timeline: TimelineFile): { timeline: TimelineFile; texts: Map<string, string> } {
  const texts = new Map<string, string>();
  const documents = timeline.documents.map(({ text, ...meta }) => {
    if (text !== undefined) texts.set(meta.id, text);
    return meta;
  });
  return { timeline: { ...timeline, documents }, texts };
}
