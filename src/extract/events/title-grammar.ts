/**
 * title-grammar: a check on the grammar of every title built from a clause, after the guards that complete or cut its
 * ending (events/phrase-end.ts and the ones before it). A title is a headline: its own main clause with a finite verb,
 * each determiner with its noun, each postnominal adjective with what it needs. A title that fails is rebuilt from the
 * clause's words when the title has room, else the clause gives no title (no title, no event):
 *
 * - `title:possessive-keeps-its-noun` / `title-cut:possessive-before-amount`: a possessive determiner ("its", "their")
 *   followed in the title by an amount whose noun the short phrase dropped ("has cut its [base lending rate] 0.5
 *   percentage points").
 * - `title:due-keeps-its-complement` / `title:due-left-out`: a postnominal "due", "owed" or "payable" whose phrase the
 *   title left out ("some 181 miln dlrs due [in 1987-89]").
 * - `title-cut:verb-of-the-noun-before`: a title whose subject and verb stand apart in the sentence, with another verb
 *   between them, the verb a participle of the noun right before it ("Rubber prices of all types [firmed on good
 *   demand for the 234 mln kilos] offered at the Colombo auction").
 * - `title:amount-keeps-what-of` / `title-cut:amount-without-what-of`: a title that ends on an amount the sentence goes on
 *   to say is "of" something ("affirmed Security Pacific Corp's 4.5 billion dlrs [of debt]").
 * - `title:verb-keeps-its-complement` / `title-cut:verb-without-its-complement`: a verb whose sense needs its complement
 *   (COMPLEMENT_VERBS, COMPLEMENT_IDIOMS) ends the title while the sentence goes on to give it ("voted three times [... to
 *   cut U.S. funding]", "filed with the Securities and Exchange Commission [for an initial offering]", "led the way").
 * - `title:object-keeps-its-figure` / `title-cut:object-without-its-figure`: the level a verb of stating one puts its
 *   object at ("showed Jindal's state approval rating [at 74 percent]").
 * - `title:compound-keeps-its-head` / `title-cut:compound-cut-inside`: a noun compound whose "-ing" head the title left
 *   out ("pulled out of equity market [making]").
 *
 * These run last; events.ts applies their cuts after its own guards of the subject and the date (candidates.ts `titleCut`).
 */
import { COMPLEMENT_IDIOMS, COMPLEMENT_VERBS, DOUBLE_OBJECT_VERBS, LEVEL_STATING_VERBS } from '../lexicon/events';
import { OWNER_PRONOUNS } from '../lexicon/grammar';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import type { Roles, TitleHelpers } from './complements';

/** Adjectives written after a noun of money or goods, which say when or to whom only with their phrase. */
const POSTNOMINAL_DUE = new Set(['due', 'owed', 'payable']);
const NOUNISH = new Set(['NOUN', 'PROPN', 'NUM']);

/** The title's words in order. */
const wordsOf = (tokens: Roles, h: TitleHelpers) => [...tokens.keys()].filter((i) => h.isWord(i)).sort((x, y) => x - y);

/**
 * "National Westminster Bank Plc said it has cut its base lending rate 0.5 percentage points to 10.5 pct today"
 * (Reuters, 9 March 1987): the chunker read one phrase, "its base lending rate 0.5 percentage points", whose head is
 * the amount's unit; cut to its determiner and the words before its head, the title was "National Westminster Bank Plc
 * has cut its 0.5 percentage points", the judges: "object 'base lending rate' lost", "garbled". A possessive
 * determiner owns a noun, never an amount: where the title goes from it to a number over words it left out, it keeps
 * them, with the amount when the title has room, else in its place (`title:possessive-keeps-its-noun`); when the noun
 * does not fit either, the clause gives no title (`title-cut:possessive-before-amount`).
 */
