/**
 * clean: raw text → the article. Works in blocks: find the run of prose paragraphs (the body),
 * keep the headline and byline right above it, drop the page chrome around and inside it, then
 * repair words glued by lost spaces ("betweenPyongyang", "geopoliticallandscape").
 *
 * Before that, the furniture inside lines goes: photo captions and credits, page timestamps, reader comments, wire
 * credits, pull quotes, tweets, video blurbs and promotions (lexicon/chrome.ts), often glued to a real sentence on
 * the same line ("Photograph: Suzanne Plunkett/Reuters Another £2.4bn was wiped off the value of BP ..."). Only the
 * furniture is cut; the sentence stays. explainClean says which rule removed what.
 */
import { tickerCutBetween } from './nlp/tickers';
import type { CleanResult } from './types';
import {
  CHROME_BLOCK_HEADINGS,
  CHROME_LINES,
  CHROME_PATTERNS,
  FURNITURE_PATTERNS,
  type FurniturePattern,
  CAPTION_SCENE,
  LETTER_CLASS_WORDS,
  GLUED_PARAGRAPH_OPENERS,
  PHOTO_AGENCIES,
  SHARE_BAR_WORDS,
} from './lexicon/chrome';
import { LEGAL_FORM_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from './lexicon/abbreviations';
import { MONTH_ABBREVIATION_PATTERN, MONTH_NAME_PATTERN, WEEKDAY_NAME_PATTERN } from './lexicon/time';
import { documentVocabulary, knownWords, repairGluedWords } from './glued-words';
import { piecesUpTo } from './word-pieces';
import { headlineRun } from './headline-run';
import escapeStringRegexp from 'escape-string-regexp';

const CHROME_LINE_SET = new Set(CHROME_LINES);
const SHARE_WORDS_BY_LENGTH = [...SHARE_BAR_WORDS].sort((a, b) => b.length - a.length);
const SHARE_NEEDLES = SHARE_WORDS_BY_LENGTH.map((word) => ` ${word} `);
/** Every word of a share bar is one of these ("x (twitter)" gives "x" and "(twitter)"). */
const SHARE_PIECES = new Set(SHARE_BAR_WORDS.flatMap((word) => word.split(' ')));

/** One piece of the raw text that is not the article, and the rule that said so. */
export interface CleanRemoval {
  rule: string;
  /** The removed words: a whole line, or the part cut from a line. */
  text: string;
  /** 0-based line of the raw text. */
  line: number;
  /** The whole line went (else only `text` was cut from it). */
  whole: boolean;
}

/**
 * "GREENWICH, March 2 - AMAX Incx said it has identified additional gold and silver ore reserves" (wire copy, 1987): a
 * legal form after a capitalised name with one small letter typed after it, before a space or a stop, is the legal form
 * (`stray-letter-after-legal-form`): no word is "Inc", "Corp" or "Ltd" and one letter, and the title read "AMAX Incx
 * said". Not "Co", which short words start ("Cox", "Cos"), nor an "s": "the Army Corps of Engineers".
 */
const STRAY_LETTER_AFTER_LEGAL_FORM = /(?<=\p{Lu}[\p{L}&.'-]*[ \t]+)(Inc|Corp|Ltd)[a-rt-z](?=[ \t,.;:)]|$)/gu;

function withoutStrayLetterAfterLegalForm(line: string): string {
  return line.includes('Inc') || line.includes('Corp') || line.includes('Ltd') ? line.replace(STRAY_LETTER_AFTER_LEGAL_FORM, '$1') : line;
}

export function cleanText(raw: string): CleanResult {
  const { text, removed } = explainClean(raw);
  return { text, removed };
}

/**
 * Collections stored one sentence per line cut a wire story's ticker at its dot: "BP Plc (BP.\nL) will give an estimate
 * for the total cost ...". Split there, the sentence loses its subject ("L) will give ...") and the story its title
 * ("BP (BP"). The two lines are one sentence again, and the line count is kept (an empty line takes the second's place).
 */
function rejoinTickers(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    // ("BP Plc (BP.\nL) (BP.\nN) was set on Friday": the joined line may end in the next ticker)
    for (let j = i + 1; j < out.length && tickerCutBetween(out[i], out[j]); j++) {
      out[i] += out[j];
      out[j] = '';
    }
  }
  return out;
}

export function explainClean(raw: string): CleanResult & { removals: CleanRemoval[] } {
  const rawLines = rejoinTickers(
    raw
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.replace(/\s+$/, '')),
  );
  const removals: CleanRemoval[] = [];
  const lines = stripFurniture(rawLines, removals);
  cutDatedCaptions(lines, removals);
  cutGluedLeadCaption(lines, removals);
  cutGraphicSlides(lines, removals);
  cutTeaserBeforeDateline(lines, removals);
  const furniture = lines.map((line, i) => line === null && rawLines[i].trim() !== '');
  const textLines = lines.map((line) => line ?? '');
  const chromeRule = textLines.map((line, i): string | null =>
    furniture[i] ? null : isChromeLine(line) ? 'chrome-line' : isInNavigationRun(textLines, i) ? 'navigation' : null,
  );
  markChromeBlocks(textLines, chromeRule);
  const chrome = chromeRule.map((rule, i) => rule !== null || furniture[i]);
  const keep = chooseArticleLines(textLines, chrome);
  const kept: string[] = [];
  const removed: string[] = [];
  const vocabulary = documentVocabulary(raw);
  textLines.forEach((line, i) => {
    if (keep[i]) kept.push(line.trim() === '' ? '' : withoutStrayLetterAfterLegalForm(repairGluedWords(line.trim(), vocabulary)));
    else if (furniture[i]) removed.push(rawLines[i].trim());
    else if (line.trim() !== '') {
      removed.push(line.trim());
      removals.push({ rule: chromeRule[i] ?? 'outside-article', text: line.trim(), line: i, whole: true });
    }
  });
  const text = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
  return { text, removed, removals: removals.sort((a, b) => a.line - b.line) };
}

/**
 * A photo caption glued to the paragraph after it, with no stop between them (BBC): on the page's first line, "The
 * World Health Organization last declared a pandemic 41 years ago A sharp increase in swine flu cases in Australia may
 * mean ...", "Face masks are handed out, while the head of the WHO voices concern A new flu virus suspected of killing
 * ..."; inside the page, "Mr Hayward's attended a meeting of the BP board on Monday Many say that, from a public
 * relations point of view, ...", "BP began drilling two relief wells to stop the Deepwater Horizon leak in May But while
 * the caps are being changed, ...". The caption tells what the picture shows or a background fact ("declared a pandemic
 * 41 years ago" was read as an event of 1968); the paragraph starts at a word that opens sentences
 * (GLUED_PARAGRAPH_OPENERS: "A", "The", "Many", "But" ...) and a lower-case word, right after a lower-case word or a
 * figure, which no sentence does ("in The Hague" and "by The Associated Press" go on with a name). The caption goes
 * (rule `glued-caption`).
 */
const CAPTION_DATE_WORDS =
  /\b(?:ago|yesterday|today|last|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|(?:1[89]|20)\d\d)\b/;
const GLUED_LEAD = new RegExp(String.raw`^([^.!?:;"“”]{20,200}?[\p{Ll}\d’')])\s+(?=(?:${[...GLUED_PARAGRAPH_OPENERS].join('|')})\s+\p{Ll})`, 'u');
function cutGluedLeadCaption(lines: Array<string | null>, removals: CleanRemoval[]): void {
  const first = lines.findIndex((line) => line !== null && line.trim() !== '');
  lines.forEach((line, i) => {
    if (line === null || line.trim() === '') return;
    const m = GLUED_LEAD.exec(line.trimStart());
    if (!m || m[1].trim().split(/\s+/).length < 4) return;
    // (Inside the page a caption is one short clause: "As BP CEO Tony Hayward has asserted, After the Exxon Valdez spill
    // in 1989, the industry created the Marine Spill Response Corporation ... The issue now will be ..." is a sentence
    // that lost its stop.)
    if (i !== first && m[1].includes(',')) return;
    // (A heading or a dateline, "TEXAS CITY VAPOR CLOUD, AUGUST 10, 2005 A gas-oil leak at the Texas City refinery
    // produced ...", "Thursday, July 29, 2010 The oil is ...", is no caption: a caption is a sentence, with words in lower case.)
    if (m[1].split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).length < 2) return;
    // ("caused by type A influenza viruses": a letter that names a class goes on the phrase.)
    const lastWord = /([\p{L}]+)\W*$/u.exec(m[1])?.[1]?.toLowerCase() ?? '';
    if (LETTER_CLASS_WORDS.has(lastWord)) return;
    // Only a caption that tells a date goes: one without makes no dated record, and the line's first words are often
    // the page's headline ("BP wrestles with oil spill hitch in Gulf of Mexico A relief well being drilled ..."), which
    // names the document.
    if (!CAPTION_DATE_WORDS.test(m[1])) return;
    // (The paragraph must go on to a sentence's end: a headline alone stays.)
    const rest = line.trimStart().slice(m[0].length);
    if (!/[.!?]["”’]?\s*$/.test(rest)) return;
    removals.push({ rule: 'glued-caption', text: m[1].trim(), line: i, whole: false });
    lines[i] = rest;
  });
}

/**
 * An interactive graphic's slides, each caption run into the graphic's heading in capitals (BBC, July 2010): "NEW CAP
 * FOR LEAKING OIL WELL In June, BP placed a cap, known as an LMRP cap, over the top of the Deepwater Horizon well ...",
 * "NEW CAP FOR LEAKING OIL WELL When engineers removed the LMRP cap on 10 July, oil began to freely flow ...", five
 * times on one page. A caption tells what a drawing shows, step by step, not the story's news (its "removed the LMRP
 * cap" was read as the page's own report, fourteen times over). A heading in capitals that opens two lines or more of
 * one page is a graphic's: those lines go, and the lines between them, the rest of its slides (rule `graphic-slide`).
 * (A wire story's subheading in capitals, "STILL NO HANDLE ON THE FLOW RATE Allen told reporters that BP planned to
 * move another rig ...", opens one paragraph of the story, once, and stays.)
 */
const SLIDE_GAP = 3;
const CAPITALS_HEADING = /^\s*((?:[A-Z0-9][A-Z0-9'’&-]*[ ,]+){2,}[A-Z0-9][A-Z0-9'’&-]*)\s+(?=["“]?[A-Z][a-z])/;
function cutGraphicSlides(lines: Array<string | null>, removals: CleanRemoval[]): void {
  const opens = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const heading = line === null ? null : CAPITALS_HEADING.exec(line)?.[1];
    // (Three words at least of three letters: "AP PORT FOURCHON" runs into a dateline, "BP PLC CEO Tony Hayward" is a
    // name's titles, not a heading.)
    if (!heading || heading.split(/[ ,]+/).filter((w) => w.length >= 3).length < 3) return;
    const at = opens.get(heading);
    if (at) at.push(i);
    else opens.set(heading, [i]);
  });
  for (const at of opens.values()) {
    if (at.length < 2) continue;
    // (Slides stand together: a caption line or two between them, no more.)
    if (at.some((i, k) => k > 0 && i - at[k - 1] > SLIDE_GAP)) continue;
    for (let i = at[0]; i <= at[at.length - 1]; i++) {
      const line = lines[i];
      if (line === null || line.trim() === '') continue;
      removals.push({ rule: 'graphic-slide', text: line.trim(), line: i, whole: true });
      lines[i] = null;
    }
  }
}

/**
 * A video's or a gallery's teaser at the top of the page, its headline in capitals run into its blurb, above the story
 * that opens with its own dateline on the next line (Fox News, June 2010): "Massive Oil Spill Washes Ashore in the Gulf
 * Millions of gallons of oil have leaked into the Gulf of Mexico from a blown-out well at the site of the Deepwater
 * Horizon, which exploded on April 20 and sank two days later." over "NEW ORLEANS -- BP's stock plummeted ...". A story
 * starts at its dateline; a headline in title case with a sentence after it, before that, is another item of the page
 * (its blurb's "sank two days later" was read as the story's report). The page's first line goes whole (rule
 * `teaser-before-dateline`). (A headline alone on its line is the story's title and stays; so does a first line the
 * story goes on from with no dateline: "The Government Can not Protect Us From Every Catastrophe We Face Tuesday night,
 * in an Oval Office speech to the nation, ...".)
 */
function cutTeaserBeforeDateline(lines: Array<string | null>, removals: CleanRemoval[]): void {
  // (The dateline of `cutTeasers`, set further down the module.)
  const DATELINE_OPENS = new RegExp(`^\\s*${TEASER_DATELINE}`, 'u');
  const first = lines.findIndex((line) => line !== null && line.trim() !== '');
  if (first < 0) return;
  let next = first + 1;
  while (next < lines.length && (lines[next] === null || lines[next]!.trim() === '')) next++;
  const line = lines[first]!.trim();
  if (next >= lines.length || !DATELINE_OPENS.test(lines[next]!) || DATELINE_OPENS.test(line)) return;
  const words = line.split(/\s+/);
  const run = headlineRun(words);
  // (A title of four capitalised words at least, not a person's title and name, and a blurb of a sentence after it,
  // to its stop: "Senate Majority Leader Harry Reid said on Tuesday that the Senate would vote next week." is news.)
  if (!run || words.length - run < 8 || !/[.!?]["”’)]?$/.test(line)) return;
  removals.push({ rule: 'teaser-before-dateline', text: line, line: first, whole: true });
  lines[first] = null;
}

// ---------------------------------------------------------------- furniture inside lines

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAY = `(?:${WEEKDAY_NAME_PATTERN})`;
/** "Apr. 21: ", "June 15, 2010: ", "Wednesday: ": a day (or a weekday) and a colon opening a line. */
const DAY_LABEL = new RegExp(String.raw`^(?:${MONTH} \d{1,2}(?:, \d{4})?|${WEEKDAY}): (?=["“]?\p{Lu})`, 'u');
/**
 * "BP oil spill: Clean-up efforts along the Gulf coast 24 June 2010: Locals and fishermen join official clean-up
 * operations ...": a gallery's series and title, then its day and a colon (Guardian picture and video pages); the
 * caption after it is labelled like a timeline entry.
 */
const GALLERY_LABEL = new RegExp(String.raw`^[^.!?:\n]{2,60}: [^.!?:\n]{2,100}? \d{1,2} ${MONTH} \d{4}: (?=["“]?\p{Lu})`, 'u');
/**
 * GALLERY_LABEL's search, run only on a line that has what each of its matches has: a first colon after at least two
 * characters, followed by a space, and a later ": " (neither run before them admits a colon). Every line of every page
 * was searched, and the pattern tries up to sixty characters before the colon; almost no line has two.
 */
export function galleryLabelled(line: string): boolean {
  const colon = line.indexOf(':');
  if (colon < 2 || line.charCodeAt(colon + 1) !== 32 || line.indexOf(': ', colon + 2) < 0) return false;
  return GALLERY_LABEL.test(line);
}
/** An agency alone or in brackets ("AP", "(AP)", "AP2010" with the year glued on), or "... via AP" ("Navy via AP"). */
const agencies = () =>
  [...PHOTO_AGENCIES]
    .sort((a, b) => b.length - a.length)
    .map((a) => escapeStringRegexp(a))
    .join('|');
const OPENING_CREDIT = new RegExp(
  String.raw`^(?:\((?:${agencies()})\)|(?:${agencies()})(?:\\?\/(?:${agencies()}))*(?:\d{4})?(?![\p{L}])|[^.:;]{1,60}?,? via (?:${agencies()})(?![\p{L}]))\s*`,
  'u',
);
/** A credit inside or at the end of a caption: "... on the beach (AP).", "... in a marsh 2010 Getty Images". */
const CLOSING_CREDIT = new RegExp(String.raw`\s\((?:${agencies()})\)\.?(?=\s|$)|\s(?:\d{4} )?(?:[A-Z]+\\?\/)?Getty Images(?=\s|$)`, 'u');

/**
 * A photo caption dated like a timeline entry: "May 3: Gulls fly past a barrier that was placed along the shore" (AP
 * pictures on news pages) tells the scene of a picture, not a happening, and its other clauses ("a barrier that was
 * placed ...") are no news either. A line that opens with a day and a colon is one when a credit stands beside it
 * (before its date, at its end or in it, or opening the next line: "AP CITY -- ..."), when it says it shows
 * a picture ("is seen", "pictured", "from left"), or when it is the page's first line and the page is no timeline
 * (three such lines or more, like "- December 18, 2023: RSF fighters seize Wad Madani" in a list of key events).
 * The credit opening the next line goes with it.
 */
function cutDatedCaptions(lines: Array<string | null>, removals: CleanRemoval[]): void {
  const label = (line: string | null) => {
    if (line === null) return null;
    const credit = OPENING_CREDIT.exec(line);
    const at = credit && DAY_LABEL.test(line.slice(credit[0].length)) ? credit[0].length : 0;
    return DAY_LABEL.test(line.slice(at)) ? { credit: at > 0 } : galleryLabelled(line) ? { credit: false } : null;
  };
  const labels = lines.map(label);
  const first = lines.findIndex((line) => line !== null && line.trim() !== '');
  const nextLine = (i: number) => {
    let j = i + 1;
    while (j < lines.length && (lines[j] === null || lines[j]!.trim() === '')) j++;
    return j < lines.length ? j : -1;
  };
  const credited = labels.map((l, i) => {
    if (!l) return false;
    const next = nextLine(i);
    return l.credit || CLOSING_CREDIT.test(lines[i]!) || (next >= 0 && OPENING_CREDIT.test(lines[next]!));
  });
  const timeline = labels.filter((l, i) => l && !credited[i]).length >= 3;
  labels.forEach((l, i) => {
    const line = lines[i];
    if (!l || line === null) return;
    if (!credited[i] && !CAPTION_SCENE.test(line) && (i !== first || timeline)) return;
    // A caption glued to the article: "May 9: Boats work along the shore ... (AP) A safety valve had failed ...".
    const closing = CLOSING_CREDIT.exec(line);
    const rest = closing ? line.slice(closing.index + closing[0].length).trim() : '';
    if (rest && /\p{L}{2}/u.test(rest)) {
      removals.push({ rule: 'dated-caption', text: line.slice(0, closing!.index + closing![0].length).trim(), line: i, whole: false });
      lines[i] = rest;
    } else {
      removals.push({ rule: 'dated-caption', text: line.trim(), line: i, whole: true });
      lines[i] = null;
    }
    const next = nextLine(i);
    const credit = next >= 0 ? OPENING_CREDIT.exec(lines[next]!) : null;
    if (next >= 0 && credit && !labels[next]) {
      removals.push({ rule: 'photo-credit', text: credit[0].trim(), line: next, whole: false });
      lines[next] = lines[next]!.slice(credit[0].length);
    }
  });
}

/** A line needs this many prose lines above it before a comment section can start there (a page is article first). */
const PROSE_BEFORE_COMMENTS = 2;

/**
 * Each raw line without its furniture, or null when nothing of it is article text. A comment section (a
 * FURNITURE_PATTERNS entry of scope 'section') takes its line from the match on and every line after it.
 */
function stripFurniture(rawLines: string[], removals: CleanRemoval[]): Array<string | null> {
  const out: Array<string | null> = [];
  let section: string | null = null;
  let proseSeen = 0;
  for (const [i, raw] of rawLines.entries()) {
    if (section !== null) {
      if (raw.trim() !== '') removals.push({ rule: section, text: raw.trim(), line: i, whole: true });
      out.push(raw.trim() === '' ? '' : null);
      continue;
    }
    const cut = (rule: string, from: number, to: number, line: string): string => {
      const piece = line.slice(from, to).trim();
      if (piece) removals.push({ rule, text: piece, line: i, whole: false });
      return `${line.slice(0, from)}${from > 0 && to < line.length ? ' ' : ''}${line.slice(to)}`.replace(/\s{2,}/g, ' ');
    };
    let line = raw;
    let wholeRule: string | null = null;
    // (A section's opening is searched for only once enough prose was seen for it to count; the patterns carry no
    // g or y flag, so a search not run leaves nothing behind.)
    for (const f of proseSeen < PROSE_BEFORE_COMMENTS ? [] : FURNITURE_PATTERNS) {
      if (f.scope !== 'section') continue;
      const m = f.pattern.exec(line);
      if (!m) continue;
      section = f.rule;
      line = cut(f.rule, f.wholeLine ? 0 : m.index, line.length, line);
      break;
    }
    const trimmed = line.trim();
    for (const f of FURNITURE_PATTERNS) {
      if (f.scope === 'line' && f.pattern.test(trimmed)) {
        wholeRule = f.rule;
        break;
      }
    }
    if (wholeRule === null) {
      line = cutPullQuote(line, (from, to) => (line = cut('pull-quote', from, to, line)));
      line = cutStoryHighlights(line, cut);
      line = cutTeasers(line, cut);
      const byline = gluedByline(line);
      if (byline) line = cut('byline', 0, byline, line);
      line = cutPhotoCredits(line, rawLines[i + 1] ?? '', cut);
      for (const f of FURNITURE_PATTERNS) line = applySpan(f, line, cut);
    }
    const rest = line.trim();
    if (wholeRule !== null || !/\p{L}{2}/u.test(rest)) {
      const last = removals[removals.length - 1];
      const rule = wholeRule ?? (last?.line === i ? last.rule : 'furniture');
      if (wholeRule !== null || rest !== '') removals.push({ rule, text: (wholeRule !== null ? raw : rest).trim(), line: i, whole: true });
      out.push(raw.trim() === '' ? '' : null);
      continue;
    }
    out.push(line);
    if (isProse(rest)) proseSeen++;
  }
  return out;
}

/** Each span pattern without the "g" flag (so that `test` keeps no state), to ask whether a line holds it at all. */
const SPAN_TESTS = new Map(
  FURNITURE_PATTERNS.filter((f) => f.scope === 'span').map((f) => [f, new RegExp(f.pattern.source, f.pattern.flags.replace(/[gy]/g, ''))]),
);

/** Each span pattern once more with the "g" flag, to cut every match of a line. */
const GLOBAL_SPANS = new Map(
  FURNITURE_PATTERNS.filter((f) => f.scope === 'span').map((f) => [
    f,
    new RegExp(f.pattern.source, f.pattern.flags.includes('g') ? f.pattern.flags : `${f.pattern.flags}g`),
  ]),
);

function applySpan(f: FurniturePattern, line: string, cut: (rule: string, from: number, to: number, line: string) => string): string {
  if (f.scope === 'rest-of-line') {
    const m = f.pattern.exec(line);
    return m ? cut(f.rule, m.index, line.length, line) : line;
  }
  if (f.scope === 'sentence') {
    const m = f.pattern.exec(line);
    if (!m) return line;
    // (Not after a title's full stop: "Adm. Thad Allen, left, and ..." is one sentence.)
    const before = /[\s\S]*[.!?]["”’)]?\s+(?=["“]?\p{Lu})/u.exec(line.slice(0, m.index).replace(TITLE_DOT, (x) => x.replace('.', '·')));
    const from = m.index + m[0].length;
    const to = sentenceEnd(line, from);
    // ("(AP) Stanley Murray, left, father of Chad Murray, ...": the credit opening the line is the caption's above,
    // which cutDatedCaptions reads.)
    const credit = before ? null : OPENING_CREDIT.exec(line);
    return cut(f.rule, before ? before[0].length : credit && credit[0].length <= m.index ? credit[0].length : 0, to, line);
  }
  if (f.scope !== 'span') return line;
  // (Most lines hold none of the spans: one search without the "g" flag says so, with no list of matches made.)
  if ((f.needs !== undefined && !line.includes(f.needs)) || !SPAN_TESTS.get(f)!.test(line)) return line;
  const global = GLOBAL_SPANS.get(f)!;
  let out = line;
  // Right to left, so earlier offsets stay valid.
  for (const m of [...line.matchAll(global)].reverse()) {
    if (m[0] === '') continue;
    out = cut(f.rule, m.index, m.index + m[0].length, out);
  }
  return out;
}

const NAME = String.raw`[\p{Lu}][\p{L}'’-]+ [\p{Lu}][\p{L}'’-]+`;
/** "By Lisa Rein and Ed O'Keefe ", "By Anthony Reuben Business reporter, BBC News ": a first and a last name each. */
const BYLINE = new RegExp(
  String.raw`^By ${NAME}(?: and ${NAME})?(?:,? (?:[\p{L}]+ ){0,4}(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|Presenter)(?:, BBC [A-Z][a-z]+(?: News)?)?| BBC News)?,?\s+`,
  'u',
);
const CALENDAR_WORD = new RegExp(`^(?:${MONTH_NAME_PATTERN}|${WEEKDAY_NAME_PATTERN})\\b`);

/**
 * A byline glued to the story's first sentence: "By Lisa Rein and Ed O'Keefe BP has reimbursed the federal government
 * $518 million ..." (Washington Post), "By Anthony Reuben Business reporter, BBC News London Mayor Boris Johnson has
 * expressed concern ..." (BBC). Its names are no actors. A byline alone on its line stays for the document stage
 * ("By Jane Doe | November 30, 2024"), and so does "By Friday, WHO had confirmed ..." (a date, not a name).
 * @returns the length of the byline, or 0
 */
function gluedByline(line: string): number {
  const m = BYLINE.exec(line);
  if (!m || CALENDAR_WORD.test(line.slice(3))) return 0;
  const rest = line.slice(m[0].length);
  return /^["“]?\p{Lu}/u.test(rest) && rest.split(/\s+/).length >= 6 ? m[0].length : 0;
}

/** Titles and a company's legal form ("Adm. Thad Allen", "Safeway Stores Inc. said"). */
const TITLE_WORDS = [...TITLE_ABBREVIATIONS, ...LEGAL_FORM_ABBREVIATIONS];
const TITLES = new Set(TITLE_WORDS);
/** A title's full stop ("Adm. Thad Allen"), which ends no sentence. */
const TITLE_DOT = new RegExp(String.raw`\b(?:${TITLE_WORDS.join('|')})\.(?=\s+\p{Lu})`, 'gu');
const OPENERS = new Set(SENTENCE_OPENERS);

/** Where the sentence that goes on at `from` ends: not after "Adm." or "a.m.", nor after "U.S." unless a sentence opens. */
function sentenceEnd(line: string, from: number): number {
  for (const m of line.slice(from).matchAll(/[.!?]["”’)]?(?=\s+(\S+)|$)/g)) {
    const at = from + m.index;
    const word = /(\S+)$/.exec(line.slice(0, at))?.[1] ?? '';
    const next = m[1];
    if (next === undefined) return at + m[0].length;
    if (TITLES.has(word) || /^\d/.test(next)) continue;
    if (/\.\p{L}$/u.test(word) || /^\p{L}$/u.test(word)) {
      // "U.S.", "a.m.", an initial: the end of a sentence only before an ordinary sentence opener.
      if (OPENERS.has(next)) return at + m[0].length;
      continue;
    }
    if (/^["“]?\p{Lu}/u.test(next)) return at + m[0].length;
  }
  return line.length;
}

const AGENCY = new RegExp(
  `^(?:${[...PHOTO_AGENCIES]
    .sort((a, b) => b.length - a.length)
    .map((s) => escapeStringRegexp(s))
    .join('|')})(?![\\p{L}])`,
  'u',
);
const SLASH = /^\s*\\?\/\s*/;
const NAME_WORD = /^[\p{Lu}][\p{L}.'’-]*(?:\s|$)/u;
/** The Guardian's timestamp, after which a header line gives the caption of the photograph below it. */
const CAPTIONED_TIMESTAMP = new RegExp(`\\b(?:${WEEKDAY_NAME_PATTERN}) \\d{1,2} [A-Z][a-z]+ \\d{4} \\d{2}[.:]\\d{2} (?:BST|GMT)\\b`);

/**
 * "Photograph: Stan Honda/AFP/Getty Images BP is using undersea robots ..." (Guardian): the credit is names and
 * agencies joined by slashes, or an agency alone ("Photograph: AP"), or a photographer's first and last name
 * ("Photograph: Graeme Robertson"). The caption of that photograph is the end of the header line above it, after the
 * page's timestamp ("... Friday 16 July 2010 12.05 BST Oil floats on the surface of the Gulf").
 */
function cutPhotoCredits(line: string, nextLine: string, cut: (rule: string, from: number, to: number, line: string) => string): string {
  let out = line;
  for (;;) {
    const m = /(?:^|\s)Photograph: /.exec(out);
    if (!m) break;
    const start = m.index + (m[0].startsWith(' ') ? 1 : 0);
    const creditAt = m.index + m[0].length;
    out = cut('photo-credit', start, creditAt + creditLength(out.slice(creditAt)), out);
  }
  if (/^\s*Photograph: /.test(nextLine)) {
    const stamp = CAPTIONED_TIMESTAMP.exec(out);
    if (stamp) out = cut('caption', stamp.index, out.length, out);
  }
  return out;
}

function creditLength(text: string): number {
  let at = 0;
  let agency = false;
  const take = (n: number) => {
    at += n;
  };
  const first = AGENCY.exec(text);
  const slashAhead = /^(?:[^\s\\/]+\s){0,4}[^\s\\/]+\\?\//.exec(text);
  if (first) {
    take(first[0].length);
    agency = true;
  } else if (slashAhead) take(slashAhead[0].replace(/\\?\/$/, '').length);
  else return nameLength(text, 2);
  for (;;) {
    const slash = SLASH.exec(text.slice(at));
    if (!slash) break;
    const rest = text.slice(at + slash[0].length);
    const next = AGENCY.exec(rest);
    if (next) {
      take(slash[0].length + next[0].length);
      agency = true;
      continue;
    }
    // "Reuters/Eliana Aponte": a name after an agency; "KPA/Zuma": one word.
    const length = agency ? nameLength(rest, 2) : (/^[^\s\\/]+/.exec(rest)?.[0].length ?? 0);
    if (!length) break;
    take(slash[0].length + length);
    agency = false;
  }
  return at + (/^\s*/.exec(text.slice(at))?.[0].length ?? 0);
}

/** Up to `max` capitalised words: a photographer's name. */
function nameLength(text: string, max: number): number {
  let at = 0;
  for (let k = 0; k < max; k++) {
    const w = NAME_WORD.exec(text.slice(at));
    if (!w || OPENERS.has(w[0].trim())) break;
    at += w[0].length;
  }
  return text.slice(0, at).trimEnd().length;
}

const ROLE_FUNCTION_WORDS = new Set(['of', 'to', 'at', 'from', 'for', 'and', 'the', 'in', 'on', 'with']);
/** Words of the name and role after "End Quote" before the article goes on. */
const PULL_QUOTE_ATTRIBUTION_WORDS = 12;

/**
 * A BBC pull quote: the quote (repeated from the article), "End Quote", then the speaker's name and role, glued to
 * the next sentence: "... an entire year's profit" End Quote Robert Peston BBC business editor At its lowest point,
 * the firm's share price was nearly 17% down on the day". The role ends at a word that opens a sentence ("At"), a
 * quotation mark, or a capitalised word after a lowercase one ("editor BP said ..."); failing that, within twelve
 * words, at the first capitalised word followed by a lowercase one ("... US Congressman BP's chief executive said").
 */
function cutPullQuote(line: string, cut: (from: number, to: number) => string): string {
  const m = /(?:^|\s)End Quote\s+/.exec(line);
  if (!m) return line;
  const before = line.slice(0, m.index);
  // The quote starts after the last sentence that ends before it, or at the start of the line.
  const boundary = /[\s\S]*[.!?]["”’]?\s+(?=["“]?[A-Z])/.exec(before);
  const from = boundary && boundary[0].length < before.length - 1 ? boundary[0].length : 0;
  const words = [...line.slice(m.index + m[0].length).matchAll(/\S+/g)].slice(0, PULL_QUOTE_ATTRIBUTION_WORDS + 2);
  const offset = (k: number) => m.index + m[0].length + words[k].index;
  const capital = (k: number) => k < words.length && /^["“]?\p{Lu}/u.test(words[k][0]);
  const lower = (k: number) => k < words.length && /^\p{Ll}/u.test(words[k][0]);
  // A role's own small words do not end it: "Chief investments officer at Royal London", "Letter to BP".
  const roleWord = (k: number) => lower(k) && !ROLE_FUNCTION_WORDS.has(words[k][0]);
  let to = line.length;
  // A word that opens a sentence, a quotation, or a capitalised word after the role's lowercase last word.
  let end = words.findIndex(
    (w, k) =>
      k > 0 &&
      k <= PULL_QUOTE_ATTRIBUTION_WORDS &&
      (OPENERS.has(w[0].replace(/[,:]$/, '')) || /^["“(]/.test(w[0]) || (k >= 2 && roleWord(k - 1) && capital(k))),
  );
  // Else the first capitalised word followed by a lowercase one after the name: "Bart Stupak US Congressman BP's
  // chief executive said ..." goes on at "BP's".
  if (end < 0) end = words.findIndex((_w, k) => k >= 2 && k <= PULL_QUOTE_ATTRIBUTION_WORDS && capital(k - 1) && capital(k) && lower(k + 1));
  if (end > 0) to = offset(end);
  return cut(from, to);
}

/** A wire dateline that names its agency: "WASHINGTON, May 8 (Reuters) - ", "PARIS\/ATLANTA, April 27 (Reuters) - ". */
const WIRE_DATELINE_AHEAD =
  /[A-Z][A-Z.'’\\/ -]{2,40}(?:,\s*[A-Z][\p{L}.'’ ]{1,30}?)?(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*\([A-Z][\p{L}. ]{0,40}\)\s*[-–—]{1,2}\s/u;
/** A bullet as the wire pages write it, escaped or not: " \* ", " * ". */
const HIGHLIGHT_BULLET = /(?:^|\s)\\?\*\s+(?=["“]?[\p{Lu}\d])/u;

/**
 * A wire story's highlights, bulleted before its byline and dateline on the same line: "(For full coverage of the flu
 * outbreak, click (nFLU)) \* U.S. officials say outbreak "on the upswing" \* Asian countries pledge common fight against
 * flu \* U.S. pork industry promised relief By Maggie Fox, Health and Science Editor WASHINGTON, May 8 (Reuters) - U.S.
 * health officials warned ...". Each bullet is a headline, not a sentence ("U.S. pork industry promised relief" was read
 * as an event of 8 May); the story tells them in its own sentences. The bullets go, with the "(For full coverage ...)"
 * pointer and an "(Updates with ...)" note; a headline before the first bullet, the byline and the dateline stay.
 * Rule `story-highlights`.
 */
function cutStoryHighlights(line: string, cut: (rule: string, from: number, to: number, line: string) => string): string {
  const dateline = WIRE_DATELINE_AHEAD.exec(line);
  if (!dateline) return line;
  const head = line.slice(0, dateline.index);
  const bullet = HIGHLIGHT_BULLET.exec(head);
  if (!bullet) return line;
  const pointer = /\(For (?:full|more) coverage\b[^()]*(?:\([^()]*\)[^()]*)*\)\s*/.exec(head);
  const from = pointer && pointer.index < bullet.index ? pointer.index : bullet.index;
  // The byline ("By Maggie Fox, ...") or the editor's note ("(Updates with ...)", "(Recasts lead ...)") ends the list.
  const end = /\s(?:By \p{Lu}|\((?:Updates|Adds|Recasts|Changes|Corrects|Repeats)\b)/u.exec(head.slice(bullet.index + 1));
  let to = end ? bullet.index + 1 + end.index + 1 : head.length;
  const note = /^\((?:Updates|Adds|Recasts|Changes|Corrects|Repeats)\b[^()]*(?:\([^()]*\)[^()]*)*\)\s*/.exec(line.slice(to));
  if (note) to += note[0].length;
  return cut('story-highlights', from, to, line);
}

// (The dateline: "WASHINGTON -- ", "NEW ORLEANS (AP) -- ", "SENDAI, Japan -- "; made once, not per line.)
const TEASER_DATELINE = String.raw`[A-Z][A-Z.' ]{2,40}(?:,\s*[A-Z][\p{L}.' ]{1,30}?)?\s*(?:\([A-Z]+\)\s*)?--\s`;
const TEASER_NEXT = new RegExp(String.raw`^\s*$|^\s+${TEASER_DATELINE}`, 'u');
// ("Inactive oil rig off the coast of Louisiana explodes All members of Mariner Energy crew alive and accounted for
// WASHINGTON (AP) -- Lawmakers on Tuesday asked ... as part of a congressi... 5 more days of testimony ...": a list of
// related stories, each a headline run into its teaser's dateline; the headline goes with it.)
const TEASER_OPENS = new RegExp(`(?:^|\\s)${TEASER_DATELINE}`, 'u');

/**
 * A teaser of another story on the page, cut off with "..." in the middle of a word or sentence: "The Coast Guard said
 * Friday evening that a "very small part" of a diesel fuel and oil spill ... has reached a Seattl..." (Fox News), "...
 * opening the door to resumed drilli... WASHINGTON -- The Obama administration issued ...". A sentence whose last word
 * runs into "..." at the end of its line, or right before a wire dateline, was cut by the page: what it tells belongs
 * to another story, dated against another day, and its last words are broken. The sentence goes (rule `teaser`);
 * an ellipsis inside a quotation ("responsible for funding... clean-up operations") has words after it and stays.
 */
function cutTeasers(line: string, cut: (rule: string, from: number, to: number, line: string) => string): string {
  const next = TEASER_NEXT;
  const opens = TEASER_OPENS;
  // (An abbreviation's point before the cut-off counts: "... on the drilling rig Deepwater Horizon, owned by Transocean
  // Ltd.... VENICE, La. (AP) -- ...", a related story's teaser in a Fox News article of 29 April about "Day 15" of the
  // spill, 4 May.)
  // (A capitalised abbreviation only, "Ltd.", "Inc.", "Co.": a blog's "I'm really...." is a sentence's own.)
  // (Searched only in a line with an ellipsis, which every match ends in.)
  const ends = line.includes('...') || line.includes('…') ? [...line.matchAll(/(?:[\p{L}\d]|(?<![\p{L}])\p{Lu}\p{Ll}{0,3}\.)(?:\.\.\.|…)(?=\s|$)/gu)] : [];
  // A run of teasers on one line (`teaser`): "The promise came after the Whit... A government lawyer says the owner ...
  // to make safety reco... BP PLC reached a settlement late Friday night with a committee ..., a federal judge said...
  // This is a story of survival". Two cut-offs or more run into what follows: each sentence that ends in one goes,
  // its last word whole or not. (An ellipsis inside a quotation, "We will fight... We will win", stays.)
  const runsOn = (at: number, text: string) => /^\s+["“]?[\p{Lu}\d]/u.test(text.slice(at));
  const quoted = (before: string) => (before.match(/"/g) ?? []).length % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
  // (A run shows by a word the page broke, "the Whit...", "safety reco...", or a phrase it broke after a small word,
  // "between BP PLC and...": an explainer whose sentences each end in "..." ("to the blowout preventer... BP will try
  // to reverse direction ... at the water's surface... That system is expected to be ready by mid-June...") is text.)
  const mids = ends.filter((m) => runsOn(m.index + m[0].length, line) && !quoted(line.slice(0, m.index)));
  const run = mids.length >= 2 && mids.some((m) => brokenEnd(line.slice(0, m.index + 1)));
  let out = line;
  // Right to left, so earlier offsets stay valid. ("SENDAI, Japan -- A strong aftershock ... on a region sti... The
  // Coast Guard said ...": a teaser that opens with its own dateline may run into the next one.)
  for (const m of ends.reverse()) {
    const to = m.index + m[0].length;
    const before = /[\s\S]*(?:[.!?]["”’)]?|\.\.\.|…)\s+(?=["“]?\p{Lu})/u.exec(out.slice(0, m.index));
    const from = before ? before[0].length : 0;
    const runsInto = runsOn(to, out) && !quoted(out.slice(0, m.index));
    // ("... advocating for the creation of an Arctic reserve and the protection of animal... Obama Tries to Buy A
    // Superman Cape": a cut-off followed by a headline in title case is a teaser too.)
    // (Title case shows in a short word written with a capital: "Tries to Buy A Superman"; a sentence that opens with a
    // name, "The Interior Department's Mineral Management Service has postponed", has none.)
    const headlineNext =
      /^\s+(?:["“]?\p{Lu}[\p{L}'’-]*\s+(?:(?:to|a|an|the|of|in|on|for|and|at|with)\s+)?){3}/u.test(out.slice(to)) &&
      /^\s+\S+(?:\s+\S+){0,5}?\s+(?:A|An|The|To|Of|In|On|For|And|At|With|Is|Are|Be|Up|Over|After|Into)\s+\p{Lu}/u.test(out.slice(to));
    if (next.test(out.slice(to)) || (runsInto && (run || headlineNext || opens.test(out.slice(from, m.index))))) out = cut('teaser', from, to, out);
  }
  return out;
}

/** Small words a sentence does not end with: a phrase cut after one was cut by the page ("between BP PLC and..."). */
const CUT_AFTER_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'at', 'by', 'from', 'that', 'as']);
/** The text before a "..." ends in a broken word ("Whit", "reco", "pr") or a small word that ends no sentence. */
function brokenEnd(before: string): boolean {
  const word = /([\p{L}]+)$/u.exec(before)?.[1] ?? '';
  const lower = word.toLowerCase();
  return CUT_AFTER_WORDS.has(lower) || (word.length > 0 && word.length <= 4 && !knownWords().has(lower));
}

/** The line without list bullets, for matching against the chrome lexicon. */
function bare(line: string): string {
  return line
    .trim()
    .replace(/^[•·▪◦●*–-]\s*/, '')
    .trim();
}

export function isChromeLine(line: string): boolean {
  const text = bare(line);
  if (text === '') return false;
  if (CHROME_LINE_SET.has(text.toLowerCase())) return true;
  if (isShareBar(text)) return true;
  return CHROME_PATTERNS.some((pattern) => pattern.test(text));
}

/** "Facebook Twitter WhatsApp Copy Link Pinterest LinkedIn Tumblr Email Telegram" */
function isShareBar(text: string): boolean {
  // Two dozen share words at most; a paragraph is no share bar (and this loop is costly on one).
  if (text.length > 200) return false;
  const lower = text.toLowerCase();
  // (a line holding a word no share word has is none: answered before the search below, which every short line paid)
  if (lower.split(/\s+/).some((piece) => piece !== '' && !SHARE_PIECES.has(piece))) return false;
  let rest = ` ${lower} `;
  let count = 0;
  for (const needle of SHARE_NEEDLES) {
    while (rest.includes(needle)) {
      rest = rest.replace(needle, ' ');
      count++;
    }
  }
  return count >= 2 && rest.trim() === '';
}

/** A short label: "Europe", "• Politics", "Home»World". Menus are runs of them. */
function isShortLabel(line: string): boolean {
  const text = bare(line);
  return text !== '' && piecesUpTo(text, 4) <= 3 && !/[.!?:;,]["”’)]?$/.test(text) && !/\d{4}/.test(text);
}

/** Three or more short labels in a row (blank lines allowed between) are a navigation menu. */
function isInNavigationRun(lines: string[], i: number): boolean {
  if (!isShortLabel(lines[i])) return false;
  const neighbours = (step: number) => {
    let count = 0;
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      if (lines[j].trim() === '') continue;
      if (!isShortLabel(lines[j])) break;
      count++;
    }
    return count;
  };
  return neighbours(-1) + neighbours(1) >= 2;
}

/**
 * The agency's sign-off a wire story of 1987 ends its last paragraph with: "At September 30, the provision for loan
 * losses jumped to 1.30 billion dlrs from 455 mln at the same time last year. Reuter". The paragraph is read as if it
 * ended at its full stop; left on, the paragraph ended on no punctuation and was cut as no prose.
 */
const WIRE_SIGN_OFF = /(?<=[.!?]["”’)]?)\s+(?:Reuter|REUTER)$/u;

/**
 * A line without its wire sign-off, trimmed. (WIRE_SIGN_OFF is searched only in a line that ends with the sign-off's
 * word, as each of its matches does: its look-behind was tried at every position of every line of every page.)
 */
const withoutSignOff = (line: string) => {
  const trimmed = line.trim();
  return trimmed.endsWith('Reuter') || trimmed.endsWith('REUTER') ? trimmed.replace(WIRE_SIGN_OFF, '') : trimmed;
};

/** A prose paragraph: long, made of sentences. Headlines, labels and teaser titles are not. */
function isProse(line: string): boolean {
  const text = withoutSignOff(line);
  const words = piecesUpTo(text, 25);
  // "... has killed more than 14,000 people. Here are the key events:" introduces a list that is the article.
  return words >= 25 || (words >= 12 && /[.!?:]["”’)]?$/.test(text));
}

/**
 * A short line that is a sentence of the article, not a label: wire copy breaks quotes into short paragraphs ("I mean,
 * not just the customers." / "It's everything," said Ross Barkhurst, a boat owner in Venice.), which do not end the body.
 */
function isSentence(line: string): boolean {
  const text = withoutSignOff(line);
  if (piecesUpTo(text, 4) < 4 || !/^["“'‘]?[\p{Lu}\d]/u.test(text) || !/[.!?]["”’'‘)]?$/.test(text)) return false;
  // A reporter's sentence speaks of others; first and second person outside a quotation, or a question, is a reader
  // talking ("Your greed is to much.", "Is there any chance it will stop on its own?" in a comment thread).
  return /^["“]/.test(text) || (!/\?["”’)]?$/.test(text) && !PERSONAL.test(text));
}

// (Case kept: "rose US $5.41" is the United States, no "us"; the last paragraph of a Reuters market story was lost.)
const PERSONAL = /\b(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Yy]ou|[Yy]our|[Yy]ou're|[Ww]e|[Ww]e're|[Oo]ur|[Uu]s)\b/;

const LIST_ITEM = /^([•·▪◦●*–-]|\d+[.)])\s/;
/** "May 24, 2025", "World May 23, 2025": the date under a teaser headline. */
const DATE_LINE = new RegExp(
  String.raw`^(\p{L}+\s+)?((${MONTH_ABBREVIATION_PATTERN})[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2}|\d+\s+(minutes?|hours?|days?)\s+ago)$`,
  'iu',
);

/**
 * Everything listed under a teaser or reference heading ("Keep Reading", "References:") is chrome:
 * list items, and teaser titles each followed by their date. The block ends at the first line
 * that is neither (seed 002: the "Trending" teasers end where the menu and the article begin).
 */
function markChromeBlocks(lines: string[], chrome: Array<string | null>): void {
  const nextNonBlank = (j: number) => {
    for (let k = j + 1; k < lines.length; k++) if (lines[k].trim() !== '') return lines[k].trim();
    return '';
  };
  for (let i = 0; i < lines.length; i++) {
    if (!CHROME_BLOCK_HEADINGS.test(bare(lines[i]))) continue;
    chrome[i] = 'chrome-block';
    for (let j = i + 1; j < lines.length; j++) {
      const text = lines[j].trim();
      if (text === '') continue;
      const listed = LIST_ITEM.test(text) || DATE_LINE.test(text) || (!isProse(text) && DATE_LINE.test(nextNonBlank(j)));
      if (!listed) break;
      chrome[j] = 'chrome-block';
    }
  }
}

/**
 * Which lines are the article: the richest cluster of prose paragraphs (short lines between them
 * are kept: subheadings, one-line paragraphs), plus the headline and byline just above it.
 */
function chooseArticleLines(lines: string[], chrome: boolean[]): boolean[] {
  const prose = lines.map((line, i) => !chrome[i] && isProse(line));
  const clusters: Array<{ start: number; end: number; weight: number }> = [];
  let gap = 0;
  lines.forEach((line, i) => {
    if (prose[i]) {
      const last = clusters[clusters.length - 1];
      if (last && gap <= 2) {
        last.end = i;
        last.weight += line.length;
      } else clusters.push({ start: i, end: i, weight: line.length });
      gap = 0;
    } else if (line.trim() !== '' && (chrome[i] || !isSentence(line))) gap++;
  });
  const keep = lines.map(() => false);
  if (clusters.length === 0) {
    // No prose at all (a short brief, a list): keep everything that is not chrome.
    return lines.map((_line, i) => !chrome[i]);
  }
  const body = clusters.reduce((best, c) => (c.weight > best.weight ? c : best));
  // A list that is the article ("- February 2024: The army recaptures parts of Omdurman.") goes on past its
  // last long item, as long as its items are sentences.
  while (LIST_ITEM.test(lines[body.end].trim())) {
    let next = body.end + 1;
    while (next < lines.length && lines[next].trim() === '') next++;
    if (next >= lines.length || chrome[next] || !LIST_ITEM.test(lines[next].trim()) || !/[.!?]["”’)]?$/.test(lines[next].trim())) break;
    body.end = next;
  }
  // A story often ends on a short quote: "The reserves are too important." (Reuters, before its comment section).
  for (;;) {
    let next = body.end + 1;
    while (next < lines.length && lines[next].trim() === '') next++;
    if (next >= lines.length || chrome[next] || !isSentence(lines[next])) break;
    body.end = next;
  }
  for (let i = body.start; i <= body.end; i++) keep[i] = !chrome[i];
  keepHeadlineAndByline(lines, chrome, body.start, keep);
  return keep;
}

const BYLINE_AUTHOR = /\bBy\s+\p{Lu}/u;
const BYLINE_DATE = new RegExp(
  String.raw`^(published|updated|posted)\b|\b(${MONTH_ABBREVIATION_PATTERN})[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(${MONTH_ABBREVIATION_PATTERN})[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b`,
  'i',
);

function isHeadline(line: string): boolean {
  const words = piecesUpTo(line.trim(), 31);
  return words >= 4 && words <= 30 && line.trim().length <= 200 && !/[.:]$/.test(line.trim());
}

/** Walks up from the body: optional byline lines (skipping share bars), then one headline. */
function keepHeadlineAndByline(lines: string[], chrome: boolean[], bodyStart: number, keep: boolean[]): void {
  let bylines = 0;
  for (let i = bodyStart - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (line === '' || chrome[i]) continue;
    // "News RoomBy News RoomNovember 30, 2024" (seed 002) reads as a byline once the glue is repaired.
    const repaired = repairGluedWords(line);
    if (bylines < 2 && (BYLINE_AUTHOR.test(repaired) || BYLINE_DATE.test(repaired)) && line.length <= 160) {
      keep[i] = true;
      bylines++;
      continue;
    }
    if (isHeadline(line)) keep[i] = true;
    return;
  }
}
