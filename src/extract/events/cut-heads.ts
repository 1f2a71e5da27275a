/**
 * cut-heads: a title whose last or first phrase stops before its own head noun, or before the figure or phrase that
 * its last modifier opens. Read after the other completions, before the endings (events/endings.ts). The words are
 * added when the title has room, else the clause gives no title (a cut phrase reads as broken):
 *
 * - `title:subject-compound-head-kept`: a noun's -ing head the tagger read as a verb, right before the clause's own verb
 *   ("Cargo handling resumed at Bangladesh's Chittagong port"; "Cargo resumed" says what did not).
 * - `title:modifiers-keep-their-noun`: "a" and a measure of money or size before a comma are modifiers of the noun
 *   after more of them ("Dow Chemical Co has launched a 200 mln Swiss franc, 12-year bond");
 *   `title-cut:modifier-without-noun`.
 * - `title:participle-keeps-its-phrase`: a participle after its noun keeps the phrase it opens ("The drought reduced
 *   total national areas sown with paddy"); `title-cut:participle-without-its-phrase`.
 * - `title:quote-pair-kept`: a pair of figures quoted as one, "6-1/4, 5-3/4 pct", is kept whole;
 *   `title-cut:quote-pair-cut`.
 * - `title:place-without-noun-left-out`: a place phrase of adjectives with no noun ("on beaches in western Cuban") is
 *   left out; `title-cut:adjective-without-noun` when the title's own verb needs it.
 * - `title:measure-subject-keeps-what`: a unit ending the subject keeps its "of" or "from" phrase ("Millions of gallons
 *   [from the Mississippi River] were diverted"); `title-cut:measure-subject-without-what`.
 * - What an amount, a stake, a counted quantity or a bare plural the title ends on is: `title:amount-keeps-worth-of` ("82 mln dlrs [worth
 *   of Goodwood Park Hotel Ltd shares]"), `title:spending-keeps-what-on` ("will spend $29m [on training ...]"),
 *   `title:amount-keeps-its-unit` ("a price of
 *   335 francs [per investment certificate]"), `title:stake-keeps-its-company` ("its 60 percent interest [in Pan
 *   American Energy]"; without room its percent dropped, `title:stake-percent-dropped`), `title:quantity-keeps-its-owner` ("downgraded 200 mln dlrs of long-term debt [of
 *   Zenith Electronics Corp]"; without room its amount dropped, `title:quantity-amount-dropped`),
 *   `title:bare-plural-keeps-its-phrase` ("dismissed as insignificant gains [by Iranian forces]");
 *   each with its `title-cut:` when the words do not fit.
 */
import { COUNTRIES } from '../lexicon/countries';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { Flag } from '../nlp/tokens';
import { type TitleHelpers, tryAdd, type Roles } from './complements';
import { MONEY_WORDS } from './endings';
import { MEASURE_NOUNS, PERCENT_STAKE_NOUNS, SPENDING_VERBS } from '../lexicon/events';
import type { NounPhrase } from '../nlp/noun-phrases';

/** Every country's demonym, in lower case ("cuban", "north korean"): an adjective that stands before a noun. */
export const DEMONYMS = new Set(COUNTRIES.flatMap((x) => x.demonyms.map((d) => d.toLowerCase())));

/**
 * Completes the title's cut phrase, or names why it cannot: null when the title stands (the rule pushed on `rules`),
 * else the rule that sets it aside.
 */
