/**
 * Definite noun phrases a reader of the title alone cannot place, as subject or object, on wire copy: a deal or a
 * happening of business ("AMR announced the order earlier today", "BankAmerica filed the offer on January 26",
 * "Citicorp announced the 130 mln rand cash sale on Tuesday") and a thing named before only by its kind ("USX had
 * announced the indefinite idling of the integrated steel mill", "The product was introduced in New York", "President
 * Barack Obama set up the commission"). Out of its article each is unreadable: what order, what was sold, which mill,
 * which commission?
 *
 * - `title:definite-noun-keeps-its-phrase`: the sentence writes the noun's own complement right after it, past a time
 *   ("announced the sale Tuesday of its Cleveland unit to X"); the title keeps it when it has room.
 * - `object-cannot-be-placed:definite-noun`, `subject-cannot-be-placed:definite-noun`: else, with no name, no owner but
 *   a pronoun, no word that says which, the clause makes no event.
 *
 * What is self-contained is left alone: a name ("the Geneva Works", "the Senate"), and every head not of the lexicon
 * lists (DEFINITE_EVENT_NOUNS, FACILITY_HEADS, DEFINITE_THING_HEADS), among them the story's own things a reader of a
 * timeline of one story places, "the spill", "the well", "oil prices": the lists hold only nouns that are never the one
 * of their kind, a sale, an order, a plant, a commission set up for one matter.
 */
import {
  COMPANY_DESCRIPTIONS,
  DEAL_MANNER_NOUNS,
  DEAL_NOUN_VERBS,
  DEFINITE_EVENT_NOUNS,
  DEFINITE_THING_HEADS,
  DOCUMENT_ORDER_WORDS,
  FACILITY_HEADS,
  OWNERS_ONE_CASE_HEADS,
  POINTING_BACK_HEADS,
} from '../lexicon/events';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import type { NounPhrase } from '../nlp/noun-phrases';
import { Flag, type TokenTable } from '../nlp/tokens';
import type { TitleRole } from './candidates';
import { type TitleHelpers, timeAfter, tryAdd } from './complements';
import { phraseKeptAt } from './placing-words';

/** Owners' pronouns that say whose, not which: "BP has accelerated its plans" (which plans?). */
const OWNER_PRONOUNS = new Set(['its', 'their']);

const lemmaOf = (t: TokenTable, i: number) => (t.lemma[i] || t.norm[i]).toLowerCase();

/** The kind of head a definite phrase a reader may fail to place has: a deal's, a facility's, another thing's, or null. */
function headKind(t: TokenTable, np: NounPhrase): 'deal' | 'facility' | 'thing' | null {
  if (t.tag[np.head] !== 'NOUN') return null;
  const word = t.norm[np.head].toLowerCase();
  const lemma = lemmaOf(t, np.head);
  // (A plural of a deal is many deals, as "sales" are a company's revenue: only the singular points back to one.)
  if (DEFINITE_EVENT_NOUNS.has(word)) return 'deal';
  if (FACILITY_HEADS.has(word)) return 'facility';
  if (DEFINITE_THING_HEADS.has(word) || DEFINITE_THING_HEADS.has(lemma)) return 'thing';
  return null;
}

