/**
 * complements: what a title's last words need from the words right after them in the sentence. A title built from
 * the clause keeps its subject, verb and object; a phrase the verb or the object says nothing without, written after
 * them, is kept when the title has room, or the clause gives no title (a cut title reads as the whole fact):
 *
 * - `title:role-as-phrase`: the post an "as" phrase names ("Bob Dudley took over from Tony Hayward as BP's point man");
 *   `title-cut:role-left-out` after a verb of taking or leaving a post (POST_VERBS) when it does not fit.
 * - `title:verb-goal`: where the object was put or what it was made into ("Congress changed the National Military
 *   Establishment into the Department of Defense"); `title-cut:goal-left-out`.
 * - `title:prevented-from`: what a passive of preventing kept its subject from ("A photographer was prevented from
 *   flying over the ocean"); `title-cut:prevented-from-what`.
 * - `title:deed-keeps-content`: what an order, a request, a bill says (DEED_NOUNS: "The Obama administration issued
 *   an order limiting their use"); `title-cut:deed-without-content`. `title:deed-of-phrase`: "a" noun named by a bare
 *   noun's "of" ("signed a letter of intent [to acquire AMC]"); `title:deed-bare-plural`: a plural alone ("signed
 *   contracts") does not stand without its content; `title-cut:deed-list-cut`: its phrase a list cut after one name.
 * - `title:bare-noun-keeps-participle`: the participle that says which, after a noun with only "a" ("Britain released a
 *   Libyan convicted of blowing up a U.S. plane"); `title-cut:bare-noun-without-participle`.
 * - `title:goal-before-purpose`: where a motion went before the infinitive of its purpose ("Kenneth Feinberg flew to
 *   Mississippi and Louisiana to get started"); `title-cut:goal-before-purpose`.
 * - `title:price-level`: the figure a price closed or opened at ("BP's share price closed at £4.95");
 *   `title-cut:price-level-left-out`.
 * - `title:arrival-keeps-place`: where a verb of arriving ended ("President Obama arrived Friday in the Gulf");
 *   `title-cut:arrival-without-place`.
 * - `title:offer-keeps-target`: what an offer or a bid is for (OFFER_NOUNS: "TWA made a 1.4 billion dlr offer for USAir
 *   Group"); `title-cut:offer-without-target`. `title:paid-keeps-what`: what an amount was paid or offered for
 *   (PAYING_VERBS); `title-cut:paid-for-what`.
 * - `title:object-past-phrase-kept`: a verb's object written after its phrase and a time ("Congress received from the
 *   White House on Wednesday a $15 million request"); `title-cut:object-past-phrase`.
 */
import {
  ARRIVAL_VERBS,
  AS_NOT_ROLE,
  DEED_NOUNS,
  DEED_OF_NOUNS,
  FILED_NOUNS,
  GOAL_PREPOSITIONS,
  INFINITIVE_NOUNS,
  OBJECT_STATE_WORDS,
  OFFER_NOUNS,
  PAYING_VERBS,
  POST_VERBS,
  PREVENTING_VERBS,
  PRICE_LEVEL_VERBS,
} from '../lexicon/events';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { OWNER_PRONOUNS } from '../lexicon/grammar';
import { FULL_WEEKDAY_NAMES, MONTH_ABBREVIATION_PATTERN } from '../lexicon/time';
import type { NounPhrase } from '../nlp/noun-phrases';
import { Flag, type TokenTable } from '../nlp/tokens';

/** The title-building helpers of candidates.ts this stage reads. */
export interface TitleHelpers {
  /** A phrase's words, its apposition left out. */
  core(np: NounPhrase): number[];
  /** A phrase cut to what names it. */
  short(np: NounPhrase): number[];
  /** Does the title of these tokens fit (dates not counted)? */
  fits(ids: number[]): boolean;
  /** An infinitive's, a participle's or a gerund's words for a title ([] when it cannot be written). */
  clauseWords(x: Clause): number[];
  /** The same, its phrases cut to what names them. */
  clauseShort(x: Clause): number[];
  /** Does the phrase end whole inside the sentence (not cut short by the chunker)? */
  whole(np: NounPhrase): boolean;
  /** Is the token a word a reader counts? */
  isWord(i: number): boolean;
}

/** The title's words: each token kept, with the role of the phrase it came in. */
export type Roles = Map<number, 'subject' | 'verb' | 'object' | 'agent' | 'phrase'>;

/** Words a time after token `at` spans ("on Friday", "Monday", "last week", "early this morning", "earlier in July"), or 0. */
export function timeAfter(a: Analysis, k: number, at: number): number {
  const t = a.tokens;
  // ("BP reached an agreement earlier in July to sell ...": "earlier" and "later" open a time as "early" does.)
  const shift = /^(?:early|late|earlier|later)$/.test(t.norm[at]) ? 1 : 0;
  const time = a.nounPhrases[k].find((np) => np.temporal && (np.start === at + shift || np.preposition === at + shift));
  return time ? time.end : at;
}

