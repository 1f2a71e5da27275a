/**
 * Happenings a sentence tells only as background to its own news, by the shape of the clause that holds them (events.ts
 * drops the mention, with the rule's name, after its date is read):
 * - a person's biography in a non-restrictive "who" clause, dated more than a year before the report: "Barton, who was
 *   elected to Congress in 1984, has received $27,000 in campaign contributions from BP" (Washington Post, June 2010)
 *   tells who Barton is, not what happened; a record "Joe Barton was elected to Congress" (1984) would be no
 *   happening of the story (`background:biography-in-who-clause`). A recent deed stays: "Obama, who flew to the Gulf on
 *   Friday, said ...";
 * - a comparison with an earlier happening, a clause opened by "like" or "unlike": "it also could wash away the natural
 *   barriers to flooding from hurricanes and other disasters -- much like hurricanes Katrina and Rita washed away
 *   marshlands in 2005" (Fox News, 2010) compares; it became "Rita washed marshlands" (2005)
 *   (`background:comparison-clause`).
 */
import { dateSpan, dayNumber } from '../../story/span';
import { NEWSGATHERING_VERBS } from '../lexicon/actors';
import {
  ANNOUNCING_VERBS,
  CAUSING_VERBS,
  CONTENT_TELLING_VERBS,
  EFFECT_VERBS,
  FIGURE_LEVEL_VERBS,
  FIGURE_MOVE_VERBS,
  FLOW_LEVEL_VERBS,
  PERIOD_RESULT_NOUNS,
  POLICY_NOUNS,
  PRECEDENT_FRAME_VERBS,
  SAYING_VERBS,
  STATE_VERBS,
} from '../lexicon/events';
import { SUBORDINATORS } from '../lexicon/grammar';
import { NEWS_AGENCIES } from '../lexicon/sources';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import type { TimeExpression } from '../types';

/** How many days before the report a biography's date must end. */
const BIOGRAPHY_DAYS = 365;

/**
 * ", who was elected to Congress in": a comma, "who" as the clause's subject, at most three words (auxiliaries, an
 * adverb) before the verb.
 */
const WHO_BEFORE_VERB = /,\s*who\s+(?:\p{Ll}+\s+){0,3}$/u;

/**
 * A happening in a non-restrictive "who" clause (its subject is the person before it) dated more than a year before the
 * report: the person's background, told to place them. Not a ", which" clause: "the Exxon Valdez, which ran aground in
 * Alaska in 1989", "the 1918 flu pandemic, which killed tens of millions" tell earlier events a timeline keeps, folded
 * as background by their date (importance.ts `period`); read on the dev topics, a ", which" rule dropped 12 of them.
 */
export function backgroundInRelativeClause(
  text: string,
  rules: readonly string[],
  verbStart: number,
  sentenceStart: number,
  time: TimeExpression,
  published: string | null | undefined,
): string | null {
  if (!published || !rules.includes('clause:relative') || !rules.includes('subject:antecedent')) return null;
  if (!WHO_BEFORE_VERB.test(text.slice(Math.max(sentenceStart, verbStart - 40), verbStart))) return null;
  const end = time.value ? dateSpan(time.value)?.last : undefined;
  const report = dayNumber(published.slice(0, 10));
  if (end === undefined || Number.isNaN(report) || report - end <= BIOGRAPHY_DAYS) return null;
  return 'background:biography-in-who-clause';
}

/** An amount right after the verb: "387 mm", "156 billion dlrs", "below 10 dlrs a barrel", "to about 5.45 billion". */
const AMOUNT_AFTER_VERB =
  /^\s+(?:(?:to|below|above|at|about|around|some|nearly|almost|over|under|only|just|more\s+than|less\s+than)\s+)*(?:[$£]\s?)?\d[\d,.]*(?:\s|$)/i;

/**
 * A figure's level told in a relative clause on the thing measured, dated to a year before the report's: "USX Corp
 * chairman David Roderick called for a lower value for the U.S. dollar ... to help speed a correction in the U.S. trade
 * deficit, which last year reached 170 billion dlrs", "Kericho, which last year received 387 mm in April last year, has
 * so far recorded only 176 mm", "The legislation was prompted by a growing U.S. trade deficit that hit 156 billion dlrs
 * last year and is still rising" (Reuters, 1987; the judges: a background figure, no happening). The clause says what
 * the thing is, to set up the sentence's news (`background:figure-in-relative-clause`). A deed with an amount stays
 * ("Banque Paribas, which arranged a 220 mln dlr loan for Ecuador last year"), and so does a level of the report's days
 * ("BP shares, which closed down nearly 1% on the day"): only a verb of a figure's level or move, and a year.
 */