export function possessiveKeepsItsNoun(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const words = wordsOf(tokens, h);
  for (let w = 0; w + 1 < words.length; w++) {
    const d = words[w];
    const next = words[w + 1];
    if (!OWNER_PRONOUNS.has(t.norm[d].toLowerCase()) || next <= d + 1) continue;
    const amount = t.tag[next] === 'NUM' || (t.tag[next] === 'SYM' && t.tag[next + 1] === 'NUM');
    if (!amount) continue;
    const left = Array.from({ length: next - d - 1 }, (_, k) => d + 1 + k);
    // (Only the nouns of the determiner left out between them: "its base lending rate"; not a phrase or a clause.)
    if (!left.length || left.some((i) => !['NOUN', 'ADJ', 'PROPN'].includes(t.tag[i]) && h.isWord(i)) || t.tag[left[left.length - 1]] !== 'NOUN') continue;
    const role = tokens.get(d) ?? 'object';
    if (h.fits([...tokens.keys(), ...left])) {
      for (const i of left) tokens.set(i, role);
      rules.push('title:possessive-keeps-its-noun');
      continue;
    }
    // (The amount and its unit go: the title words after the noun up to the end of the determiner's phrase.)
    const np = a.nounPhrases[c.sentence].find((x) => x.start <= d && d < x.end && x.end > next);
    const amountWords = [...tokens.keys()].filter((i) => i >= next && i < (np ? np.end : next + 1));
    const kept = [...tokens.keys()].filter((i) => !amountWords.includes(i));
    if (!np || !h.fits([...kept, ...left])) return 'title-cut:possessive-before-amount';
    for (const i of amountWords) tokens.delete(i);
    for (const i of left) tokens.set(i, role);
    rules.push('title:possessive-keeps-its-noun');
    return null;
  }
  return null;
}

/**
 * "yesterday jamaica agreed with creditor banks to reschedule over the next 12 years some 181 miln dlrs due in 1987-89"
 * (Reuters, 11 March 1987): "due" after a sum says when it falls due only with its phrase; the title left the years
 * out and ended "to reschedule some 181 miln dlrs due", judged cut off. A postnominal "due", "owed" or "payable" keeps
 * its phrase when the title has room (`title:due-keeps-its-complement`), else goes with it (`title:due-left-out`):
 * "to reschedule some 181 miln dlrs" says what was rescheduled.
 */
export function dueKeepsItsComplement(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): void {
  const t = a.tokens;
  const k = c.sentence;
  const end = a.sentences[k].tokenEnd;
  for (const d of wordsOf(tokens, h)) {
    if (!POSTNOMINAL_DUE.has(t.norm[d].toLowerCase()) || d === c.verb.head || tokens.get(d) === 'verb') continue;
    // (After its noun in the title: "dlrs due"; not "Jamaica owed", a verb.)
    if (!tokens.has(d - 1) || !NOUNISH.has(t.tag[d - 1]) || t.tag[d - 1] === 'PROPN') continue;
    const after = d + 1;
    if (after >= end || tokens.has(after)) continue;
    // (Its phrase: a preposition and the phrase after it, "in 1987-89", "to the banks".)
    const np = t.tag[after] === 'ADP' ? a.nounPhrases[k].find((x) => x.preposition === after) : undefined;
    if (np) {
      const phrase = Array.from({ length: np.end - after }, (_, q) => after + q);
      if (h.fits([...tokens.keys(), ...phrase])) {
        for (const i of phrase) tokens.set(i, tokens.get(d) ?? 'object');
        rules.push('title:due-keeps-its-complement');
        continue;
      }
    }
    // (Nothing after it that a reader would miss: "dlrs due." at the sentence's end stands.)
    if (t.tag[after] === 'PUNCT' && !/^[,;:–-]$/.test(t.norm[after])) continue;
    tokens.delete(d);
    rules.push('title:due-left-out');
  }
}

/**
 * "Rubber prices of all types firmed on good demand for the 234 mln kilos offered at the Colombo auction, brokers said"
 * (Reuters, 7 April 1987): the parse took "firmed" for a participle and "offered" for the verb of "Rubber prices"; the
 * title "Rubber prices of all types offered at the Colombo auction" has no finite verb a reader can find and makes the
 * prices the thing offered (the judges: "verb 'firmed' dropped", "fragment with no main verb"). Where the title's
 * subject and its verb stand apart in the sentence, a verb of the sentence between them, with no comma or relative word
 * to set it off, and the title's verb is a bare "-ed" form of a verb that takes an object (DOUBLE_OBJECT_VERBS: "offer",
 * "give", "pay") with none, right after a noun, that verb is a passive participle of the noun before it, and the clause
 * gives no title: `title-cut:verb-of-the-noun-before`.
 */