/** Is the phrase "the" (or "its", "their" before a noun that points back) with a head of the lists, and nothing that names it? */
function unnamedDefinite(t: TokenTable, np: NounPhrase, tokens: Map<number, TitleRole>): 'deal' | 'facility' | 'thing' | null {
  if (np.temporal || np.pronoun || np.properName || np.names.length || np.conjuncts.length) return null;
  if (np.appositive && tokens.has(np.appositive.head)) return null;
  if (np.determiner < 0 || np.determiner !== np.start) return null;
  const det = t.norm[np.determiner].toLowerCase();
  const kind = headKind(t, np);
  // ("BP has accelerated its plans": an owner's pronoun says whose, never which plans; with a word of its own it says
  // which, "The negotiating group on agriculture held its first meeting". Not a deal: "TWA withdrew its bid", "Dixons
  // agreed to reopen its tender offer" read whole: a bid is its owner's one bid; so is a deal or a case, "Pfizer
  // announced its deal", "Boeing settled its lawsuit", OWNERS_ONE_CASE_HEADS.)
  const headWord = t.norm[np.head].toLowerCase();
  const owned =
    OWNER_PRONOUNS.has(det) &&
    kind === null &&
    POINTING_BACK_HEADS.has(headWord) &&
    !OWNERS_ONE_CASE_HEADS.has(headWord) &&
    !np.modifiers.some((i) => tokens.has(i));
  if (det !== 'the' && !owned) return null;
  if (!kind && !owned) return null;
  for (let i = np.start + 1; i < np.head; i++) {
    if (!tokens.has(i)) continue;
    // ("the Geneva mill", "the AMR order": a name or a capital says which.)
    if (t.tag[i] === 'PROPN' || (t.flags[i] & Flag.CAPITALISED) !== 0) return null;
    // ("the 1985 sale": a year says which; "the 130 mln rand cash sale": an amount does not.)
    if (t.tag[i] === 'NUM' && /^(?:19|20)\d\d$/.test(t.norm[i])) return null;
    // ("Biden signed the executive order": a kind of document, no purchase order.)
    if (kind === 'deal' && headWord === 'order' && DOCUMENT_ORDER_WORDS.has(t.norm[i].toLowerCase())) return null;
    if (t.tag[i] !== 'NOUN') continue;
    // ("the 130 mln rand cash sale": a unit after a number, and how it is paid, say not what is sold.)
    // (The unit is up to two words after the number: "130 mln rand", "1.4 billion dlr".)
    const unit = t.tag[i - 1] === 'NUM' || (t.tag[i - 2] === 'NUM' && i - 1 > np.start);
    if (kind === 'deal' && (DEAL_MANNER_NOUNS.has(t.norm[i].toLowerCase()) || unit)) continue;
    // ("the integrated steel mill": a word of kind names no one mill; "the oil spill commission", "the engine order" say which.)
    if (kind === 'facility') continue;
    return null;
  }
  // ("The presidential commission began its hearings" (Timeline17): a word before a thing's noun says which commission,
  // of the story's one president; "the commission" alone does not.)
  if (kind === 'thing' && np.modifiers.some((i) => tokens.has(i))) return null;
  // ("the integrated steel mill", "The joint-venture plant": words of kind describe a plant named before, as "the oil
  // giant" a company; a bare "the plant", "the refinery" of a story about one is left to the story: "My fear was
  // confirmed when the plant exploded", "The fire caused the April 20 shutdown of the refinery".)
  if (kind === 'facility' && !np.modifiers.some((i) => tokens.has(i))) return null;
  return kind ?? 'thing';
}

/**
 * Whether the article named the noun before, once: an earlier phrase with the same head and a name ("Tokyo Electric
 * Power Co said the Fukushima Daiichi plant was badly damaged ... Engineers restored power to the crippled nuclear
 * plant") or its own complement ("the plant at Geneva"), or for a deal the verb it names with a named object
 * ("Microsoft agreed to buy Activision Blizzard ... Microsoft completed the acquisition"). Then the story's one of its
 * kind is placed by the article; two or more such mentions leave it unplaced.
 */