export function backgroundFigureInRelativeClause(
  text: string,
  rules: readonly string[],
  lemma: string,
  verbEnd: number,
  time: TimeExpression,
  published: string | null | undefined,
): string | null {
  if (!published || !rules.includes('clause:relative') || !rules.includes('subject:antecedent')) return null;
  if (!FIGURE_LEVEL_VERBS.has(lemma) && !FIGURE_MOVE_VERBS.has(lemma)) return null;
  if (!AMOUNT_AFTER_VERB.test(text.slice(verbEnd, verbEnd + 40))) return null;
  if (time.precision !== 'year' || !time.value || Number(time.value.slice(0, 4)) >= Number(published.slice(0, 4))) return null;
  return 'background:figure-in-relative-clause';
}

/**
 * A whole year's figure that ended more than a year before the report, told after the story's first paragraph: "The PSA
 * handled 529 mln gross-registered tonnes of cargo in 1985, according to the latest available statistics from the port
 * authority" (Reuters, March 1987; the judges: a year's cargo total from background statistics, a state) gives the
 * size of a thing to set up the news, no happening of the story (`background:old-yearly-figure`). A lede's figure is the
 * news it reports, however late ("Bolivia's 1985 exports totalled ..." opening a story stays), and so is a figure of
 * the year just ended ("Standard's capital spending totaled 1.77 billion dlrs in 1986", March 1987): events.ts asks the
 * paragraph and the date. Only a verb of a figure's level or of a flow with an amount right after it.
 */
export function oldYearlyFigure(
  text: string,
  rules: readonly string[],
  lemma: string,
  verbEnd: number,
  time: TimeExpression,
  published: string | null | undefined,
  inFirstParagraph: boolean,
): string | null {
  if (!published || inFirstParagraph || rules.includes('clause:relative')) return null;
  if (!FIGURE_LEVEL_VERBS.has(lemma) && !FLOW_LEVEL_VERBS.has(lemma)) return null;
  if (!AMOUNT_AFTER_VERB.test(text.slice(verbEnd, verbEnd + 40))) return null;
  return time.precision === 'year' && overAYearBefore(time, published) ? 'background:old-yearly-figure' : null;
}

/** A result told with its amount in the object: "a loss of 28 mln stg", "a pre-tax profit of 700 mln stg". */
const RESULT_OF_AMOUNT_AFTER_VERB =
  /^\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?([a-z]+)\s+of\s+(?:(?:about|some|nearly|almost|over|more\s+than|less\s+than)\s+)*(?:[$£]\s?)?\d/i;

/** A sum or a share in a story's first paragraph: "12.6 mln marks", "54.5 pct", "$20bn", "one billion dlrs". */
const LEDE_FIGURE = /\b(?:mln|million|billion|bln|pct|percent|dlrs|dollars|stg)\b|%|[$£]\s?\d/i;

/**
 * A whole past year's figure told after a first paragraph that gives none: "Revenues from Trail's smelter totaled 356
 * mln Canadian dlrs in 1986", in a June 1987 story whose lede is "Cominco Ltd said it set tentative talks with three
 * striking union locals", and "Greenwell's Brown noted that for all of 1986, Lloyds Merchant Bank sustained a loss of 28
 * mln stg", under a lede of Lloyds' withdrawal from the bond markets (Reuters, 1987; the judges: "a yearly revenue
 * total, a background figure", "a 1986 yearly loss cited as background in an analyst's note"). A story whose news is no
 * figure cites a year's result to size the thing it is about (`background:yearly-figure-off-the-news`). Where the lede
 * reports figures the story is a report of results and its later figures are its news: "Westdeutsche Landesbank ... said
 * its wholly-owned Luxembourg subsidiary WestLB International SA posted a decline in 1986 net profit to 12.6 mln marks",
 * "Standard Oil Co expects the sale of assets ... to add about one billion dlrs" keep "Standard's capital spending
 * totaled 1.77 billion dlrs in 1986". So does a lede that names the figure with no number: under "Taiwan plans another
 * round of deep tariff cuts this year to help narrow its trade surplus with the U.S." the later "Taiwan's trade surplus
 * with the United States hit 13.6 billion dlrs last year" is the size of the news's own figure (judged a happening), as
 * "West german aid to Bolivia last year totalled 50 mln marks" is under "treaties ... expected to nearly double the
 * amount of overall aid". Only a verb of a figure's level or of a flow with the amount right after it, or a result of
 * PERIOD_RESULT_NOUNS "of" an amount ("sustained a loss of"); `subject` is the clause's
 * subject as the title gives it.
 */