/** A weekday's name, or a word that begins as a month's does ("Jan", "June", "Sept."). */
const DAY_OR_MONTH_START = new RegExp(`^(?:${FULL_WEEKDAY_NAMES.join('|')}|${MONTH_ABBREVIATION_PATTERN})`);

/**
 * ("President Barack Obama signed an executive order renaming the President's Council [on Physical Fitness and
 * Sports]": words that end inside a name, before a preposition and a capitalised word, are cut.)
 */
function endsInsideName(t: TokenTable, ids: number[]): boolean {
  const last = Math.max(...ids);
  const capital = (i: number) => i < t.count && (t.flags[i] & Flag.CAPITALISED) !== 0;
  // (Not a day or a month: "flew to Mississippi and Louisiana on Friday".)
  const time = DAY_OR_MONTH_START.test(t.norm[last + 2] ?? '');
  return capital(last) && t.tag[last + 1] === 'ADP' && /^(?:on|of|for)$/.test(t.norm[last + 1]) && capital(last + 2) && !time;
}

/** Adds the words to the title when it fits with them: full first, then short. */
export function tryAdd(t: TokenTable, tokens: Roles, h: TitleHelpers, options: number[][]): boolean {
  for (const ids of options) {
    if (!ids.length || endsInsideName(t, ids)) continue;
    const all = [...new Set([...tokens.keys(), ...ids])];
    if (h.fits(all)) {
      for (const i of ids) if (!tokens.has(i)) tokens.set(i, 'phrase');
      return true;
    }
  }
  return false;
}

/**
 * Completes the title with the phrase its last words need, or names why it cannot: null when the title stands (with
 * or without words added; the rule added is pushed on `rules`), else the name of the rule that sets it aside.
 */
