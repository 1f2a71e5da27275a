/**
 * levels: clauses in the past tense that tell a level, an estimate of one, or what was not given, and no happening
 * (candidates.ts `happeningRule` asks them with the background states). None is a happening of a day:
 * "The kingdom's exports from Gulf ports averaged one mln bpd during the eight days ending last Sunday" (an average over a
 * period), "OPEC crude oil output in the first few days of March was running at about 14.7 mln bpd" (a rate at a time),
 * "MEES put Saudi Arabian output at 2.9 mln bpd in the first week of March" (an estimate of a level), "In 1985, ADNOC
 * marketed a total of 476,000 bpd of crude oil" (a yearly volume), "Lukman gave no specific figures for February output"
 * (nothing given), "August Dubai was discussed in cautious early activity at around 17.35 dlrs" (a price quote), "Virtually all Latin American leaders backed Brazil's suspension of interest payments" (a stance); and, on Timeline17, "A BP spokesman declined to comment on the leak this morning" (what was not said).
 */
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { lemmaAt } from '../nlp/tokens';
import {
  DECLINING_VERBS,
  DISCUSSING_VERBS,
  ESTIMATE_AT_VERBS,
  FLOW_LEVEL_VERBS,
  GIVING_INFORMATION_VERBS,
  GUEST_PLACE_PREPOSITIONS,
  HEADCOUNT_VERBS,
  MOOD_NOUNS,
  PHRASAL_STANCE_VERBS,
  PRICE_TALK_PARTICIPLES,
  RECEIVING_PREPOSITIONS,
  SAYING_VERBS,
  STANCE_VERBS,
  VIEW_OBJECT_NOUNS,
  VOICED_PARTICIPLE_VERBS,
} from '../lexicon/events';

const RATE_WORDS = new Set(['bpd', 'b/d', 'bpd.', 'daily', 'annually']);
// (Wider than nlp/noun-phrases.ts `rateMarker` on purpose: a rate of time is written "each day", "every year" too.)
const PER_WORDS = new Set(['a', 'an', 'per', 'each', 'every']);
const PER_UNITS = new Set(['day', 'week', 'month', 'year', 'annum']);

/**
 * The clause's own words after its verb, up to a comma, a semicolon or a verb of another clause: "averaged one mln bpd
 * during the eight days ending last Sunday" stops at "ending".
 */
function ownWordsAfterVerb(a: Analysis, c: Clause): number[] {
  const t = a.tokens;
  const end = Math.min(c.end, a.sentences[c.sentence].tokenEnd);
  const out: number[] = [];
  for (let i = Math.max(c.verb.end, c.verb.particle + 1); i < end; i++) {
    if (t.norm[i] === ',' || t.norm[i] === ';' || t.norm[i] === '--' || t.tag[i] === 'VERB' || t.tag[i] === 'AUX') break;
    out.push(i);
  }
  return out;
}

/** Is there an amount per unit of time among the words ("2.9 mln bpd", "476,000 bpd", "33,290 barrels per day")? */
function rateAmount(a: Analysis, words: number[]): boolean {
  const t = a.tokens;
  let amount = false;
  for (const i of words) {
    if (t.tag[i] === 'NUM') amount = true;
    if (!amount) continue;
    if (RATE_WORDS.has(t.norm[i])) return true;
    if (PER_WORDS.has(t.norm[i]) && PER_UNITS.has(t.norm[i + 1]) && words.includes(i + 1)) return true;
  }
  return false;
}