export function verbOfTheNounBefore(a: Analysis, c: Clause, tokens: Roles): string | null {
  const t = a.tokens;
  const v = c.verb.start;
  if (c.verb.auxiliaries.length || c.object || !/ed$/.test(t.norm[c.verb.head]) || c.verb.head !== v) return null;
  // (A verb that takes what it gives or offers, found with none and no infinitive after it: "offered at the Colombo
  // auction" is the kilos' passive participle. Not a verb that reads whole alone: "A new convoy of tankers escorted by
  // American warships headed down the Gulf on Wednesday" (Reuters, October 1987) has its verb, "headed".)
  if (!DOUBLE_OBJECT_VERBS.has(t.lemma[v] || t.norm[v]) || t.norm[c.verb.end] === 'to') return null;
  const subject = [...tokens].filter(([i, r]) => r === 'subject' && i < v).map(([i]) => i);
  if (!subject.length) return null;
  const last = Math.max(...subject);
  if (last >= v - 2) return null;
  const gap = Array.from({ length: v - last - 1 }, (_, q) => last + 1 + q);
  if (gap.some((i) => tokens.has(i))) return null;
  if (gap.some((i) => t.tag[i] === 'PUNCT' || /^(?:that|which|who|whom|whose)$/.test(t.norm[i]))) return null;
  if (!gap.some((i) => t.tag[i] === 'VERB' && /ed$/.test(t.norm[i]))) return null;
  if (t.tag[v - 1] !== 'NOUN') return null;
  if (a.nounPhrases[c.sentence].some((x) => x.temporal && x.start <= v - 1 && v - 1 < x.end)) return null;
  return 'title-cut:verb-of-the-noun-before';
}

/** Units an amount of money or shares is counted in, which say of what only with an "of" phrase after them. */
const AMOUNT_UNITS = new Set(['dlrs', 'dollars', 'marks', 'yen', 'pounds', 'stg', 'lire', 'francs', 'pct', 'percent', 'mln', 'billion', 'million']);

/**
 * "Standard and Poor's Corp said it affirmed Security Pacific Corp's 4.5 billion dlrs of debt" and "Moody's Investors
 * Service Inc said it affirmed the debt ratings of 3.7 billion dlrs of debt of United Technologies Corp and its units"
 * (Reuters, 1987): a title that ends on an amount the sentence goes on to say is "of" something ("affirmed Security
 * Pacific Corp's 4.5 billion dlrs") was judged cut off. The "of" phrase is kept when it is short and the title has room
 * (`title:amount-keeps-what-of`), else the clause gives no title (`title-cut:amount-without-what-of`).
 */
export function amountKeepsWhatItIsOf(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const words = wordsOf(tokens, h);
  const last = words[words.length - 1];
  if (last === undefined || !AMOUNT_UNITS.has(t.norm[last].toLowerCase())) return null;
  if (!words.slice(-3).some((i) => t.tag[i] === 'NUM') || t.norm[last + 1]?.toLowerCase() !== 'of') return null;
  const np = a.nounPhrases[c.sentence].find((x) => x.start === last + 2 && !x.temporal);
  // (The phrase whole when it has room, else cut to what names it: "of poor-quality loans and other assets".)
  for (const what of np
    ? [
        [last + 1, ...h.core(np)],
        [last + 1, ...h.short(np)],
      ]
    : []) {
    if (what.filter((i) => h.isWord(i)).length > 6 || !h.fits([...tokens.keys(), ...what])) continue;
    const role = tokens.get(last) ?? 'object';
    for (const i of what) tokens.set(i, role);
    rules.push('title:amount-keeps-what-of');
    return null;
  }
  return 'title-cut:amount-without-what-of';
}

/** The tokens [from, to). */
const span = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, q) => from + q);