export function yearlyFigureOffTheNews(
  text: string,
  rules: readonly string[],
  lemma: string,
  verbEnd: number,
  time: TimeExpression,
  published: string | null | undefined,
  inFirstParagraph: boolean,
  subject: string,
): string | null {
  if (!published || inFirstParagraph || rules.includes('clause:relative')) return null;
  // ("In its sulphur business, Pennzoil said production totaled 2.1 mln long tons last year", from Pennzoil's annual
  // report, judged a happening: a company telling its own year's figure reports its results, whatever the lede.)
  if (rules.includes('actors:sayer-owns-figures')) return null;
  if (time.precision !== 'year' || !time.value || Number(time.value.slice(0, 4)) >= Number(published.slice(0, 4))) return null;
  const after = text.slice(verbEnd, verbEnd + 60);
  const level = (FIGURE_LEVEL_VERBS.has(lemma) || FLOW_LEVEL_VERBS.has(lemma)) && AMOUNT_AFTER_VERB.test(after);
  // ("For all of 1986, Lloyds reported a pre-tax profit of 700 mln stg", under the same lede as the loss above, was
  // judged a happening: a verb of announcing tells the act of making the result known, no figure read off a table.)
  const result = ANNOUNCING_VERBS.has(lemma) ? null : RESULT_OF_AMOUNT_AFTER_VERB.exec(after);
  if (!level && !(result && PERIOD_RESULT_NOUNS.has(result[1].toLowerCase()))) return null;
  const blank = text.search(/\n[ \t]*\n/);
  const lede = blank < 0 ? text : text.slice(0, blank);
  if (LEDE_FIGURE.test(lede)) return null;
  // (The figure's noun: the result's ("a loss"), else the subject's head, the last word before its first phrase
  // ("West german aid to Bolivia": "aid"); the lede names it in the singular or the plural.)
  const noun = result && !level ? result[1] : (/^(.*?)(?:\s+(?:of|to|in|from|with|for|at|by|on)\s|$)/.exec(subject.trim())?.[1].split(/\s+/).pop() ?? '');
  const stem = noun
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/(ss)es$|s$/, '$1');
  if (stem.length > 2 && new RegExp(`\\b${stem}(?:s|es)?\\b`, 'i').test(lede)) return null;
  return 'background:yearly-figure-off-the-news';
}

/** An amount spelled with a cardinal word right after the verb: "two billion Canadian dlrs". */
const SPELLED_AMOUNT_AFTER_VERB =
  /^\s+(?:(?:about|some|nearly|almost|over|more\s+than|less\s+than)\s+)*(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hundred|thousand|mln|million|billion|bln)\b/i;

/** ", while" and, before the next comma or semicolon, a number: "while importing 944-mln dlrs worth", "while exports were 732.1 billion". */
const WHILE_FIGURE = /^[^,;]*,\s*while\s[^,;.]*?\d/i;

/**
 * A level or a flow set side by side with its counterpart by ", while": "Canada exported two billion Canadian dlrs worth
 * of steel in 1986, while importing 944-mln dlrs worth of the product in the same year", "Imports from the EC in 1986
 * totalled 830.2 billion escudos, while exports to the Community were 732.1 billion" (Reuters, March 1987; the judges:
 * a year's total given as background with the matching figure, a trade statistic). Two figures paired so are a table
 * in prose, no happening of either (`state:paired-figures`). Only after the story's first paragraph, where a lede's
 * newly released figures are its news ("Exports totalled ... in February, while imports were ..."), and only a verb of
 * a figure's level or of a flow with an amount right after it; moves stay ("exports rose 5 pct, while imports fell").
 */