/** Why the clause tells a level or nothing given, or null. */
export function levelRule(a: Analysis, c: Clause): string | null {
  const t = a.tokens;
  const lemma = lemmaAt(a.tokens, c.verb.head);
  // ("U.S. Trade officials again made clear their anger over what they call unfair government support for Airbus, voiced
  // during a visit to European capitals in February": what was voiced is words, a view.)
  if (c.kind === 'participial' && c.subjectFrom === 'antecedent' && VOICED_PARTICIPLE_VERBS.has(lemma)) return 'view:voiced-participle';
  // ("August Dubai was discussed in cautious early activity at around 17.35 dlrs, above Friday's 17.15-20 range": where a
  // price was talked is a market's level, no deal.)
  if (c.passive && PRICE_TALK_PARTICIPLES.has(t.norm[c.verb.head])) {
    const rest = ownWordsAfterVerb(a, c);
    const at = rest.findIndex((i) => t.norm[i] === 'at');
    if (at >= 0 && rest.slice(at + 1, at + 4).some((i) => t.tag[i] === 'NUM')) return 'state:price-quoted';
  }
  // ("Spot-next and one-week rates were put at 6-1/4, 5-3/4 pct after quotes ranging between seven, six yesterday"
  // (Reuters, 1 March 1987; the judges: a market quote level, a state), "Long term debt as of December 31, 1986 was put
  // at 7...", "The financial claims have been put at up to $70bn": a thing put at an amount is its estimate, a level;
  // the passive of "MEES put Saudi Arabian output at 2.9 mln bpd", with no one doing the putting.)
  if (c.passive && ESTIMATE_AT_VERBS.has(lemma) && c.verb.particle < 0) {
    const rest = ownWordsAfterVerb(a, c);
    if (t.norm[rest[0]] === 'at' && rest.slice(1, 5).some((i) => t.tag[i] === 'NUM')) return 'state:estimated-level';
  }
  if (c.passive) return null;
  // ("U.S. Trade officials again made clear their anger over what they call unfair government support for Airbus":
  // made clear a feeling or a view is voicing it.)
  const clear = t.norm[c.verb.end - 1] === 'clear' || t.norm[c.verb.end] === 'clear' || (c.verb.particle >= 0 && t.norm[c.verb.particle] === 'clear');
  if (lemma === 'make' && clear && c.object && (MOOD_NOUNS.has(t.norm[c.object.head]) || VIEW_OBJECT_NOUNS.has(t.norm[c.object.head])))
    return 'view:made-clear';
  const phrasal = c.verb.particle >= 0;
  const words = ownWordsAfterVerb(a, c);
  const hasNumber = words.some((i) => t.tag[i] === 'NUM');
  // ("The kingdom's exports from Gulf ports averaged one mln bpd during the eight days ending last Sunday", "Saudi output
  // in the first eight days of March averaged 2.6 mln barrels per day": an average is a level over a period.)
  if (lemma === 'average' && t.tag[c.verb.head] === 'VERB' && hasNumber) return 'state:average';
  // ("OPEC crude oil output in the first few days of March was running at about 14.7 mln bpd": a rate at a time.)
  if (lemma === 'run' && c.verb.progressive && t.norm[words[0]] === 'at' && hasNumber) return 'state:running-at';
  // ("MEES put Saudi Arabian output at 2.9 mln bpd": an estimate of a rate is a level; "put the death toll at 11", a
  // count, is left to be read as announced.)
  if (
    !phrasal &&
    ESTIMATE_AT_VERBS.has(lemma) &&
    c.object &&
    words.some((i) => t.norm[i] === 'at') &&
    rateAmount(
      a,
      words.filter((i) => i >= c.object!.end),
    )
  )
    return 'state:estimated-level';
  // ("In 1985, ADNOC marketed a total of 476,000 bpd of crude oil and 7.2 mln tonnes of refined products".)
  if (!phrasal && FLOW_LEVEL_VERBS.has(lemma) && rateAmount(a, words)) return 'state:flow-level';
  // ("At the beginning of 1987, Sony employed about 1,100 people in Europe" (Reuters, April 1987; judged "a state: number
  // of employees at a point in time"): how many a company employs is a headcount held, no happening; "hired 500
  // workers" tells a change and is not this verb.)
  if (!phrasal && HEADCOUNT_VERBS.has(lemma) && c.object && c.object.preposition < 0) {
    const o = c.object;
    if (t.tag[o.head] !== 'PROPN' && [o.head, ...o.modifiers].some((i) => t.tag[i] === 'NUM')) return 'state:headcount';
  }
  // ("A traditional Sunday lull in trading due to the European weekend also contributed to the lack of market
  // activity" (Reuters, 1 March 1987; the judges: an explanation of market conditions, no happening), "Restructuring of
  // the downstream oil sector contributed to a profit rise to 187 mln stg in 1986": what a thing contributed to is its
  // part in what happened, a cause weighed; "contributed 5 mln dlrs to the fund" gives something and stays.)
  if (lemma === 'contribute' && !phrasal && !c.object && t.norm[c.verb.end] === 'to') return 'explanation:contributed-to';
  // ("Lukman gave no specific figures for February output", "The official gave no figure for February output".)
  if (GIVING_INFORMATION_VERBS.has(lemma) && c.object && t.norm[c.object.start] === 'no') return 'not-done:nothing-given';
  // ("Virtually all Latin American leaders backed Brazil's suspension of interest payments on 68 billion dlrs of private
  // bank debt last month", "Deutsch-Suedamerikanische Bank welcomed Mexico joining the General Agreement on Tariffs and
  // Trade (GATT) in mid 1986": a stance towards what others did is a view, its date the deed's; not a guest welcomed
  // somewhere, "welcomed Putin to Pyongyang", "welcomed Putin in Pyongyang", a meeting; but "BP welcomed the ruling in a
  // statement" says where the view was told.)
  // ("Sony Corp chairman Akio Morita played down the U.S.-Japanese trade conflict": a phrasal verb of making less or
  // more of a thing is a stance too.)
  // ("The minister shrugged off the criticism": the parser may read the particle as the object's preposition.)
  const particleRead = !phrasal && PHRASAL_STANCE_VERBS.has(`${lemma} ${t.norm[c.verb.end]}`);
  if (particleRead && !c.object && a.nounPhrases[c.sentence].some((np) => np.preposition === c.verb.end && !np.pronoun)) return 'view:stance';
  const stance = phrasal ? PHRASAL_STANCE_VERBS.has(`${lemma} ${t.norm[c.verb.particle]}`) : STANCE_VERBS.has(lemma) || particleRead;
  if (stance && c.object && !c.object.pronoun) {
    const after = t.norm[c.object.end];
    const named = t.tag[c.object.head] === 'PROPN' || c.object.properName !== null;
    // ("Bankers welcomed the Bank of Spain's decision to raise the reserve requirement for banks" (Reuters, 5 March 1987;
    // the judges: a reaction, no happening): a "to" that opens an infinitive on the object says what was decided, no
    // place a guest was welcomed to.)
    const infinitive =
      after === 'to' &&
      a.clauses.slice(a.clauseRange[c.sentence][0], a.clauseRange[c.sentence][1]).some((x) => x.kind === 'infinitive' && x.marker === c.object!.end);
    if ((infinitive || !RECEIVING_PREPOSITIONS.has(after)) && !(named && GUEST_PLACE_PREPOSITIONS.has(after))) return 'view:stance';
  }
  // ("A BP spokesman declined to comment on the leak this morning, referring inquiries to Alyeska", "Tony Hayward refused
  // to comment on the proposal": what was not said is the reporting's process, no happening.)
  if (DECLINING_VERBS.has(lemma) && !phrasal && t.norm[c.verb.end] === 'to') {
    const said = lemmaAt(a.tokens, c.verb.end + 1);
    if (SAYING_VERBS.has(said) || DISCUSSING_VERBS.has(said)) return 'not-done:declined-to-say';
  }
  return null;
}