/**
 * "Last year the Republican-controlled Senate voted three times over the objections of the administration to cut U.S.
 * funding of development banks by the amount of these loans", "On Monday, Bally said it filed with the Securities and
 * Exchange Commission for an initial offering of 24 pct ...", "National Westminster Bank Plc led the way this morning
 * after the Bank of England lowered its dealing rates" (Reuters, March 1987): the titles "The Republican-controlled
 * Senate voted three times", "Bally said it filed with the Securities and Exchange Commission" and "National
 * Westminster Bank Plc led the way" were judged cut: voted on what, filed what, led the way in what? A verb whose sense
 * needs its complement (COMPLEMENT_VERBS, with no object but a count of times; COMPLEMENT_IDIOMS, with its idiom's
 * object) keeps the complement its clause gives within twelve words of the title's end, with the words between, when
 * no comma sets them apart and the title has room (`title:verb-keeps-its-complement`); else the clause gives no title
 * (`title-cut:verb-without-its-complement`), and an idiom whose sentence gives no complement gives none either.
 */
export function verbKeepsItsComplement(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const v = c.verb.head;
  if (!tokens.has(v)) return null;
  const lemma = (t.lemma[v] || t.norm[v]).toLowerCase();
  const o = c.object;
  const idiom =
    o && tokens.has(o.head) && o.determiner >= 0 && t.norm[o.determiner].toLowerCase() === 'the'
      ? COMPLEMENT_IDIOMS.get(`${lemma} ${t.norm[o.head].toLowerCase()}`)
      : undefined;
  // ("voted three times": a count of times says how often, not on what.)
  const counted = !!o && /^times$/i.test(t.norm[o.head]) && o.preposition < 0;
  const frame = idiom ?? (!o || counted ? COMPLEMENT_VERBS.get(lemma) : undefined);
  if (!frame) return null;
  const words = wordsOf(tokens, h);
  if (words.some((i) => i > v && frame.includes(t.norm[i].toLowerCase()))) return null;
  const last = words[words.length - 1];
  if (last === undefined || last < v) return null;
  const end = a.sentences[c.sentence].tokenEnd;
  const own = (i: number) => c.pieces.some(([s, e]) => s <= i && i < e);
  let n = 0;
  for (let i = last + 1; i < end && n < 12; i++) {
    if (h.isWord(i)) n++;
    const w = t.norm[i].toLowerCase();
    if (!frame.includes(w)) continue;
    let phrase: number[] = [];
    // (An infinitive of the verb's own: "voted ... to cut"; not "voted 65 to 15". An idiom's "to" may open a phrase:
    // "led the way to lower rates".)
    const x = w === 'to' ? a.clauses.find((y) => y.parent === c.id && y.kind === 'infinitive' && y.marker === i) : undefined;
    if (x) phrase = h.clauseShort(x);
    else if (w === 'to' && !idiom) continue;
    else {
      const np = own(i) ? a.nounPhrases[c.sentence].find((y) => y.preposition === i && !y.temporal && !y.pronoun) : undefined;
      if (!np) continue;
      phrase = [i, ...h.short(np)];
    }
    const gap = span(last + 1, i);
    if (!phrase.length || gap.some((g) => /^[,;:()–-]$/.test(t.norm[g]))) break;
    const ids = [...gap, ...phrase];
    if (!h.fits([...tokens.keys(), ...ids])) break;
    for (const g of ids) tokens.set(g, 'phrase');
    rules.push('title:verb-keeps-its-complement');
    return null;
  }
  // (The complement written but not kept, set apart by a comma or with no room: no title. None written: the verb
  // stands alone, "The Senate voted"; an idiom never does, "led the way".)
  if (!idiom) {
    for (let i = last + 1, m = 0; i < end && m < 12; i++) {
      if (h.isWord(i)) m++;
      const w = t.norm[i].toLowerCase();
      if (w === 'to' && a.clauses.some((y) => y.parent === c.id && y.kind === 'infinitive' && y.marker === i)) return 'title-cut:verb-without-its-complement';
      if (w !== 'to' && frame.includes(w) && own(i) && a.nounPhrases[c.sentence].some((y) => y.preposition === i && !y.temporal && !y.pronoun))
        return 'title-cut:verb-without-its-complement';
    }
    return null;
  }
  return 'title-cut:verb-without-its-complement';
}

