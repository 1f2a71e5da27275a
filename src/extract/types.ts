/**
 * Plain data passed between the build step's stages. Each stage (read, clean, document, segment,
 * time, actors, events, merge, write) is a pure function over these shapes; pipeline.ts composes them.
 */
import type { ActorKind, BuildWarning, DateValue, Precision } from '../schema/timeline';

export type { BuildWarning, DateValue, Precision };

/** read.ts: bytes of one file → decoded text (HTML already reduced to its article text), or a reason to skip it. */
export type ReadResult =
  | { ok: true; raw: string; format: 'text' | 'markdown' | 'html'; encoding: string; warnings: BuildWarning[]; meta: HtmlMeta }
  | { ok: false; warning: BuildWarning };

/** What an HTML page says about itself in <head> (meta tags, <title>); empty for text files. */
export interface HtmlMeta {
  title?: string;
  publisher?: string;
  published?: string; // as written in the page, e.g. "2024-11-30T08:00:00Z"
}

/** clean.ts: raw text → article text. Offsets of every later stage point into `text`. */
export interface CleanResult {
  text: string;
  /** Lines that were removed as page chrome, for the document stage (publisher names sit in footers). */
  removed: string[];
}

/** segment.ts */
export interface Sentence {
  start: number; // offset into the cleaned document text
  end: number;
  text: string; // === documentText.slice(start, end)
}

/** time.ts: one temporal expression. Offsets are into the text given to the tagger. */
export interface TimeExpression {
  text: string;
  start: number;
  end: number;
  /** ISO value at its precision, or null when it needs a reference date that is unknown. */
  value: string | null;
  precision: Precision;
  /** 'explicit' when the text alone fixes it ("November 29, 2024"); 'relative' when it needs the reference ("on Friday"). */
  basis: 'explicit' | 'relative';
  /** For unresolved relative expressions: what is known, e.g. { weekday: 5 } for "on Friday" or { month: 6 } for "in June". */
  constraint?: { weekday?: number; month?: number; day?: number };
  /** "later that year": the expression it was counted from ("February 2020"), when not the reference date. */
  countedFrom?: string;
  /**
   * The words of another line of the article that hold `countedFrom`, as the record quotes them ("Mexico City lowered
   * its swine flu alert level ... late last night"): a date read off another line than the record's sentence is shown
   * with that line's words, so that a reader can check it (events/date-from-another-line.ts).
   */
  countedFromLine?: string;
  /**
   * A day log's later entry (time/dayLog.ts, `dayLogEntry`): the day the entry tells of ("2010-07-22"), which its
   * weekday or "last month" counts from, not the page's day.
   */
  entryDay?: string;
  /**
   * The rules that made it, by name, as chrono's parser tags: the parser's first ("chronoCalendar:month",
   * "deictic:yesterday", "business:sameDay"), then each refiner that shaped it ("periodPrefix", "futureCue",
   * "comparisonBaseline") and how it was resolved ("direction:past", "countedFromDateBefore", "tense:future").
   */
  rules: string[];
}

/** actors.ts: one surface mention of an actor in a document. */
export interface ActorMention {
  surface: string; // as written: "Defense Minister Andrei Beloousov" → "Andrei Beloousov"
  start: number;
  end: number;
  kind: ActorKind;
  /**
   * Key of the actor inside this document (surnames already resolved to the full name seen in the document);
   * "?name" for a surname alone that only another document can confirm (canonical.ts keeps or drops it).
   */
  key: string;
  /** "the bank" standing for the Bank of Japan named before it: it counts for events, never as a name or alias. */
  anaphor?: true;
  /** The rules that found it and decided its kind and key, by name ("title-before-name", "part-of-full-name"); see docs/actors.md. */
  rules: string[];
}

/* events.ts defines its own DraftMention: what the events stage hands to merge. */

export type { ActorKind };