export function completeCutHeads(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const k = c.sentence;
  const nps = a.nounPhrases[k];
  const sEnd = a.sentences[k].tokenEnd;
  const range = (s: number, e: number) => Array.from({ length: Math.max(0, e - s) }, (_, q) => s + q);

  // ("CHITTAGONG, March 12 - Cargo handling resumed at Bangladesh's Chittagong port today after 7,000 workers ended their
  // three day walk-out", Reuters 1987: a one-word subject, an -ing word and then the clause's verb with nothing between:
  // the -ing word is the head of the subject, "cargo handling", which two finite verbs in a row cannot be; "Cargo
  // resumed" was judged broken.)
  const subject = c.subject;
  if (subject && tokens.get(subject.head) === 'subject' && subject.start === subject.head && subject.end === subject.head + 1) {
    const g = subject.end;
    const verbStart = c.verb.auxiliaries.length ? Math.min(c.verb.start, ...c.verb.auxiliaries) : c.verb.start;
    if (
      g + 1 === verbStart &&
      !tokens.has(g) &&
      t.tag[g] === 'VERB' &&
      /[a-z]{2}ing$/.test(t.norm[g]) &&
      (t.flags[g] & Flag.CAPITALISED) === 0 &&
      (t.tag[subject.head] === 'NOUN' || t.tag[subject.head] === 'PROPN') &&
      !/s$/.test(t.norm[subject.head])
    ) {
      tokens.set(g, 'subject');
      rules.push('title:subject-compound-head-kept');
    }
  }

  // ("Millions of gallons from the Mississippi River were hurriedly diverted into the bays and marshes of the delta",
  // Timeline17, BBC: a unit of measure that ends the subject says what it measures only by its "of" or "from" phrase;
  // "Millions of gallons were hurriedly diverted" was judged to read as oil in a story of a spill. Kept when the title
  // has room, else no title: `title:measure-subject-keeps-what`, `title-cut:measure-subject-without-what`.)
  const subjectWords = [...tokens.keys()].filter((i) => tokens.get(i) === 'subject' && i < c.verb.start).sort((x, y) => x - y);
  const unit = subjectWords[subjectWords.length - 1];
  if (unit !== undefined && MEASURE_NOUNS.has(t.norm[unit]) && t.tag[unit] === 'NOUN' && /^(?:of|from)$/.test(t.norm[unit + 1]) && !tokens.has(unit + 1)) {
    const what = nps.find((x) => x.preposition === unit + 1 && !x.pronoun);
    if (what && !what.temporal && what.end <= c.verb.start) {
      const ids = [unit + 1, ...h.core(what)];
      if (h.whole(what) && tryAdd(t, tokens, h, [ids])) {
        for (const i of ids) tokens.set(i, 'subject');
        rules.push('title:measure-subject-keeps-what');
      } else return 'title-cut:measure-subject-without-what';
    }
  }

  const words = [...tokens.keys()].filter((i) => h.isWord(i)).sort((x, y) => x - y);
  const last = words[words.length - 1];
  if (last === undefined) return null;
  const at = last + 1;
  if (at >= sEnd || tokens.has(at)) return null;
  const np = nps.find((x) => x.start <= last && x.end === at && !x.temporal && !x.pronoun);

  // ("ZURICH, March 2 - Dow Chemical Co has launched a 200 mln Swiss franc, 12-year bond with a 4-3/4 pct coupon",
  // Reuters 1987: "a" before a number of many is no article of the number's unit, which is singular after it: the unit
  // and the words after the comma modify one noun, "bond"; "has launched a 200 mln Swiss franc" was judged cut off.
  // Without room for all, the noun alone after the first: "a 200 mln Swiss franc bond".)
  if (np && np.determiner >= 0 && /^an?$/.test(t.norm[np.determiner]) && t.norm[at] === ',' && last === np.head) {
    const number = range(np.determiner + 1, last).some((i) => t.tag[i] === 'NUM' && !/^(?:one|1)$/.test(t.norm[i]));
    const unit = MONEY_WORDS.test(t.norm[last]) || /^(?:dlr|stg|franc|mark|yen|ton|tonne|barrel|year|month|day|mile|foot|acre)$/.test(t.norm[last]);
    const after = nps.find((x) => x.start === at + 1 && x.preposition < 0 && !x.temporal && !x.pronoun && x.determiner < 0);
    if (number && unit && after && t.tag[after.head] === 'NOUN') {
      const modifiers = range(after.start, after.head);
      if (modifiers.length && modifiers.every((i) => ['NUM', 'ADJ', 'NOUN', 'PUNCT'].includes(t.tag[i]))) {
        if (tryAdd(t, tokens, h, [range(at, after.head + 1), [after.head]])) {
          rules.push('title:modifiers-keep-their-noun');
          return null;
        }
        return 'title-cut:modifier-without-noun';
      }
    }
  }

  // ("It said last November that the drought reduced total national areas sown with paddy to some 8.25 mln hectares",
  // Reuters 1987: a participle after its noun says which only with the phrase it opens; "reduced total national
  // areas sown" was judged cut off.)
  if (np && last > np.head && t.tag[np.head] === 'NOUN' && (t.tag[last] === 'ADJ' || t.tag[last] === 'VERB') && /(?:ed|[wn]n|en)$/.test(t.norm[last])) {
    const phrase = t.tag[at] === 'ADP' ? nps.find((x) => x.preposition === at) : undefined;
    if (phrase?.temporal) return null;
    if (phrase && !phrase.pronoun && h.whole(phrase)) {
      if (
        tryAdd(t, tokens, h, [
          [at, ...h.core(phrase)],
          [at, ...h.short(phrase)],
        ])
      ) {
        rules.push('title:participle-keeps-its-phrase');
        return null;
      }
      return 'title-cut:participle-without-its-phrase';
    }
  }

  // ("Spot-next and one-week rates were put at 6-1/4, 5-3/4 pct after quotes ranging between seven, six yesterday",
  // Reuters 1987: two figures a comma joins, the unit after the second, are one quote (bid and offer); "were put at
  // 6-1/4" was judged cut off and unfaithful.)
  if (t.tag[last] === 'NUM' && t.norm[at] === ',' && t.tag[at + 1] === 'NUM' && at + 2 < sEnd && /^(?:pct|percent|%)$/.test(t.norm[at + 2])) {
    if (tryAdd(t, tokens, h, [[at, at + 1, at + 2]])) {
      rules.push('title:quote-pair-kept');
      return null;
    }
    return 'title-cut:quote-pair-cut';
  }

  // ("Red flags went up on beaches in western Cuban this week", Timeline17, Reuters: an adjective of place and a
  // demonym with no noun after them name no place; "in western Cuban" was judged broken. A phrase that only places
  // the happening is left out; one the title's verb needs leaves no title.)
  if (
    np &&
    np.head === last &&
    np.preposition >= 0 &&
    np.determiner < 0 &&
    DEMONYMS.has(t.norm[last]) &&
    np.start < last &&
    range(np.start, last).every((i) => t.tag[i] === 'ADJ') &&
    !['NOUN', 'PROPN'].includes(t.tag[at])
  ) {
    const span = range(np.preposition, np.end);
    if (span.every((i) => !tokens.has(i) || tokens.get(i) === 'phrase') && words.some((i) => i < np.preposition && tokens.get(i) === 'phrase')) {
      for (const i of span) tokens.delete(i);
      rules.push('title:place-without-noun-left-out');
      return null;
    }
    return 'title-cut:adjective-without-noun';
  }
  return completeAmountComplement(a, c, tokens, rules, h, last);
}

