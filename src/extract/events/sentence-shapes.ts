/**
 * Clauses that tell no happening by the shape of their sentence (candidates.ts `happeningRule` asks these).
 *
 * A photo caption in the wire's words: "In this June 1, 2010 file photo, workers collect oil that washed ashore from
 * last month's Deepwater Horizon oil rig explosion on Fourchon Beach Port Fourchon, La.." tells what a picture shows,
 * page furniture between the paragraphs; its relative clause ("oil that washed ashore from last month's ...
 * explosion") was dated by the explosion's month and titled as a happening (`photo-caption:in-this-picture`). Only a
 * sentence that opens with "In this" and a picture's noun before its first comma ("In this image taken from video
 * provided by BP PLC", "In this aerial photo"), or where "FILE -" or a caption's date label ("Aug. 3:") puts it:
 * "In this case they copied and pasted three ROV screen images" names no picture of its own and stays.
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import type { NounPhrase } from '../nlp/noun-phrases';
import { ANNOUNCING_VERBS, RATE_TIME_NOUNS } from '../lexicon/events';

/** "a day", "per hour", "each week": the unit of a rate after an amount. */
const RATE_ARTICLES = new Set(['a', 'an', 'per', 'each', 'every']);

// (Between "In this" and the picture's noun only a caption's words: a date, capitalised words, "file", "aerial" ... Not
// "In this case they copied and pasted three ROV screen images from the video", nor "In this way, the company still
// made a profit": a word of prose in between makes it prose.)
const CAPTION_GAP = "(?:(?:[A-Z0-9][\\w.,'’-]*|file|aerial|undated|handout|satellite|combination|video|the|a|an|of|on)\\s+){0,8}";
const IN_THIS_PICTURE = new RegExp(
  `(?:^|\\bFILE\\s*[-–—]\\s*|:\\s+)In this\\s+${CAPTION_GAP}(?:photo|photograph|image|picture|frame grab|still)s?\\b(?:\\s+(?:taken|made|released|provided|from|by|shot|shows?)\\b|,|\\s*$)`,
);

/** Why a clause is in a photo caption that opens "In this ... photo,", or null. */
export function inThisPictureRule(a: Analysis, c: Clause): string | null {
  return IN_THIS_PICTURE.test(a.sentences[c.sentence].text) ? 'photo-caption:in-this-picture' : null;
}

/**
 * A verb of speech after the words it reports, with no object of its own, tells who said them, as "said" does: "The
 * World Health Organization is likely to raise its flu alert to the top of its six-point scale and declare a pandemic,
 * its director-general indicated in an interview published on Monday" was titled "Its director-general indicated in an
 * interview", a saying with its words cut off (`saying:attribution-after-the-words`). What was said is read in its own
 * clause. ("BP indicated some progress on Monday toward capping the well" says what it indicated and stays.)
 */
export function attributionRule(a: Analysis, c: Clause): string | null {
  if (!c.rules.includes('attribution-after-the-words') || c.object !== null) return null;
  // (An announcing verb is candidates.ts's `verb-without-what:content-before-sayer`: "..., officials confirmed to a
  // local TV station on Wednesday".)
  const t = a.tokens;
  if (ANNOUNCING_VERBS.has(t.lemma[c.verb.head] || t.norm[c.verb.head])) return null;
  // ("With more than 30,000 people affected worldwide, the World Health Organisation reported last Friday that only 145
  // had died": a comma before the subject, but the words reported come after; the announcement stays.)
  const [from, to] = a.clauseRange[c.sentence];
  for (let k = from; k < to; k++) {
    const x = a.clauses[k];
    if (x.parent === c.id && x.kind === 'complement' && x.start >= c.verb.end) return null;
  }
  return 'saying:attribution-after-the-words';
}

/**
 * An amount per day told in the past progressive, with a time of its own, is a rate that held over that time, a
 * state: "BP has said the device was collecting about 15,000 barrels of oil a day last week" tells how much the device
 * collected through the week, no happening of it (`state:rate-under-way`). Only with a time after the verb ("last
 * week"): "BP said Thursday that it was collecting 5,000 barrels a day" is dated by the saying and keeps its report
 * ("BP said it was collecting 5,000 barrels a day").
 */
export function rateUnderWayRule(a: Analysis, c: Clause, times: ReadonlyArray<{ start: number; end: number }>): string | null {
  const t = a.tokens;
  const text = a.text;
  if (!c.verb.progressive || c.verb.tense !== 'past' || c.verb.perfect || c.verb.passive || c.object === null) return null;
  const end = Math.min(c.end, a.sentences[c.sentence].tokenEnd);
  let amount = false;
  let rateAt = -1;
  for (let i = c.object.start; i + 1 < end && i < c.object.end + 6; i++) {
    if (t.tag[i] === 'NUM' || /^[\d,.]+$/.test(t.norm[i])) amount = true;
    if (amount && RATE_ARTICLES.has(t.norm[i]) && RATE_TIME_NOUNS.has(t.norm[i + 1])) {
      rateAt = i;
      break;
    }
  }
  if (rateAt < 0) return null;
  // (A time of its own after the verb, not the rate's words: "a day last week".)
  const from = t.start[c.verb.end];
  const to = t.end[end - 1];
  // (In the clause's own words, and with no stop between the rate and it: "9,000 barrels of oil a day through the dome
  // installed last week" dates the dome; "460,000 gallons of oil a day -- up from 250,000 on Friday" the baseline.)
  const rateEnd = t.end[rateAt + 1];
  const ownToken = (at: number) => c.pieces.some(([ps, pe]) => ps < pe && at >= t.start[ps] && at < t.end[pe - 1]);
  const own = times.some((x) => x.start >= rateEnd && x.start < to && x.start >= from && ownToken(x.start) && !/[-–—,;:()]/.test(text.slice(rateEnd, x.start)));
  return own ? 'state:rate-under-way' : null;
}

/**
 * "In June, members of Congress repeatedly reminded Hayward how empty that promise sounded with 11 workers dead, BP
 * seemingly unprepared to contain the spill and a Congressional investigation indicating that officials put
 * cost-savings ahead of safety": "with", a noun and an adjective that ends its stretch ("11 workers dead,") open a list
 * of circumstances running to the sentence's end; none of its names takes part in the clause's happening (candidates.ts
 * `participants:with-absolute`: no BP in "Members of Congress reminded Tony Hayward"). Not "with" and a noun an
 * adjective describes ("with dead birds"), nor one whose adjective goes on ("with 11 workers dead in the blast").
 */
export function withStateAbsolute(a: Analysis, np: NounPhrase): boolean {
  const t = a.tokens;
  const w = np.preposition;
  if (w < 0 || t.norm[w] !== 'with') return false;
  // (The chunker may take the adjective into the phrase, "11 workers dead", after its noun; or leave it after.)
  const inside = np.end - np.start >= 2 && t.tag[np.end - 1] === 'ADJ' && (t.tag[np.end - 2] === 'NOUN' || t.tag[np.end - 2] === 'PROPN');
  const adjectiveEnd = inside ? np.end : t.tag[np.end] === 'ADJ' ? np.end + 1 : -1;
  return adjectiveEnd > 0 && adjectiveEnd < t.norm.length && t.norm[adjectiveEnd] === ',';
}
