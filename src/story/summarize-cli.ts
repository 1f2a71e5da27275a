/**
 * npm run --silent summarize -- --timeline FILE --dates N [--sentences K] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--no-fill]
 *
 * Prints the story's key dates in the timeline-summarisation format, [["2010-04-20", ["sentence", ...]], ...]:
 * the N most important days (src/story/rank.ts, the ranking the app uses), in date order, each with the
 * representative sentences of its K most important events. When the texts are beside the timeline, the days the
 * articles refer to where no day-dated event was extracted are ranked among them (src/story/filler.ts), each scored
 * as an event one article reports and printed with a sentence that refers to it; stderr names these filler days.
 * --no-fill prints the key dates alone, as the app has them. The Node edge of src/story: the app never imports it.
 */
import { readFileSync } from 'node:fs';
import { parseTimeline } from '../schema/timeline';
import { importanceDocuments, summarizeWithFiller } from './filler';
import type { StoryWindow } from './rank';
import { readTimelineTexts } from './read-texts';
import { dateSpan } from './span';

const USAGE = 'usage: npm run --silent summarize -- --timeline FILE --dates N [--sentences K] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--no-fill]';

interface SummarizeOptions extends StoryWindow {
  timeline: string;
  dates: number;
  sentences: number;
  fill: boolean;
}

class UsageError extends Error {}

function wholeNumber(flag: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`${flag} needs a whole number of at least 1, not "${value}"`);
  return n;
}

function isoDay(flag: string, value: string): string {
  const span = /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateSpan(value) : null;
  // Date.UTC rolls "2010-02-30" over into March: a real day reads back as itself.
  if (!span || new Date(span.first * 86_400_000).toISOString().slice(0, 10) !== value)
    throw new UsageError(`${flag} needs a real day as YYYY-MM-DD, not "${value}"`);
  return value;
}

function parseArgs(argv: string[]): SummarizeOptions {
  let timeline: string | undefined;
  let dates: number | undefined;
  let sentences = 1;
  let fill = true;
  const window: StoryWindow = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--timeline') timeline = value();
    else if (flag === '--dates') dates = wholeNumber(flag, value());
    else if (flag === '--sentences') sentences = wholeNumber(flag, value());
    else if (flag === '--from') window.from = isoDay(flag, value());
    else if (flag === '--to') window.to = isoDay(flag, value());
    else if (flag === '--no-fill') fill = false;
    else throw new UsageError(flag.startsWith('--') ? `unknown option ${flag}` : `unexpected argument "${flag}"`);
  }
  if (!timeline) throw new UsageError('--timeline FILE is required');
  if (dates === undefined) throw new UsageError('--dates N is required (how many key dates to print)');
  if (window.from && window.to && window.from > window.to) throw new UsageError(`--from ${window.from} is after --to ${window.to}`);
  return { timeline, dates, sentences, fill, ...window };
}

function readTimelineFile(file: string) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`no such file: ${file}`);
    if (code === 'EISDIR') throw new Error(`is a directory, not a timeline file: ${file}`);
    throw new Error(`cannot read ${file}: ${(err as Error).message}`);
  }
  const parsed = parseTimeline(text);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
  return parsed.timeline;
}

/** One date per line: the whole output is JSON, and a person can still read it. */
function formatSummary(summary: Array<[string, string[]]>): string {
  return summary.length ? `[\n${summary.map((d) => `  ${JSON.stringify(d)}`).join(',\n')}\n]\n` : '[]\n';
}

function main() {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  try {
    const options = parseArgs(process.argv.slice(2));
    const timeline = readTimelineFile(options.timeline);
    // The texts serve the filler days: a texts file of another build leaves the key dates alone, said on stderr.
    const documents = () => {
      try {
        const texts = readTimelineTexts(options.timeline, timeline);
        return texts ? importanceDocuments(timeline.documents, texts) : null;
      } catch (err) {
        process.stderr.write(`summarize: no filler days: ${(err as Error).message}\n`);
        return null;
      }
    };
    const summary = summarizeWithFiller(timeline.events, options.fill ? documents : null, options);
    // Each with the rules that read its sentence (filler.ts, readDaySentence): "filler-weak:…" says it tells no happening of the day.
    const fillers = summary.filter((d) => d.filler).map((d) => `${d.date} (${(d.sentenceRules ?? []).join(' ')})`);
    // A filler day is no event the extractor found: said apart, so nobody takes it for one.
    if (fillers.length)
      process.stderr.write(
        `summarize: ${fillers.length} of ${summary.length} dates are filler days (summary:filler-referred-day), days the articles refer to where no day-dated event was extracted: ${fillers.join(', ')}\n`,
      );
    process.stdout.write(formatSummary(summary.map((d): [string, string[]] => [d.date, d.sentences])));
  } catch (err) {
    process.stderr.write(`summarize: ${(err as Error).message}${err instanceof UsageError ? `\n${USAGE}` : ''}\n`);
    process.exit(2);
  }
}

main();
