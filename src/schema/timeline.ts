/**
 * The contract between the build step and the client: data/timeline.json.
 * Field names follow design doc §1; tools outside the project read them, so extend, never rename.
 * One zod schema gives both the TypeScript types and the runtime validation used on write (extract)
 * and on load (client).
 */
import { z } from 'zod';
import { calendarProblem } from './calendarDate';

export const SCHEMA_VERSION = 1 as const;

export const PrecisionSchema = z.enum(['day', 'month', 'year']);
export type Precision = z.infer<typeof PrecisionSchema>;

/** "2024", "2024-06" or "2024-06-19", and a real day of the calendar: "2024-13-45" is refused, not rolled over into 2025. */
const IsoDateSchema = z.string().superRefine((value, ctx) => {
  const problem = calendarProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `"${value}" ${problem}` });
});

const LENGTH_OF_PRECISION = { year: 4, month: 7, day: 10 } as const;

/** value is written at its precision: "2024-06" is a month, never a day. */
function atItsPrecision<T extends { value: string; precision: Precision }>(schema: z.ZodType<T>) {
  return schema.refine((d) => d.value.length === LENGTH_OF_PRECISION[d.precision], {
    message: 'value does not match its precision',
    path: ['value'],
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
  text: z.string(),
  citedSources: z.array(z.string()),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

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
    })
    .optional(),
});
export type EventRecord = z.infer<typeof EventRecordSchema>;

export const BuildWarningSchema = z.object({ doc: z.string(), code: z.string(), message: z.string() });
export type BuildWarning = z.infer<typeof BuildWarningSchema>;

export const TimelineFileSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** Addition: the collection's name ("BP oil spill, BBC"), shown in the app's header, slides and handout. */
    title: z.string().optional(),
    documents: z.array(DocumentRecordSchema),
    actors: z.array(ActorRecordSchema),
    events: z.array(EventRecordSchema),
    warnings: z.array(BuildWarningSchema),
  })
  .superRefine((file, ctx) => {
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
        } else if (!quotesAt(doc.text, m)) {
          ctx.addIssue({ code: 'custom', path: ['events', i, 'mentions', j, 'sentence'], message: 'sentence does not match document text at start..end' });
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
function quotesAt(text: string, m: { sentence: string; start: number; end: number }): boolean {
  const { sentence, start, end } = m;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < 0) return text.slice(start, end) === sentence;
  const from = Math.min(start, text.length);
  const to = Math.max(from, Math.min(end, text.length));
  return to - from === sentence.length && text.startsWith(sentence, from);
}
export type TimelineFile = z.infer<typeof TimelineFileSchema>;

export type ParseResult = { ok: true; timeline: TimelineFile } | { ok: false; error: string };

/** Parses timeline JSON text and names the first problem and its field, for people editing files by hand. */
export function parseTimeline(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `The timeline file is not valid JSON: ${(e as Error).message}` };
  }
  if (typeof raw === 'object' && raw !== null && 'schemaVersion' in raw && (raw as { schemaVersion: unknown }).schemaVersion !== SCHEMA_VERSION) {
    return {
      ok: false,
      error: `Unsupported schemaVersion ${JSON.stringify((raw as { schemaVersion: unknown }).schemaVersion)}: this Chronolens reads schemaVersion ${SCHEMA_VERSION}.`,
    };
  }
  const parsed = TimelineFileSchema.safeParse(raw);
  if (parsed.success) return { ok: true, timeline: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue.path.length ? issue.path.join('.') : '(top level)';
  const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
  return { ok: false, error: `The timeline file is invalid at ${field}: ${issue.message}${more}` };
}