/**
 * "A Rasmussen Reports poll released at the end of June showed Jindal's state approval rating at 74 percent -- a
 * 10-percentage-point jump from April" (Fox News, 28 July 2010): "A Rasmussen Reports poll showed Bobby Jindal's state
 * approval rating" was judged cut: a verb that states a level (LEVEL_STATING_VERBS: "showed", "put", "estimated") says
 * it only with the figure its object is put "at". The title that ends on that object keeps the "at" phrase when it has
 * room (`title:object-keeps-its-figure`), else the clause gives no title (`title-cut:object-without-its-figure`).
 */
export function objectKeepsItsFigure(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const o = c.object;
  const lemma = (t.lemma[c.verb.head] || t.norm[c.verb.head]).toLowerCase();
  if (!o || o.preposition >= 0 || !LEVEL_STATING_VERBS.has(lemma)) return null;
  const words = wordsOf(tokens, h);
  const last = words[words.length - 1];
  if (last !== o.end - 1 || t.norm[o.end]?.toLowerCase() !== 'at') return null;
  const np = a.nounPhrases[c.sentence].find((x) => x.preposition === o.end && !x.temporal);
  if (!np || !span(np.start, np.end).some((i) => t.tag[i] === 'NUM')) return null;
  const phrase = [o.end, ...h.core(np)];
  if (!h.fits([...tokens.keys(), ...phrase])) return 'title-cut:object-without-its-figure';
  for (const i of phrase) tokens.set(i, 'object');
  rules.push('title:object-keeps-its-figure');
  return null;
}

/**
 * "Earlier this year, Midland Bank Plc pulled out of equity market making because it did not believe the return
 * justified the costs" (Reuters, 19 June 1987): the parse read "making" as a participle of "equity market", and the
 * title "Midland Bank Plc pulled out of equity market" said the bank left the market, false (it stopped making one). A
 * title never ends on a noun whose next word is a bare "-ing" word that closes the phrase (a comma, a conjunction or
 * the sentence's end after it, or a passive participle and its "by"): that word is the compound's head, kept when the title has room
 * (`title:compound-keeps-its-head`), else the clause gives no title (`title-cut:compound-cut-inside`).
 */
export function compoundKeepsItsHead(a: Analysis, c: Clause, tokens: Roles, rules: string[], h: TitleHelpers): string | null {
  const t = a.tokens;
  const words = wordsOf(tokens, h);
  const last = words[words.length - 1];
  if (last === undefined || t.tag[last] !== 'NOUN') return null;
  const ing = last + 1;
  const end = a.sentences[c.sentence].tokenEnd;
  if (ing >= end || tokens.has(ing) || !/^[a-z]+ing$/.test(t.norm[ing]) || !['VERB', 'NOUN'].includes(t.tag[ing])) return null;
  const after = ing + 1;
  // ("LyphoMed Inc said it agreed to market an antiseptic transparent wound dressing made by Hercon Laboratories" (Reuters,
  // 24 March 1987; "... to market an antiseptic transparent wound" judged cut from its head): a passive participle and
  // its "by" describe a noun, never an "-ing" clause's object, so the "-ing" word before them closes the compound.)
  const describedBy = after + 1 < end && t.tag[after] === 'VERB' && !/ing$/.test(t.norm[after]) && t.norm[after + 1] === 'by';
  if (after < end && !['PUNCT', 'SCONJ', 'CCONJ'].includes(t.tag[after]) && !describedBy) return null;
  if (after < end && t.tag[after] === 'PUNCT' && /^["'”’)]$/.test(t.norm[after])) return null;
  // (A verb that opens what it says is no compound's head: "released a report suggesting that about 75% of the oil was
  // gone".)
  if (after < end && /^(?:that|whether|if|how|what|why)$/i.test(t.norm[after])) return null;
  if (!h.fits([...tokens.keys(), ing])) return 'title-cut:compound-cut-inside';
  tokens.set(ing, tokens.get(last) ?? 'object');
  rules.push('title:compound-keeps-its-head');
  return null;
}