export function namedBefore(a: Analysis, k: number, np: NounPhrase): boolean {
  const t = a.tokens;
  const head = t.norm[np.head].toLowerCase();
  // (A deal's noun named before by its noun is not enough: "the sale of Citicorp's local subsidiary ... Citicorp announced
  // the 130 mln rand cash sale", "GE SAYS AMR ORDER WORTH 650 MLN DLRS ... AMR announced the order" were judged
  // unreadable: the title does not write which; only its verb with a named object places it.)
  const facility = FACILITY_HEADS.has(head);
  const preps = facility ? ['of', 'at', 'in'] : [];
  const named = (x: NounPhrase) =>
    x.names.length > 0 || x.properName !== null || (x.possessor !== null && (x.possessor.names.length > 0 || x.possessor.properName !== null));
  const found = new Set<string>();
  for (let j = 0; j <= k; j++) {
    for (const x of facility ? a.nounPhrases[j] : []) {
      if (x.start >= np.start || t.norm[x.head].toLowerCase() !== head || x.temporal || x.pronoun) continue;
      const next = x.end < a.sentences[j].tokenEnd ? t.norm[x.end].toLowerCase() : '';
      const complement = preps.includes(next) ? a.nounPhrases[j].find((y) => y.preposition === x.end && named(y)) : undefined;
      if (named(x) || complement)
        found.add(
          t.norm
            .slice(x.start, complement ? complement.end : x.end)
            .join(' ')
            .toLowerCase(),
        );
    }
  }
  const verbs = DEAL_NOUN_VERBS.get(head) ?? [];
  for (const c of a.clauses) {
    if (c.sentence > k || c.verb.head >= np.start || !verbs.includes(lemmaOf(t, c.verb.head)) || !c.object || !named(c.object)) continue;
    found.add(t.norm.slice(c.object.start, c.object.end).join(' ').toLowerCase());
  }
  return found.size === 1;
}

/**
 * `object-cannot-be-placed:definite-noun`, `subject-cannot-be-placed:definite-noun`: a title phrase of the lists with
 * nothing that says which, and no phrase kept after it ("the sale of its unit", "the commission on the spill"), a time
 * between skipped. The subject only when the article did not name it (`titlePhrases` of events/unplaced.ts leaves it out).
 */
export function definiteWithoutWhat(
  t: TokenTable,
  np: NounPhrase,
  tokens: Map<number, TitleRole>,
  sentenceEnd: number,
  inTime: (i: number) => boolean,
  isSubject: boolean,
): false | 'unplaced' | 'phrase-not-its-own' {
  const kind = unnamedDefinite(t, np, tokens);
  if (!kind) return false;
  // (A deal's noun as the subject is candidates.ts's: "The merger was completed" (`subject-cannot-be-placed:definite`),
  // "THe tender offer began on February six" (`offer-without-owner`); this rule reads it after the verb.)
  if (kind === 'deal' && isSubject) return false;
  let next = np.end;
  while (next < sentenceEnd && !tokens.has(next) && inTime(next) && next - np.end < 4) next++;
  if (phraseKeptAt(t, tokens, next)) {
    // ("Last July the Interstate Commerce Commission (ICC) denied the merger on anticompetitive grounds" (wire copy,
    // 1987; the judges: "'the merger' has no referent out of context"): a deal's noun is placed by its own complement,
    // "the merger with Southern Pacific", "the sale of its unit to X"; a phrase with another preposition is the verb's,
    // why or how it was done, and says not which merger: `object-cannot-be-placed:definite-noun-phrase-not-its-own`.)
    // (An infinitive after it is its content, its own: "Thad Allen issued the order to begin moving dozens of vessels".)
    const own = DEFINITE_EVENT_NOUNS.get(t.norm[np.head].toLowerCase());
    if (kind !== 'deal' || !own || own.includes(t.norm[next].toLowerCase()) || t.tag[next] !== 'ADP' || t.tag[next + 1] === 'VERB') return false;
    return 'phrase-not-its-own';
  }
  // ("the plant closed by GM", "the order placed in March": a participle kept after it says which.)
  if (tokens.has(next) && tokens.get(next) !== 'verb' && t.tag[next] === 'VERB') return false;
  return 'unplaced';
}

/**
 * `title:definite-noun-keeps-its-phrase`: "announced the sale of its Cleveland unit to X": a deal's noun of DEFINITE_EVENT_NOUNS in the title whose own
 * complement the sentence writes right after it (past a time) but the title cut keeps it, with the complement's own "of"
 * phrase, when the title has room. Adds the words and the rule; the title stays as it was when it has no room (then
 * `definiteWithoutWhat` sets the clause aside).
 */