/** Is the phrase an amount of money: a number and a currency ("82 mln dlrs", "$29m", "2.02 billion francs")? */
function moneyPhrase(t: Analysis['tokens'], np: NounPhrase): boolean {
  const span = Array.from({ length: np.end - np.start }, (_, q) => np.start + q);
  return span.some((i) => t.tag[i] === 'NUM') && span.some((i) => MONEY_WORDS.test(t.norm[i]));
}

/**
 * The words an amount, a stake or a bare plural the title ends on says nothing without: null when the title stands (the
 * rule pushed on `rules`), else the rule that sets it aside.
 */
function completeAmountComplement(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers, last: number): string | null {
  const t = a.tokens;
  const k = c.sentence;
  const nps = a.nounPhrases[k];
  const sEnd = a.sentences[k].tokenEnd;
  const at = last + 1;
  const np = nps.find((x) => x.start <= last && x.end === at && !x.temporal && !x.pronoun);
  if (!np || at >= sEnd || tokens.has(at)) return null;
  const phraseAt = (p: number) => nps.find((x) => x.preposition === p && !x.pronoun);
  const keep = (p: number[], x: NounPhrase) => [
    [...p, ...h.core(x)],
    [...p, ...h.short(x)],
  ];
  const money = moneyPhrase(t, np) && np.head === last;
  const range = (s: number, e: number) => Array.from({ length: Math.max(0, e - s) }, (_, q) => s + q);

  const lemma = (i: number) => t.lemma[i] || t.norm[i];
  const span = (x: NounPhrase) => Array.from({ length: x.end - x.start }, (_, q) => x.start + q);

  // ("The Singapore government has taken over 82 mln dlrs worth of Goodwood Park Hotel Ltd shares", "the CRH sold 2.02
  // billion francs worth of the stock", Reuters 1987: "worth" after an amount makes the amount the value of what its
  // "of" phrase names, and that is what was taken over or sold; "has taken over 82 mln dlrs" and "sold 2.02 billion
  // francs" were judged cut off. Kept when the title has room, else no title: `title:amount-keeps-worth-of`,
  // `title-cut:amount-without-worth-of`.)
  if (money && t.norm[at] === 'worth' && t.norm[at + 1] === 'of') {
    const of = phraseAt(at + 1);
    if (of && !of.temporal && h.whole(of) && tryAdd(t, tokens, h, keep([at, at + 1], of))) {
      rules.push('title:amount-keeps-worth-of');
      return null;
    }
    return 'title-cut:amount-without-worth-of';
  }

  // ("This afternoon the Obama administration announced it will spend $29m on training offshore drilling inspectors",
  // Timeline17, Guardian: an amount spent or invested is told by what its "on", "for" or "in" phrase names; "will spend
  // $29m" was judged cut off (on what). Only the object of the verb of spending, and not a time: "BP said it spent $350
  // million in the first 20 days" says when. Kept when the title has room, else no title:
  // `title:spending-keeps-what-on`, `title-cut:spending-without-what-on`.)
  // (The verb right before the amount, an adverb between them: "it will spend $29m", "to spend heavily $500 million";
  // the title's clause may be the one that tells of the spending, "announced it will spend".)
  const before = t.tag[np.start - 1] === 'ADV' ? np.start - 2 : np.start - 1;
  const spent = np.preposition < 0 && np.determiner < 0 && t.tag[before] === 'VERB' && tokens.has(before) && SPENDING_VERBS.has(lemma(before));
  if (money && spent && /^(?:on|for|in)$/.test(t.norm[at]) && t.tag[at] === 'ADP') {
    const what = phraseAt(at);
    if (what && !what.temporal && !moneyPhrase(t, what)) {
      if (h.whole(what) && tryAdd(t, tokens, h, keep([at], what))) {
        rules.push('title:spending-keeps-what-on');
        return null;
      }
      return 'title-cut:spending-without-what-on';
    }
  }

  // ("The Finance Ministry said it set a price of 335 francs per investment certificate", Reuters 1987: an amount with
  // "per" after it is a rate, a price of one unit of what "per" names; "set a price of 335 francs" was judged cut off
  // (for what). Kept when the title has room, else no title: `title:amount-keeps-its-unit`,
  // `title-cut:amount-without-its-unit`.)
  if (money && t.norm[at] === 'per') {
    const unit = phraseAt(at);
    if (unit && !unit.temporal) {
      if (h.whole(unit) && tryAdd(t, tokens, h, [[at, ...h.core(unit)]])) {
        rules.push('title:amount-keeps-its-unit');
        return null;
      }
      return 'title-cut:amount-without-its-unit';
    }
  }

  // ("BP announced that it would sell its 60 percent interest in Pan American Energy's oil and gas business",
  // Timeline17, Reuters; "since Industrial Equity Ltd acquired a 20 pct stake last year", "Rainbow Corp Ltd bought
  // Safeway Stores Inc's SA 20 pct holding in Woolworths", Reuters 1987: a stake counted in percent is a part of the
  // company its "in" phrase names; "acquired a 20 pct stake" and "bought Safeway Stores Inc's SA 20 pct" were judged cut
  // off (a stake in what). The phrase is kept when the title has room, the stake's noun with it when the title stops at
  // the percent (the tagger reads "holding" as a verb); no title when it does not fit or the sentence does not say:
  // `title:stake-keeps-its-company`, `title-cut:stake-without-its-company`.)
  const percent = (i: number) => /^(?:pct|percent|%)$/.test(t.norm[i]) && t.tag[i - 1] === 'NUM';
  const stakeAt = percent(last) && PERCENT_STAKE_NOUNS.has(t.norm[at]) ? at : PERCENT_STAKE_NOUNS.has(t.norm[last]) && percent(last - 1) ? last : -1;
  if (stakeAt >= 0 && np.preposition < 0) {
    const noun = stakeAt === at ? [at] : [];
    const company = /^(?:in|of)$/.test(t.norm[stakeAt + 1]) ? phraseAt(stakeAt + 1) : undefined;
    if (company && !company.temporal && h.whole(company) && tryAdd(t, tokens, h, keep([...noun, stakeAt + 1], company))) {
      rules.push('title:stake-keeps-its-company');
      return null;
    }
    // (Without room for both, the company is the fact and the percent goes, when an owner or an article still opens the
    // phrase: "BP announced that it would sell its interest in Pan American Energy"; `title:stake-percent-dropped`.)
    const pct = stakeAt === at ? [last - 1, last] : [last - 2, last - 1];
    const opened = np.determiner >= 0 && np.determiner < pct[0] && t.norm[np.determiner] !== 'a';
    if (company && !company.temporal && h.whole(company) && (opened || np.possessor) && pct.every((i) => tokens.has(i))) {
      const roles = pct.map((i) => [i, tokens.get(i)!] as const);
      for (const i of pct) tokens.delete(i);
      // ("in Pan American Energy's oil and gas operations": the owner of what the stake is in names the company.)
      const mark = range(company.start, company.head).find((i) => t.norm[i] === "'s");
      const owner = mark !== undefined && range(company.start, mark).every((i) => t.tag[i] === 'PROPN') ? range(company.start, mark) : [];
      const byOwner = owner.length ? [[...noun, stakeAt + 1, ...owner]] : [];
      if (tryAdd(t, tokens, h, [...keep([...noun, stakeAt + 1], company), ...byOwner])) {
        if (stakeAt === at) tokens.set(at, roles[1][1]);
        rules.push('title:stake-keeps-its-company', 'title:stake-percent-dropped');
        return null;
      }
      for (const [i, r] of roles) tokens.set(i, r);
    }
    return 'title-cut:stake-without-its-company';
  }

  // ("Moody's Investors Services Inc said it downgraded 200 mln dlrs of long-term debt of Zenith Electronics Corp",
  // "Moody's Investors Services Inc said it downgraded about 8.2 billion dlrs of debt of Texaco Inc and its units",
  // Reuters 1987: an amount "of" a noun with no article or owner counts a part of what the second "of" phrase owns;
  // "downgraded 200 mln dlrs of long-term debt" was judged cut (whose debt? Zenith dropped). The owner is kept when the
  // title has room; else the amount goes and the owner stays, "downgraded long-term debt of Zenith Electronics Corp",
  // which says whose debt and is no less true; else no title: `title:quantity-keeps-its-owner`,
  // `title:quantity-amount-dropped`, `title-cut:quantity-without-its-owner`.)
  const counted = np.preposition >= 0 ? nps.find((x) => x.end === np.preposition && x.preposition < 0 && !x.temporal && !x.pronoun) : undefined;
  if (
    counted &&
    np.head === last &&
    t.tag[last] === 'NOUN' &&
    t.norm[np.preposition] === 'of' &&
    np.determiner < 0 &&
    !np.possessor &&
    !span(np).some((i) => t.tag[i] === 'NUM' || t.tag[i] === 'PROPN') &&
    span(counted).some((i) => t.tag[i] === 'NUM') &&
    t.norm[at] === 'of'
  ) {
    const owner = phraseAt(at);
    // ("of Texaco Inc and its units": a list is named by its first member.)
    const named = (x: NounPhrase): boolean =>
      x.properName !== null || x.names.length > 0 || x.possessor !== null || (x.conjuncts.length > 0 && named(x.conjuncts[0]));
    if (owner && named(owner) && !owner.temporal) {
      if (h.whole(owner) || owner.end === sEnd) {
        const ownerWords = keep([at], owner);
        if (tryAdd(t, tokens, h, ownerWords)) {
          rules.push('title:quantity-keeps-its-owner');
          return null;
        }
        // (The amount, an adverb before it, "about 8.2 billion dlrs", and its "of", when all are the title's.)
        const from = t.tag[counted.start - 1] === 'ADV' && tokens.has(counted.start - 1) ? counted.start - 1 : counted.start;
        const amount = range(from, np.start);
        const role = tokens.get(counted.head);
        if (role && amount.every((i) => tokens.has(i))) {
          const saved = amount.map((i) => [i, tokens.get(i)!] as const);
          for (const i of amount) tokens.delete(i);
          if (tryAdd(t, tokens, h, ownerWords)) {
            for (const i of span(np)) if (tokens.has(i)) tokens.set(i, role);
            rules.push('title:quantity-keeps-its-owner', 'title:quantity-amount-dropped');
            return null;
          }
          for (const [i, r] of saved) tokens.set(i, r);
        }
      }
      return 'title-cut:quantity-without-its-owner';
    }
  }

  // ("The United States today dismissed as insignificant gains by Iranian forces in Northern Iraq", Reuters 1987; "US
  // scientist retracts assurances over success of cleanup", Timeline17, Guardian: a plural object with no article, owner
  // or number is told by whose it is ("by") or what it is about ("over", "about"); "dismissed as insignificant gains"
  // and "retracts assurances" were judged cut off. Not a figure, "raised prices by 5 pct", nor a time. Kept when the
  // title has room, else no title: `title:bare-plural-keeps-its-phrase`, `title-cut:bare-plural-without-its-phrase`.)
  if (
    np.head === last &&
    t.tag[last] === 'NOUN' &&
    /[^s]s$/.test(t.norm[last]) &&
    np.determiner < 0 &&
    !np.possessor &&
    np.preposition < 0 &&
    np.start > c.verb.head &&
    !span(np).some((i) => t.tag[i] === 'NUM' || t.tag[i] === 'PROPN') &&
    /^(?:by|over|about)$/.test(t.norm[at]) &&
    t.tag[at] === 'ADP'
  ) {
    const whose = phraseAt(at);
    if (whose && !whose.temporal && !span(whose).some((i) => t.tag[i] === 'NUM')) {
      // ("assurances over success [of cleanup]": the phrase's own "of" phrase goes with it.)
      const inner = t.norm[whose.end] === 'of' ? phraseAt(whose.end) : undefined;
      // (A phrase that ends the sentence is whole, a headline's with no stop after it too.)
      const own = inner && !inner.temporal && (inner.end === sEnd || h.whole(inner)) ? [whose.end, ...h.core(inner)] : [];
      if (
        h.whole(whose) &&
        tryAdd(
          t,
          tokens,
          h,
          keep([at], whose).map((o) => [...o, ...own]),
        )
      ) {
        rules.push('title:bare-plural-keeps-its-phrase');
        return null;
      }
      return 'title-cut:bare-plural-without-its-phrase';
    }
  }
  return null;
}