export function completeComplements(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const k = c.sentence;
  const nps = a.nounPhrases[k];
  const sEnd = a.sentences[k].tokenEnd;
  const clauses = a.clauses.slice(a.clauseRange[k][0], a.clauseRange[k][1]);
  const words = [...tokens.keys()].filter((i) => h.isWord(i)).sort((x, y) => x - y);
  const last = words[words.length - 1];
  if (last === undefined) return null;
  const lemma = (i: number) => t.lemma[i] || t.norm[i];
  const verbLemma = lemma(c.verb.head);
  // ("Congress received from the White House on Wednesday a $15 million request to fund the commission": a long object
  // written after the verb's phrase and a time; the title stopped before it, "Congress received from the White House"
  // says not what. The object is kept in the sentence's order when the title has room, else no title:
  // `title:object-past-phrase-kept`, `title-cut:object-past-phrase`. (With nothing between the phrase and the object,
  // "BP increased by $8 billion the financial provisions", candidates.ts sets the clause aside first.)
  const shifted = c.object;
  if (
    shifted &&
    !shifted.temporal &&
    !shifted.pronoun &&
    shifted.preposition < 0 &&
    shifted.start > last &&
    // (Only a verb without "be" with a preposition right after it, not a particle: "Five new cases were diagnosed in the
    // UK today four schoolchildren ..." is a passive's list run on, "BP choked off the flow a mile under the water's
    // surface" a measure after the object.)
    !Array.from({ length: c.verb.head - c.verb.start }, (_, q) => c.verb.start + q).some((i) => lemma(i) === 'be' || lemma(i) === 'get') &&
    t.tag[Math.max(c.verb.end, c.verb.particle + 1)] === 'ADP' &&
    !/^(?:off|up|out|down|back|away|over|in|on)$/.test(t.norm[Math.max(c.verb.end, c.verb.particle + 1)]) &&
    tokens.has(Math.max(c.verb.end, c.verb.particle + 1)) &&
    last > Math.max(c.verb.end, c.verb.particle + 1) - 1 &&
    tokens.has(c.verb.head) &&
    ![...tokens.keys()].some((i) => i >= shifted.start && i < shifted.end) &&
    t.tag[shifted.start - 1] !== 'CCONJ' &&
    timeAfter(a, k, last + 1) === shifted.start
  ) {
    if (tryAdd(t, tokens, h, [h.core(shifted), h.short(shifted)])) {
      rules.push('title:object-past-phrase-kept');
      return completeComplements(a, c, tokens, rules, h);
    }
    return 'title-cut:object-past-phrase';
  }
  const at = timeAfter(a, k, last + 1);
  if (at >= sEnd) return goalBeforePurpose(a, c, tokens, rules, h, words);
  const prep = t.norm[at];
  const after = nps.find((np) => np.start === at + 1) ?? null;
  // (A common noun that an -ing word after it carries on is cut: "a full deal on virus [sharing]"; not a name, "against
  // British-based oil giant BP Plc saying ...".)
  const carriedOn = (np: NounPhrase) => t.tag[np.end] === 'VERB' && /ing$/.test(t.norm[np.end]) && t.tag[np.end - 1] === 'NOUN';
  const usable = (np: NounPhrase | null): np is NounPhrase => np !== null && !np.temporal && !np.pronoun && h.whole(np) && !carriedOn(np);
  // (The phrase ends the sentence's run of words there: punctuation, the end, or a time.)
  const closes = (i: number) => i >= sEnd || (t.tag[i] === 'PUNCT' && !/^[-–]$/.test(t.norm[i])) || timeAfter(a, k, i) !== i;
  // ("Dudley took over from Hayward as BP's point man on the cleanup in June": the post an "as" phrase names is part
  // of the fact; without it the title read as Dudley taking over at the head of BP. Not "as" opening
  // a clause, "reaches Texas as tar balls wash ashore", nor "as usual".)
  if (
    prep === 'as' &&
    usable(after) &&
    !AS_NOT_ROLE.has(t.norm[after.head]) &&
    (t.tag[after.head] === 'NOUN' || t.tag[after.head] === 'PROPN') &&
    !clauses.some((x) => x.marker === at || (x.subject?.start === after.start && x.verb.start >= after.end)) &&
    !['VERB', 'AUX'].includes(t.tag[after.end] ?? '')
  ) {
    const post = POST_VERBS.has(verbLemma);
    const of = t.norm[after.end] === 'of' ? nps.find((np) => np.start === after.end + 1) : undefined;
    const ofWords = of && usable(of) ? [after.end, ...h.core(of)] : [];
    // (After another verb, only a phrase that ends there: "Shares in BP plunged 7% today as investors panicked about
    // ..." is a clause the tagger read as a noun, "BP workers finished pouring cement into the well as a first step
    // [to permanently sealing it]" a purpose cut short.)
    if (!post && !closes(ofWords.length ? of!.end : after.end)) return null;
    if (
      tryAdd(t, tokens, h, [
        [at, ...h.core(after), ...ofWords],
        [at, ...h.core(after)],
        [at, ...h.short(after)],
      ])
    ) {
      rules.push('title:role-as-phrase');
      return null;
    }
    return post ? 'title-cut:role-left-out' : null;
  }
  // ("BP's share price closed on Friday at £4.95, but fell to £4.12 ...": the level a price closed or opened at is the
  // fact; "BP's share price closed" reads as cut off. Past a time; only a figure, not "closed at the end of June".)
  // ("GenCorp stock closed yesterday in composite tape trading at 90.50 dlrs a share": past a phrase of where it traded
  // too; "GenCorp stock closed" read as the stock ceasing: `title:price-level-past-place`.)
  // (A day the tagger read as an adverb, "closed yesterday in ...", is a time too.)
  const p0 = /^(?:yesterday|today|tonight)$/.test(t.norm[at]) && t.tag[at] === 'ADV' ? at + 1 : at;
  const place = nps.find((np) => np.preposition === p0 && (t.norm[p0] === 'in' || t.norm[p0] === 'on') && !np.temporal) ?? null;
  const market = place && usable(place) ? timeAfter(a, k, place.end) : -1;
  const levelAt = t.norm[p0] === 'at' ? p0 : market >= 0 && t.norm[market] === 'at' ? market : -1;
  const level = levelAt >= 0 ? (nps.find((np) => np.start === levelAt + 1) ?? null) : null;
  // ("Woolworths shares closed on Australian stock exchanges today at 3.50 dlrs", Reuters 1987: the title may hold the
  // place already; "Woolworths shares closed on Australian stock exchanges" was judged cut off before the price, and
  // reads as the shares shut down.)
  const placeHeld = nps.some(
    (np) => np.end === last + 1 && np.preposition === c.verb.end && (t.norm[np.preposition] === 'in' || t.norm[np.preposition] === 'on') && !np.temporal,
  );
  if (
    levelAt >= 0 &&
    PRICE_LEVEL_VERBS.has(verbLemma) &&
    (last === c.verb.end - 1 || placeHeld) &&
    tokens.has(c.verb.head) &&
    usable(level) &&
    Array.from({ length: level.end - level.start }, (_, q) => level.start + q).some((i) => t.tag[i] === 'NUM')
  ) {
    if (levelAt !== p0) rules.push('title:price-level-past-place');
    if (tryAdd(t, tokens, h, [[levelAt, ...h.core(level)]])) {
      rules.push('title:price-level');
      return null;
    }
    return 'title-cut:price-level-left-out';
  }
  // ("President Obama arrived Friday in the Gulf, where he planned to tour a beach": a title that ends on a verb of
  // arriving, with the place after it in the sentence (past a time), keeps the place; "President Obama arrived" says
  // not where. Kept when the title has room, else no title.)
  if (
    (prep === 'in' || prep === 'at') &&
    t.tag[at] === 'ADP' &&
    ARRIVAL_VERBS.has(verbLemma) &&
    last === Math.max(c.verb.end, c.verb.particle + 1) - 1 &&
    tokens.has(c.verb.head) &&
    usable(after)
  ) {
    if (
      tryAdd(t, tokens, h, [
        [at, ...h.core(after)],
        [at, ...h.short(after)],
      ])
    ) {
      rules.push('title:arrival-keeps-place');
      return null;
    }
    return 'title-cut:arrival-without-place';
  }
  // ("Congress changed the National Military Establishment into the Department of Defense two years later", "one mother
  // pressed her baby's face into the costumed character Pluto's furry snout": after a verb's object, "into" or "onto"
  // says what the object became or where it was put, the verb's complement; "Congress changed the National Military
  // Establishment" says neither.)
  const object = nps.find((np) => np.end === last + 1 && tokens.has(np.head) && np.preposition < 0 && !np.temporal);
  if (
    (prep === 'into' || prep === 'onto') &&
    object &&
    object.start > c.verb.start &&
    ['VERB', 'ADV', 'ADP', 'PART'].includes(t.tag[object.start - 1] ?? '') &&
    usable(after)
  ) {
    const of = t.norm[after.end] === 'of' ? nps.find((np) => np.start === after.end + 1) : undefined;
    const ofWords = of && usable(of) ? [after.end, ...h.core(of)] : [];
    if (
      tryAdd(t, tokens, h, [
        [at, ...h.core(after), ...ofWords],
        [at, ...h.core(after)],
        [at, ...h.short(after)],
      ])
    ) {
      rules.push('title:verb-goal');
      return null;
    }
    // ("A BP-chartered vessel lowered a 100-ton concrete-and-steel vault onto a ruptured well": the object cut to its
    // head makes room.)
    const objectCut = h.short(object);
    const dropped = h.core(object).filter((i) => !objectCut.includes(i));
    if (dropped.length) {
      for (const i of dropped) tokens.delete(i);
      if (tryAdd(t, tokens, h, [[at, ...h.short(after)]])) {
        rules.push('title:verb-goal', 'title:verb-goal-short-object');
        return null;
      }
      for (const i of dropped) tokens.set(i, 'object');
    }
    // (A title whose goal the title cannot hold stays: "BP pumped heavy drilling mud" is whole if less precise.)
    return null;
  }
  // ("Gulf shipping sources yesterday reported an Iranian warship had set the Cypriot supertanker Pivot on fire with a
  // missile" (Reuters, 17 March 1987): the state a verb left its object in is the fact; "An Iranian warship had set
  // Pivot" says nothing. "on fire" or a state word (OBJECT_STATE_WORDS: "ablaze", "adrift") right after the
  // object is kept, `title:object-state-kept`, or the clause gives no title, `title-cut:object-state-left-out`.)
  const stateWords = prep === 'on' && after && after.end === at + 2 && t.norm[at + 1] === 'fire' ? [at, at + 1] : OBJECT_STATE_WORDS.has(prep) ? [at] : [];
  if (stateWords.length && object && object.start > c.verb.start && at === last + 1 && tokens.has(c.verb.head)) {
    if (tryAdd(t, tokens, h, [stateWords])) {
      rules.push('title:object-state-kept');
      return null;
    }
    return 'title-cut:object-state-left-out';
  }
  // ("a photographer with the New Orleans Times-Picayune was prevented from flying over the ocean", "reporter Mac
  // McClelland was blocked by police from visiting an island": what the subject was kept from is the -ing verb after
  // "from"; "A photographer was prevented" says nothing.)
  if (prep === 'from' && c.passive && PREVENTING_VERBS.has(verbLemma) && tokens.has(c.verb.head)) {
    const gerund = clauses.find((x) => x.marker === at && x.verb.start === at + 1);
    const ids = gerund ? h.clauseWords(gerund) : [];
    if (ids.length && tryAdd(t, tokens, h, [[at, ...ids]])) {
      rules.push('title:prevented-from');
      return null;
    }
    return 'title-cut:prevented-from-what';
  }
  const offerCut = completeOffer(a, c, tokens, rules, h);
  if (offerCut !== undefined) return offerCut;
  // ("the Obama administration in May issued an order limiting their use", "The House approved a bill Friday to boost
  // safety standards for offshore drilling", "filed a lawsuit on Tuesday challenging the Obama administration's new
  // deepwater oil drilling moratorium": an order, a bill, a lawsuit with "a" is of what follows it; "issued an order"
  // says nothing. Kept when the title has room, else no title.)
  // ("Chrysler, which signed a letter of intent on March 9 to acquire AMC, said ...": "a" noun named by a bare noun's
  // "of" phrase, "a letter of intent", "a memorandum of understanding", "a declaration of intent", is a deed whose
  // content follows; "Chrysler signed a letter of intent" says not to do what: `title:deed-of-phrase`.
  // ("Transocean fired off a scathing letter" is whole: a letter alone is no deed; nor is "a storm of protest" one.)
  const ending = nps.find((np) => np.head === last && tokens.has(np.head));
  const ofOwner =
    ending &&
    ending.preposition >= 0 &&
    t.norm[ending.preposition] === 'of' &&
    ending.start === ending.head &&
    ending.determiner < 0 &&
    t.tag[ending.head] === 'NOUN'
      ? nps.find(
          (np) =>
            np.end === ending.preposition &&
            tokens.has(np.head) &&
            t.tag[np.head] === 'NOUN' &&
            (DEED_OF_NOUNS.has(lemma(np.head)) || DEED_NOUNS.has(lemma(np.head))) &&
            np.determiner >= 0 &&
            /^(?:a|an)$/.test(t.norm[np.determiner]) &&
            np.head === np.end - 1,
        )
      : undefined;
  const deed = ofOwner ?? ending;
  // ("The NHS signed contracts earlier this year with pharmaceutical companies Roche, ... to double its store of
  // antiviral drugs": a plural deed or filing with no article at all is as open as one with "a", and says less; it
  // does not stand alone as "a contract" does: `title:deed-bare-plural`.)
  const barePlural = (np: NounPhrase) => np.determiner < 0 && t.tag[np.head] === 'NOUN' && t.norm[np.head] !== lemma(np.head) && /s$/.test(t.norm[np.head]);
  if (
    deed &&
    (ofOwner || DEED_NOUNS.has(lemma(deed.head)) || FILED_NOUNS.has(lemma(deed.head))) &&
    ((deed.determiner >= 0 && /^(?:a|an)$/.test(t.norm[deed.determiner])) || barePlural(deed)) &&
    !deed.possessor &&
    deed.properName === null
  ) {
    if (ofOwner) rules.push('title:deed-of-phrase');
    if (deed.determiner < 0) rules.push('title:deed-bare-plural');
    // ("The U.S. Congress on Thursday sent President Barack Obama a $106 billion bill to pay for the Iraq and Afghanistan
    // wars": an amount says which bill well enough when what it is for does not fit.)
    // (A filing or a document is a happening by itself: the title stands without its phrase.)
    // (Not a plural alone, "signed contracts": no article, no amount, no word before it, it says not even which kind;
    // "filed separate lawsuits" stands. Nor a deed named by its "of" phrase, "a letter of intent": of intent to do what.)
    // ("On Sunday, the Washington Post reported that the US Coast Guard had granted BP 74 requests to use dispersants
    // over 54 days", BBC, 2 August 2010: a number right before a plural deed counts the deeds and says not what they
    // ask or order; "had granted BP 74 requests" was judged to leave out for what. A count stands no more than a plural
    // alone: `title:counted-deed-needs-content`.)
    const counted = t.tag[deed.head - 1] === 'NUM' && deed.head - 1 >= deed.start && t.norm[deed.head] !== lemma(deed.head) && /s$/.test(t.norm[deed.head]);
    if (counted && DEED_NOUNS.has(lemma(deed.head))) rules.push('title:counted-deed-needs-content');
    let standsAlone =
      (FILED_NOUNS.has(lemma(deed.head)) && !ofOwner && (deed.determiner >= 0 || deed.start < deed.head)) ||
      Array.from({ length: deed.head - deed.start }, (_, q) => deed.start + q).some(
        (i) => t.tag[i] === 'NUM' && !(counted && i === deed.head - 1 && DEED_NOUNS.has(lemma(deed.head))),
      );
    const content = clauses.find(
      (x) =>
        (x.start === at || x.marker === at) &&
        x.verb.start >= at &&
        (x.kind === 'infinitive' || x.kind === 'participial' || x.kind === 'relative' || (t.tag[x.verb.head] === 'VERB' && /ing$/.test(t.norm[x.verb.head]))),
    );
    // (Not a phrase of one's own: "issued a similar warning on his return" says when, not what.)
    const phrase =
      !content &&
      t.tag[at] === 'ADP' &&
      /^(?:on|about|for|against|with|from|by|into|over)$/.test(prep) &&
      usable(after) &&
      !after.possessor?.pronoun &&
      !OWNER_PRONOUNS.has(t.norm[after.start])
        ? after
        : null;
    // ("signed contracts ... with pharmaceutical companies Roche, which makes Tamiflu, and GlaxoSmithKline": a plural
    // noun before one name, the phrase ending at a comma, is a list the chunker cut after its first name; "with
    // pharmaceutical companies Roche" names one of them as all. No title: `title-cut:deed-list-cut`.)
    if (phrase && pluralBeforeOneName(t, phrase)) return standsAlone ? null : 'title-cut:deed-list-cut';
    if (!content && !phrase) return null;
    // ("China's Ministry of Agriculture, for example, on Wednesday denied overseas reports charging that dead pigs found
    // in a south eastern province might be to blame for swine flu", Timeline17, Reuters: a participle with a "that"
    // clause after it says what the reports claim, and reports denied or confirmed are that claim; "denied overseas
    // reports" was judged to leave out what they said. Such plural filings, no article before them, do not stand alone;
    // "The Environmental Protection Agency released a study Monday concluding that ..." does.)
    const claimed = content !== undefined && content.kind === 'participial' && t.norm[content.verb.end] === 'that' && deed.determiner < 0;
    if (claimed) standsAlone = false;
    let ids: number[] = [];
    let short: number[] = [];
    if (content) {
      const marker = x0(content, t.norm, at);
      const w = h.clauseWords(content);
      if (!w.length) return standsAlone ? null : 'title-cut:deed-without-content';
      // ("Japan submitted a report earlier this month alleging South Korea's plan to import less from Japan and more from
      // the U.S.": content that ends on a plan says what the plan is with its infinitive; "alleging South Korea's plan"
      // is cut (Reuters first look). With it, or not at all: `title:deed-content-keeps-infinitive`.)
      const end = w[w.length - 1];
      const plan = INFINITIVE_NOUNS.has(lemma(end))
        ? clauses.find((x) => x.kind === 'infinitive' && (x.start === end + 1 || x.marker === end + 1) && x.verb.start > end)
        : undefined;
      if (plan) {
        const more = h.clauseWords(plan);
        if (!more.length) return standsAlone ? null : 'title-cut:deed-without-content';
        const to = more.includes(end + 1) ? [] : [end + 1];
        ids = [...marker, ...w, ...to, ...more];
        if (tryAdd(t, tokens, h, [ids])) {
          rules.push('title:deed-keeps-content', 'title:deed-content-keeps-infinitive');
          return null;
        }
        return standsAlone ? null : 'title-cut:deed-without-content';
      }
      ids = [...marker, ...w];
      short = [...marker, ...h.clauseShort(content)];
    } else if (phrase) {
      // ("approved a request from Louisiana Gov. Bobby Jindal to have the federal government pay ...": a phrase that goes
      // on in an infinitive is only whose it is; the infinitive says what.)
      const goesOn = clauses.find((x) => x.kind === 'infinitive' && x.start === phrase.end);
      const rest = goesOn ? h.clauseWords(goesOn) : [];
      if (goesOn && !rest.length) return standsAlone ? null : 'title-cut:deed-without-content';
      ids = [at, ...h.core(phrase), ...rest];
      short = [at, ...h.short(phrase), ...rest];
    }
    if (tryAdd(t, tokens, h, [ids, short])) {
      rules.push('title:deed-keeps-content');
      return null;
    }
    return standsAlone ? null : 'title-cut:deed-without-content';
  }
  // ("Britain released a Libyan convicted of blowing up a U.S. plane", "a human H2N2 virus combined with the genes of a
  // strain found in wild ducks": a noun with only "a" before it, and a participle after it that says which, is nothing
  // without the participle; "Britain released a Libyan" says not who. Kept when the title has room, else no title.)
  const bare = nps.find((np) => np.head === last && np.end === last + 1 && tokens.has(np.head));
  if (
    bare &&
    at === last + 1 &&
    bare.determiner === bare.start &&
    bare.head === bare.start + 1 &&
    /^(?:a|an)$/.test(t.norm[bare.determiner]) &&
    t.tag[at] === 'VERB' &&
    // (A past participle: "a forecast showing 61 [percent ...]" is the forecast's content, no restriction.)
    !/ing$/.test(t.norm[at])
  ) {
    const participle = clauses.find((x) => x.verb.start === at && x.kind === 'participial' && x.rules.includes('participle-describes-noun'));
    let ids = participle ? h.clauseWords(participle) : [];
    // ("convicted of blowing up a U.S. plane": a participle whose phrase is a gerund's.)
    const gerund = participle && ids.length === 1 ? clauses.find((x) => x.marker === participle.verb.end && x.parent === participle.id) : undefined;
    if (gerund) {
      const more = h.clauseWords(gerund);
      ids = more.length ? [...ids, gerund.marker, ...more] : [];
    }
    // (A participle with nothing after it but a time says no more: "indicated in an interview published on Monday".)
    if (ids.length > 1 && tryAdd(t, tokens, h, [ids])) {
      rules.push('title:bare-noun-keeps-participle');
      return null;
    }
    if (participle && ids.length !== 1) return 'title-cut:bare-noun-without-participle';
  }
  return goalBeforePurpose(a, c, tokens, rules, h, words);
}