export function keepDefiniteNounPhrase(a: Analysis, c: Clause, tokens: Map<number, TitleRole>, rules: string[], h: TitleHelpers): void {
  const t = a.tokens;
  const k = c.sentence;
  const nps = a.nounPhrases[k];
  const sEnd = a.sentences[k].tokenEnd;
  for (const np of nps) {
    const role = tokens.get(np.head);
    if (!role || role === 'verb') continue;
    // (A role after "acted as" keeps its deal in events/needed-phrase.ts, `title:role-keeps-what`.)
    const preps = unnamedDefinite(t, np, tokens) === 'deal' ? DEFINITE_EVENT_NOUNS.get(t.norm[np.head].toLowerCase()) : undefined;
    if (!preps) continue;
    const at = timeAfter(a, k, np.end);
    if (at >= sEnd || tokens.has(at) || !preps.includes(t.norm[at].toLowerCase()) || t.tag[at] !== 'ADP') continue;
    // (Only the first word after the noun, or after a time: "the sale at a price of about 100 mln dlrs" is no sale of a price.)
    const after = nps.find((x) => x.preposition === at || x.start === at + 1);
    if (!after || after.temporal || after.pronoun || !h.whole(after)) continue;
    // (The complement's own "of" phrase: "the underwriting of units of Fireman's common stock".)
    const of = t.norm[after.end] === 'of' ? nps.find((x) => x.preposition === after.end || x.start === after.end + 1) : undefined;
    const ofWords = of && !of.temporal && !of.pronoun && h.whole(of) ? [after.end, ...h.core(of)] : [];
    // (And the "of" phrase's own: "the underwriting of units of Fireman's common stock"; "of units" alone says nothing.)
    const of2 = of && t.norm[of.end] === 'of' ? nps.find((x) => x.preposition === of.end || x.start === of.end + 1) : undefined;
    if (of2 && ofWords.length) {
      if (of2.temporal || of2.pronoun || !h.whole(of2)) continue;
      ofWords.push(of2.preposition >= 0 ? of2.preposition : of2.start - 1, ...h.core(of2));
    }
    if (
      tryAdd(t, tokens as Map<number, 'subject' | 'verb' | 'object' | 'agent' | 'phrase'>, h, [
        [at, ...h.core(after), ...ofWords],
        [at, ...h.short(after), ...ofWords],
        ...(of ? [] : [[at, ...h.core(after)]]),
      ])
    ) {
      rules.push('title:definite-noun-keeps-its-phrase');
      return;
    }
  }
}

/**
 * `object-cannot-be-placed:owner-of-main-clause`: "The corporation was shut down last April when Congress refused to
 * continue funding its eight billion dlr budget" (Reuters 1987; as a title "its" (the corporation) has no referent and
 * reads as Congress's own budget): in a clause that says when or why of another ("when", "after",
 * "because"), "its" after the verb may stand for the other clause's subject, a thing of one (a common noun, singular),
 * as well as for its own, when that subject is an organisation told of before the clause by its description
 * (COMPANY_DESCRIPTIONS); the title, which writes only its own clause, gives it to the wrong one. The clause makes no
 * event. (Not "GM said its profits fell": a clause of what is said is no adverbial one, and "its" is no object.)
 */
export function ownerOfMainClause(a: Analysis, c: Clause, subject: NounPhrase, tokens: Map<number, TitleRole>): boolean {
  const t = a.tokens;
  if (c.kind !== 'adverbial' || c.parent < 0 || subject.pronoun) return false;
  const main = a.clauses[c.parent]?.subject;
  if (!main || main.pronoun || main.temporal || main.conjuncts.length || main.head === subject.head || t.tag[main.head] !== 'NOUN') return false;
  // (An organisation written before the clause, by its description, "the corporation", "the company": one that owns a
  // budget as the clause's subject may. Not "Since The World Health Organisation raised its swine flu pandemic alert to
  // level five on 29 April, the outbreak has affected 41 countries": an outbreak, told after, owns no alert.)
  if (main.end > c.start || !COMPANY_DESCRIPTIONS.has(t.norm[main.head].toLowerCase())) return false;
  for (const [i, role] of tokens) if (role !== 'subject' && role !== 'verb' && i > c.verb.head && t.norm[i].toLowerCase() === 'its') return true;
  return false;
}