export function pairedFigures(text: string, lemma: string, verbEnd: number, sentenceEnd: number, inFirstParagraph: boolean): string | null {
  if (inFirstParagraph || (!FIGURE_LEVEL_VERBS.has(lemma) && !FLOW_LEVEL_VERBS.has(lemma))) return null;
  const after = text.slice(verbEnd, verbEnd + 40);
  if (!AMOUNT_AFTER_VERB.test(after) && !SPELLED_AMOUNT_AFTER_VERB.test(after)) return null;
  return WHILE_FIGURE.test(text.slice(verbEnd, sentenceEnd)) ? 'state:paired-figures' : null;
}

/**
 * What a speaker says a way of acting has brought about: "Mwape said in a speech to businessmen in the southern town of
 * Livingstone yesterday that the IMF's approach had caused social and political unrest across the continent" (Reuters,
 * 2 April 1987; the judges: a quoted view, no happening). A policy's effects are the speaker's weighing of it, over no
 * day the sentence gives; "Michael Mwape said the IMF's approach had caused ..." would tell the view as the news of the
 * speech's day (`claim:effect-of-a-policy`). Only in words said, with a verb of causing and a subject whose head is a
 * way of acting; "officials said the fire had prompted an evacuation" tells a happening.
 */
export function policyEffectClaim(rules: readonly string[], lemma: string, subject: string): string | null {
  if (!rules.includes('reported-speech') || !rules.includes('clause:complement')) return null;
  if (!CAUSING_VERBS.has(lemma) && !EFFECT_VERBS.has(lemma)) return null;
  const head = /([\p{L}-]+)\s*$/u.exec(subject)?.[1]?.toLowerCase();
  return head && POLICY_NOUNS.has(head) ? 'claim:effect-of-a-policy' : null;
}