/**
 * What an offer the title ends on is for (`title:offer-keeps-target`, `title:offer-amount-dropped`): null when the
 * title stands, the cut's name when it cannot be written whole, undefined when the title does not end on an offer with
 * a "for" phrase after it. Read again by events/phrase-end.ts when its guard writes the noun ("its 92.50 dlrs a share
 * [offer]").
 */
export function completeOffer(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null | undefined {
  const t = a.tokens;
  const k = c.sentence;
  const nps = a.nounPhrases[k];
  const words = [...tokens.keys()].filter((i) => h.isWord(i)).sort((x, y) => x - y);
  const last = words[words.length - 1];
  if (last === undefined) return undefined;
  const at = timeAfter(a, k, last + 1);
  if (at >= a.sentences[k].tokenEnd || t.norm[at] !== 'for' || t.tag[at] !== 'ADP') return undefined;
  const lemma = (i: number) => t.lemma[i] || t.norm[i];
  const after = nps.find((np) => np.start === at + 1) ?? null;
  const usable = (np: NounPhrase | null | undefined): np is NounPhrase => !!np && !np.temporal && !np.pronoun && h.whole(np);
  // ("Yesterday, Icahn's Transworld Airlines Inc TWA made a 1.4 billion dlr offer for USAir Group", "TransCanada
  // PipeLines yesterday announced a 4.3 billion dlr Canadian (3.22 billion U.S.) bid for all of Dome's assets": an offer
  // or a bid is for what its "for" phrase names; "made a 1.4 billion dlr offer" says not for what, and
  // cannot be understood alone.) Kept when the title has room, with the phrase's own "of" ("all of Dome's assets"), else no title. A
  // price after "for" is no target ("an offer for 52 dlrs a share"): the title stands.)
  const offer = nps.find((np) => np.head === last && np.end === last + 1 && tokens.has(np.head) && !np.temporal);
  if (offer && OFFER_NOUNS.has(lemma(offer.head)) && after && !after.temporal) {
    const price = Array.from({ length: after.end - after.start }, (_, q) => after.start + q).some((i) => t.tag[i] === 'NUM' || t.tag[i] === 'SYM');
    if (price) return undefined;
    // ("for all its assets": the chunker read "all" and "its assets" as two phrases; the second is the first's.)
    const predeterminer = /^(?:all|both|half)$/.test(t.norm[after.head]) && after.head === after.end - 1;
    const owned = predeterminer ? nps.find((np) => np.start === after.end && np.preposition < 0 && !np.temporal) : undefined;
    const of = owned ?? (t.norm[after.end] === 'of' ? nps.find((np) => np.start === after.end + 1 || np.preposition === after.end) : undefined);
    if (of?.temporal) return undefined;
    const ofWords = of ? (usable(of) || (owned && h.whole(owned)) ? [...(owned ? [] : [after.end]), ...h.core(of)] : null) : [];
    // (A phrase with its "of" ends whole where the "of" phrase does, and is placed by it: "all of Dome's assets".)
    const target = of ? true : usable(after);
    if (
      target &&
      ofWords !== null &&
      tryAdd(t, tokens, h, [
        [at, ...h.core(after), ...ofWords],
        [at, ...h.short(after), ...ofWords],
      ])
    ) {
      rules.push('title:offer-keeps-target');
      return null;
    }
    // ("made a 1.4 billion dlr offer for USAir Group": without room for both, what is bid for is the fact; the amount
    // before the noun goes, when the article still reads, "a bid", "its offer": `title:offer-amount-dropped`.)
    const dropped = amountBefore(t, offer.head);
    const article = dropped.length ? t.norm[dropped[0] - 1] : '';
    const open = dropped.find((i) => t.norm[i] === '(') ?? -1;
    const inBrackets = (i: number) => open >= 0 && i >= open && dropped.some((j) => j >= i && t.norm[j] === ')');
    const nextKept = dropped.length ? (t.norm[dropped[dropped.length - 1] + 1] ?? '') : '';
    const agrees = article === 'a' ? !/^[aeiou]/.test(nextKept) : article === 'an' ? /^[aeiou]/.test(nextKept) : true;
    if (target && ofWords !== null && dropped.length && agrees && dropped.every((i) => tokens.has(i) || inBrackets(i))) {
      const roles = dropped.filter((i) => tokens.has(i)).map((i) => [i, tokens.get(i)!] as const);
      for (const i of dropped) tokens.delete(i);
      if (
        tryAdd(t, tokens, h, [
          [at, ...h.core(after), ...ofWords],
          [at, ...h.short(after), ...ofWords],
        ])
      ) {
        rules.push('title:offer-keeps-target', 'title:offer-amount-dropped');
        return null;
      }
      for (const [i, r] of roles) tokens.set(i, r);
    }
    return 'title-cut:offer-without-target';
  }
  // ("In February USAir had offered to pay 71 dlrs per share in cash for 50 pct of Piedmont's stock": an amount paid or
  // offered is paid for what the "for" phrase after it names; "USAir had offered to pay 71 dlrs per share in cash" says
  // not for what. Kept when the title has room, else no title: `title:paid-keeps-what`,
  // `title-cut:paid-for-what`.)
  const paying = words.find((i) => t.tag[i] === 'VERB' && PAYING_VERBS.has(lemma(i)));
  if (paying !== undefined && words.some((i) => i > paying && t.tag[i] === 'NUM') && after && !after.temporal && !after.pronoun) {
    const of = t.norm[after.end] === 'of' ? nps.find((np) => np.start === after.end + 1 || np.preposition === after.end) : undefined;
    if (of?.temporal) return undefined;
    const ofWords = of ? (usable(of) ? [after.end, ...h.core(of)] : null) : [];
    // ("In 2008, BP paid C$1.2 billion for rights to explore three parcels in Canada's Beaufort Sea": rights, a plan or a
    // licence is to do what its infinitive says; "paid C$1.2 billion for rights" is cut before it.)
    const end = of ? of.end : after.end;
    const clauses = a.clauses.slice(a.clauseRange[k][0], a.clauseRange[k][1]);
    const purpose = clauses.find((x) => x.kind === 'infinitive' && (x.marker === end || x.start === end) && x.verb.start >= end);
    const more = purpose ? h.clauseWords(purpose) : [];
    const to = purpose && !more.includes(end) ? [end] : [];
    if (
      (of ? true : usable(after)) &&
      ofWords !== null &&
      !(purpose && !more.length) &&
      tryAdd(t, tokens, h, [
        [at, ...h.core(after), ...ofWords, ...to, ...more],
        [at, ...h.short(after), ...ofWords, ...to, ...more],
      ])
    ) {
      rules.push('title:paid-keeps-what');
      return null;
    }
    return 'title-cut:paid-for-what';
  }
  return undefined;
}

/** Units and currencies of an amount written before its noun: "a 1.4 billion dlr offer", "its 100 dlr a share bid". */
const AMOUNT_UNITS = /^(?:dlrs?|dollars?|pct|percent|mln|bln|billion|million|cts?|cents?|stg|yen|marks|francs|canadian|u\.s\.|us|a|per|share|-)$/;

/**
 * The words of the amount before a head, after the article or the owner that opens the phrase and any adjectives, a
 * bracketed aside after it too ("a 4.3 billion dlr Canadian (3.22 billion U.S.) bid", "a 40 dlr a share tender offer",
 * "the agreed 384 mln dlr offer"), or [] when no article or owner opens the phrase or no number is in it.
 */
function amountBefore(t: TokenTable, head: number): number[] {
  const opens = (j: number) => t.tag[j] === 'DET' || (t.tag[j] === 'PRON' && /^(?:its|his|her|their)$/.test(t.norm[j])) || (t.flags[j] & Flag.POSSESSIVE) !== 0;
  let j = head - 1;
  while (j > head - 14 && j >= 0 && !opens(j) && (t.tag[j] !== 'VERB' || t.norm[j] === 'agreed') && t.tag[j] !== 'ADP' && t.norm[j] !== ',') j--;
  // ("a" of a rate, "40 dlr a share", is no opener.)
  while (j > 0 && t.norm[j] === 'a' && t.norm[j + 1] === 'share' && j > head - 14) {
    j--;
    while (j > head - 14 && j >= 0 && !opens(j) && t.tag[j] !== 'ADP' && t.norm[j] !== ',') j--;
  }
  if (j < 0 || !opens(j)) return [];
  let i = j + 1;
  while (i < head && (t.tag[i] === 'ADJ' || t.norm[i] === 'agreed') && t.tag[i] !== 'NUM') i++;
  const ids: number[] = [];
  while (i < head && (t.tag[i] === 'NUM' || t.tag[i] === 'SYM' || AMOUNT_UNITS.test(t.norm[i])) && !(t.norm[i] === 'a' && t.norm[i + 1] !== 'share'))
    ids.push(i++);
  if (t.norm[i] === '(') {
    let close = i;
    while (close < head && t.norm[close] !== ')') close++;
    if (t.norm[close] !== ')') return [];
    for (let q = i; q <= close; q++) ids.push(q);
    i = close + 1;
  }
  // (Only modifiers between the amount and the head: "tender", "hostile tender".)
  for (let q = i; q < head; q++) if (!['NOUN', 'ADJ', 'PROPN'].includes(t.tag[q])) return [];
  return ids.some((q) => t.tag[q] === 'NUM') ? ids : [];
}

/**
 * Is the phrase a plural common noun and one name after it, a comma or "and" after the phrase ("pharmaceutical
 * companies Roche, which makes Tamiflu, and GlaxoSmithKline")? The names the plural counts go on past the phrase.
 */
export function pluralBeforeOneName(t: TokenTable, np: NounPhrase): boolean {
  if (!np.properName) return false;
  const [from, to] = np.properName;
  const before = from - 1;
  return (
    to === np.end &&
    before >= np.start &&
    t.tag[before] === 'NOUN' &&
    /s$/.test(t.norm[before]) &&
    t.norm[before] !== (t.lemma[before] || t.norm[before]) &&
    /^(?:,|and)$/.test(t.norm[np.end] ?? '')
  );
}

/** A relative's "that" or "which" (its marker, when the clause words leave it out). */
function x0(x: Clause, norm: string[], at: number): number[] {
  return x.marker === at && /^(?:that|which|who)$/.test(norm[at]) ? [at] : [];
}

/**
 * ("Feinberg flew to Mississippi and Louisiana on Friday to get started", "Mr Obama flew to Louisiana on Sunday to see
 * for himself the damage": where a motion went stands between the verb and the infinitive of its purpose; "Kenneth
 * Feinberg flew to get started" says neither where nor what.)
 */
function goalBeforePurpose(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers, words: number[]): string | null {
  const t = a.tokens;
  const nps = a.nounPhrases[c.sentence];
  const verbEnd = Math.max(c.verb.end, c.verb.particle + 1);
  const q = verbEnd - 1;
  if (!tokens.has(q) && !tokens.has(c.verb.head)) return null;
  const p = words.find((i) => i > q);
  if (p === undefined || t.norm[p] !== 'to' || t.tag[p] !== 'PART' || p === verbEnd) return null;
  if (!GOAL_PREPOSITIONS.has(t.norm[verbEnd]) || t.tag[verbEnd] !== 'ADP') return null;
  const goal = nps.find((np) => np.start === verbEnd + 1);
  if (!goal || goal.temporal || goal.pronoun || !h.whole(goal)) return null;
  // (Only a time between the goal and the infinitive.)
  if (timeAfter(a, c.sentence, goal.end) !== p) return null;
  if (
    tryAdd(t, tokens, h, [
      [verbEnd, ...h.core(goal)],
      [verbEnd, ...h.short(goal)],
    ])
  ) {
    rules.push('title:goal-before-purpose');
    return null;
  }
  // (A purpose long enough to say what was done stays: "Ken Salazar was traveling to inspect ongoing operations to
  // evaluate the environmental impact".)
  return null;
}