/** What closes the stretch before a clause: a comma, a dash, a semicolon, a colon, a bracket. */
const STRETCH_BOUNDARY = /,|;|:|--|\u2014|\u2013|\(/g;
/** "much like hurricanes Katrina and Rita washed away": the stretch opens with "like" or "unlike" (after an adverb). */
const LIKE_OPENS = /^\s*(?:(?:much|just|very\s+much|not|quite)\s+)?(?:un)?like\s+\S/i;

/** A clause whose stretch (from the last comma, dash or sentence start to its verb) opens with "like": a comparison. */
export function comparisonLikeClause(text: string, verbStart: number, sentenceStart: number): boolean {
  // (A stretch is a few words: a long run of text without a comma opens no comparison read here.)
  const before = text.slice(Math.max(sentenceStart, verbStart - 200), verbStart);
  let from = 0;
  for (const m of before.matchAll(STRETCH_BOUNDARY)) from = m.index + m[0].length;
  const stretch = before.slice(from);
  // (Sentence-initial "Like many analysts, he ..." is a phrase closed by its comma: the verb's stretch is after it.)
  return LIKE_OPENS.test(stretch) && !/[.!?]/.test(stretch);
}

/** "By comparison, Exxon Valdez spilled": a sentence opened by "by comparison" or "in comparison", up to its clause's verb. */
const COMPARISON_SENTENCE_OPENS = /^\s*(?:by|in)\s+comparison\s*,[^,;:()]*$/i;
/** "just as it did when the Soviet Union withdrew": a stretch opened by "just as". */
const JUST_AS_OPENS = /^\s*just\s+as\s/i;

/**
 * A comparison opened by "by comparison" or "just as", with an earlier happening: "By comparison, Exxon Valdez spilled
 * 11 million gallons in Alaska's Prince William Sound in 1989 -- the worst oil spill in U.S. history" (Fox News, April
 * 2010), "it has to avoid feeding Pakistani fears that the United States might one day abruptly leave the region, just
 * as it did when the Soviet Union withdrew from Afghanistan in 1989" (Reuters, June 2009) measure the news against a
 * precedent (`background:comparison-clause`). Only with a date more than a year before the report (events.ts): "Just as
 * BP began the procedure on Monday, a storm hit" tells a moment of the story.
 */
export function comparisonOpenedClause(text: string, verbStart: number, sentenceStart: number): boolean {
  const whole = text.slice(sentenceStart, verbStart);
  if (whole.length < 400 && COMPARISON_SENTENCE_OPENS.test(whole) && !/[.!?]/.test(whole)) return true;
  const before = text.slice(Math.max(sentenceStart, verbStart - 200), verbStart);
  let from = 0;
  for (const m of before.matchAll(STRETCH_BOUNDARY)) from = m.index + m[0].length;
  const stretch = before.slice(from);
  return JUST_AS_OPENS.test(stretch) && !/[.!?]/.test(stretch);
}

/** Does the date end more than a year before the report? */
export function overAYearBefore(time: TimeExpression, published: string | null | undefined): boolean {
  if (!published) return false;
  const end = time.value ? dateSpan(time.value)?.last : undefined;
  const report = dayNumber(published.slice(0, 10));
  return end !== undefined && !Number.isNaN(report) && report - end > BIOGRAPHY_DAYS;
}

/**
 * A past happening the sentence tells only beside its claim of how things are now (candidates.ts marks the clause,
 * events.ts drops it when its date ends more than a year before the report, `background:past-under-present-state`):
 * - a relative clause on a phrase of a clause in the present: "Furthermore, the H5N1 rapid replication cycle which
 *   began in 1996 now appears to be over" (Reuters, April 2009) claims the cycle is over; "that still leaves the
 *   Indian Ocean tsunami of 2004, Hurricane Katrina in 2005, the global economic crisis that began in 2008 ... and the
 *   earthquake in Haiti in January" (Washington Post, June 2010) lists past surprises. "The H5N1 rapid replication
 *   cycle began" (1996) and "The global economic crisis began" (2008) are background;
 * - a "since" clause of a clause in the present: what it counts from is a landmark, not the news;
 * - a past clause beside a present state of the same subject, a profile: "Bayona opened in 1990, and according to its
 *   website has since 1995 been one of New Orleans ' top five restaurants in the Zagat Survey" (Reuters, June 2010)
 *   says what the restaurant is; "Bayona opened" (1990) is background.
 * A happening beside a past one stays ("X, which opened in 1990, closed on Monday" keeps "X closed"), and so do one
 * dated to the month or the day (`backgroundUnderPresentState`), one a present verb of telling reports ("The Japanese
 * report also mentions the government inspectors who in 1978 signed a certificate"), and a
 * recent one ("the rig that exploded on April 20 now lies on the sea floor"): events.ts asks the date.
 */
export function pastUnderPresentState(a: Analysis, c: Clause): string | null {
  if (c.tense !== 'past' || c.modal || c.headline) return null;
  const t = a.tokens;
  // (A present that is said: not negated, "he doesn't end up as Jimmy Carter, the U.S. president who lost his 1980
  // reelection bid" tells no state; and with a subject: "the United States ' worst ever oil spill" read "oil" as a verb
  // of no subject. A "that" clause no verb governs has "that" for its subject: "that still leaves the Indian Ocean
  // tsunami of 2004 ...".)
  const present = (x: Clause) =>
    x.tense === 'present' && !x.modal && !x.headline && !x.progressive && !x.negated && (x.subject !== null || (x.kind === 'complement' && x.parent < 0));
  const state = (x: Clause) => {
    if (x.verb.copula) return true;
    const lemma = t.lemma[x.verb.head] || t.norm[x.verb.head];
    if (!STATE_VERBS.has(lemma)) return false;
    if (lemma !== 'have') return true;
    // ("and has since spread to 74 countries": "has" read apart from its participle past "since" is a present perfect
    // of a happening; "has since 1995 been one of New Orleans ' top five restaurants" is one of a state.)
    const end = a.sentences[x.sentence].tokenEnd;
    // (The tagger may read "spread" after "since" as a noun: past an adverb or "since", only "been" is a state's.)
    let skipped = false;
    for (let i = x.verb.head + 1; i < Math.min(end, x.verb.head + 5); i++) {
      if (t.tag[i] === 'ADV' || t.tag[i] === 'ADP' || t.tag[i] === 'SCONJ' || t.tag[i] === 'NUM') {
        skipped = true;
        continue;
      }
      return skipped || t.tag[i] === 'VERB' || t.tag[i] === 'AUX' ? t.norm[i] === 'been' : true;
    }
    return true;
  };
  const parent = c.parent >= 0 ? a.clauses[c.parent] : null;
  // (Not under a verb of telling: what a report "mentions" or "shows" is what it reports.)
  const telling = (x: Clause) => [SAYING_VERBS, ANNOUNCING_VERBS, CONTENT_TELLING_VERBS].some((l) => l.has(t.lemma[x.verb.head] || t.norm[x.verb.head]));
  if (c.kind === 'relative' && parent && present(parent) && !telling(parent) && (!parent.perfect || state(parent))) return 'clause:under-present-state';
  // ("The "influenza A (H1N1)" designation refers to a family of flu strains, including one of the current seasonal
  // strains and the strain that caused the 1918 influenza pandemic" (Reuters, April 2009; the judges: a background fact in
  // a definitional sentence): a relative clause on a member of a list that a participle ("including") hangs on a clause
  // in the present is under that present as well; "The strain caused the 1918 influenza pandemic" says which strain.)
  if (c.kind === 'relative' && parent?.kind === 'participial' && parent.tense === 'nonfinite' && parent.subjectFrom === 'controller' && parent.parent >= 0) {
    const frame = a.clauses[parent.parent];
    if (present(frame) && !telling(frame) && (!frame.perfect || state(frame))) return 'clause:under-present-state';
  }
  if (c.kind === 'adverbial' && c.marker >= 0 && t.norm[c.marker] === 'since' && parent && present(parent) && state(parent))
    return 'clause:under-present-state';
  if (c.parent >= 0 || (c.kind !== 'main' && c.kind !== 'coordinate')) return null;
  const [from, to] = a.clauseRange[c.sentence];
  // ("While the very young and the very old are most at risk with seasonal flu, the 1918 pandemic primarily struck young
  // adults" (Reuters, April 2009; the judges: a background characteristic of the 1918 pandemic, no happening): a
  // subordinate clause of time or concession in the present cannot tell the time of a past clause, so it sets a state of
  // now against it, and the past clause is told as the contrast; "While BP was drilling the well, it exploded" is in the
  // past and tells the moment.)
  const against = a.clauses.slice(from, to).some(
    (x) =>
      x.parent === c.id &&
      x.kind === 'adverbial' &&
      x.marker >= 0 &&
      CONTRAST_ROLES.has(SUBORDINATORS.get(t.norm[x.marker]) ?? '') &&
      t.norm[x.marker] !== 'since' &&
      // (The layer may leave a coordinated subject unread, "the very young and the very old are": the tense is enough.)
      x.tense === 'present' &&
      !x.modal &&
      !x.progressive &&
      !x.negated &&
      state(x),
  );
  if (against) return 'clause:against-present-state';
  const beside = a.clauses.slice(from, to).some(
    (x) =>
      x.id !== c.id &&
      x.parent < 0 &&
      (x.kind === 'main' || x.kind === 'coordinate') &&
      x.verb.start > c.verb.start &&
      x.tense === 'present' &&
      !x.modal &&
      !x.headline &&
      !x.progressive &&
      !x.negated &&
      state(x) &&
      ((x.subjectFrom === 'shared' && x.conjunctOf === c.id) ||
        // ("Bayona opened in 1990, and according to its website has since 1995 been ...": "and" hands on the subject.)
        (x.subject === null && Array.from({ length: x.verb.start - c.verb.end }, (_, k) => c.verb.end + k).some((i) => t.norm[i] === 'and'))),
  );
  return beside ? 'clause:beside-present-state' : null;
}

/** How many clauses up a precedent's frame is looked for: "noting that the 1918 flu outbreak which killed ..." is three. */
const FRAME_HOPS = 4;

/**
 * A past happening set beside the news by a verb of noting, recalling or comparing that governs it (candidates.ts marks
 * the clause, events.ts drops it when its date ends more than a year before the report, `background:precedent-cited`):
 * "The 1970 Shell blowout happened on a production platform, he notes" (Washington Post, July 2010); "Fukuda, however,
 * cautioned against the idea that the outbreak could be a 'mild pandemic', noting that the 1918 Spanish flu outbreak
 * which killed tens of millions of people worldwide came in a series of increasingly lethal waves" (Guardian, April
 * 2009); "The Democratic discontent with the government's response today ... contrasts with majority GOP support for
 * federal efforts a few weeks after Katrina struck in 2005" (Washington Post, June 2010). The judges: background cited
 * for comparison, no happening of the story. A recent one noted stays ("BP noted that the well was capped last week"):
 * events.ts asks the date.
 */
export function pastInPrecedentFrame(a: Analysis, c: Clause): string | null {
  if (c.tense !== 'past' || c.modal || c.headline) return null;
  const t = a.tokens;
  let x = c;
  for (let hop = 0; hop < FRAME_HOPS && x.parent >= 0; hop++) {
    const p = a.clauses[x.parent];
    const lemma = t.lemma[p.verb.head] || t.norm[p.verb.head];
    if (PRECEDENT_FRAME_VERBS.has(lemma) && !p.negated && !p.modal) return 'clause:in-precedent-frame';
    x = p;
  }
  return null;
}

/** A past clause marked by `pastUnderPresentState`, dated more than a year before the report: background. */
export function backgroundUnderPresentState(rules: readonly string[], time: TimeExpression, published: string | null | undefined): string | null {
  if (!published) return null;
  // (Any precision: a precedent noted with its day is still one, told for comparison.)
  if (rules.includes('clause:in-precedent-frame') && overAYearBefore(time, published)) return 'background:precedent-cited';
  if (rules.includes('clause:caption-before-lead') && overAYearBefore(time, published)) return 'background:caption-before-lead';
  const against = rules.includes('clause:against-present-state');
  if (!(against || rules.includes('clause:under-present-state') || rules.includes('clause:beside-present-state'))) return null;
  // (Only a year: a writer who gives the day tells a happening, "the Japan Air Lines 747 jumbo jet which crashed into a
  // mountain in Japan on August 12, 1985, killing 520 people" after "Boeing Co is the manufacturer of"; a bare year
  // places the thing: "the global economic crisis that began in 2008", "Bayona opened in 1990".)
  if (time.precision !== 'year') return null;
  const end = time.value ? dateSpan(time.value)?.last : undefined;
  const report = dayNumber(published.slice(0, 10));
  if (end === undefined || Number.isNaN(report) || report - end <= BIOGRAPHY_DAYS) return null;
  return against ? 'background:past-against-present-state' : 'background:past-under-present-state';
}

/** Roles of a subordinator (lexicon/grammar.ts SUBORDINATORS) whose present clause may be set against a past one. */
const CONTRAST_ROLES = new Set(['time', 'concession']);

/** A name as compared with the publisher's: lower case, without "the" and a possessive; a domain by its name ("theguardian.com": "guardian"). */
const outletKey = (s: string) => {
  const key = s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const domain = /^(?:www\.)?([a-z0-9-]+)(?:\.[a-z]{2,3})+$/.exec(key);
  return domain ? domain[1].replace(/^the(?=[a-z]{4})/, '') : key;
};

/**
 * "The Guardian reported earlier this week that Transocean had come under scrutiny from the HSE" in the Guardian of 8
 * September 2010: the publishing outlet telling of its own earlier reporting is the page speaking of itself, no happening
 * of the story (`furniture:outlet-own-report`). Another outlet's report stays: "On Sunday, the
 * Washington Post reported that the US Coast Guard had granted BP 74 requests" in a BBC story; and so does the publisher
 * acting in the story ("When the Guardian challenged BP ..."): only a verb of newsgathering (report, reveal, learn).
 */
export function outletOwnReport(subject: string, lemma: string, publisher: string | null | undefined): boolean {
  if (!publisher || !NEWSGATHERING_VERBS.has(lemma)) return false;
  const key = outletKey(publisher);
  const known = NEWS_AGENCIES.find((s) => [s.name, ...s.aliases].some((n) => outletKey(n) === key));
  const names = new Set([key, ...(known ? [known.name, ...known.aliases].map(outletKey) : [])]);
  // ("The Times reported the leak" in The New York Times: the paper by the last word of its name, written with "the".)
  const words = key.split(' ');
  if (words.length > 1 && /^the\s/i.test(subject.trim())) names.add(words[words.length - 1]);
  return names.has(outletKey(subject));
}
