/**
 * A war report's claim told by one of the parties: "Iran said it had achieved important victories against Iraq on the
 * southern war fronts last night", "Iraq said its warplanes launched two bombing raids on Iran's offshore Nowruz
 * oilfield in the northern Gulf today" (Reuters, 1987). A belligerent's word on its own victories, the enemy's losses or
 * the other side's raids is a claim the wire attributes because no one else confirms it; "Iran had achieved important
 * victories against Iraq" told as a fact would state one side's claim as the news. The title keeps the
 * sayer (events.ts, `claim:combat-told-by-party`), or there is no event.
 *
 * The party is a state named in the sayer's phrase by its name, capital or demonym ("Iran", "Washington", "The Iranian
 * news agency IRNA", "Tehran radio"); the claim is a clause with a word of fighting or its toll (COMBAT_WORDS). A
 * neutral source ("Lloyds Shipping Intelligence said the Greek bulk carrier Pamit was attacked") is not a party. An army's
 * own voice is a party's with no country named: "a military spokesman", "A high command war communique"
 * (MILITARY_SAYER_WORDS).
 */
import { COMBAT_WORDS, MILITARY_SAYER_WORDS, STATE_SAYER_HEADS, WAR_ONLY_WORDS } from '../lexicon/events';
import { COUNTRIES } from '../lexicon/countries';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { phraseStart } from '../nlp/noun-phrases';

/** Each name, capital and demonym of a state, to the state's name. */
const PARTY_OF = new Map(COUNTRIES.flatMap((c) => [c.name, ...c.names, ...c.demonyms, ...c.capitals].map((n) => [n, c.name] as const)));

/** The states named in tokens [from, to), by runs of up to three words. */
function partiesIn(a: Analysis, from: number, to: number): Set<string> {
  const t = a.tokens;
  const word = (i: number) => t.text.slice(t.start[i], t.end[i]);
  const out = new Set<string>();
  for (let i = from; i < to; i++)
    for (let n = 1; n <= 3 && i + n <= to; n++) {
      const name = Array.from({ length: n }, (_, k) => word(i + k))
        .join(' ')
        .replace(/\s+'s$|['’]s$/, '');
      // (A demonym in the plural: "over 2,600 Iraqis had been killed or wounded".)
      const p = PARTY_OF.get(name) ?? PARTY_OF.get(name.replace(/s$/, ''));
      if (p) out.add(p);
    }
  return out;
}

/**
 * The clause is a fighting claim reported by a state party written before the saying verb. The sayer is the state
 * itself or one of its organs (STATE_SAYER_HEADS); the claim has a word of war only (WAR_ONLY_WORDS: "raids",
 * "troops"), or a word of fighting or its toll (COMBAT_WORDS: "victories", "injured") with a second state named ("against
 * Iraq", "Monday's U.S. attack"). ("A senior Indian health official said the heatwave killed 54 people in Uttar Pradesh",
 * "The U.S. Geological Survey said the earthquake destroyed 200 homes in Nepal": a toll of nature told by a state's
 * agency is no war claim.)
 */
export function combatClaimByParty(a: Analysis, c: Clause): boolean {
  const t = a.tokens;
  const r = c.reported;
  // (Before or after the claim: "Iraqi warplanes today destroyed an oil pumping station, a military spokesman said";
  // sayingOf in candidates.ts writes the sayer after it, `title:with-sayer-after`.)
  if (r?.kind !== 'speech' || r.verb < 0 || !r.speaker || (r.verb >= c.verb.start && r.verb <= c.verb.end)) return false;
  const sp = r.speaker;
  if (sp.pronoun || t.tag[sp.head] === 'PRON' || sp.end > r.verb) return false;
  const sayers = partiesIn(a, phraseStart(sp), sp.end);
  // ("In Baghdad, a military spokesman said Iraqi warplanes today destroyed an oil pumping station": an army's
  // spokesman or communique is a party's voice with no country in its phrase.)
  let military = false;
  for (let i = phraseStart(sp); i < sp.end && !military; i++) military = MILITARY_SAYER_WORDS.has(t.norm[i]);
  if (!sayers.size && !military) return false;
  const organ =
    partiesIn(a, sp.head, sp.head + 1).size > 0 ||
    Array.from({ length: sp.end - phraseStart(sp) }, (_, k) => phraseStart(sp) + k).some(
      (i) => STATE_SAYER_HEADS.has(t.lemma[i]) || STATE_SAYER_HEADS.has(t.norm[i]),
    );
  if (!organ) return false;
  let war = false;
  let toll = false;
  // ("troops" or "forces" alone is no war: "Troops delivered food to 10,000 flood victims on Wednesday, a military
  // spokesman said" is relief work; with a combat word it is, "Iran said its forces launched fresh attacks near
  // Basra".)
  let armed = false;
  const others = new Set<string>();
  for (const [s, e] of c.pieces) {
    for (let i = s; i < e; i++) {
      if (t.norm[i] === 'troops' || t.norm[i] === 'forces') armed = true;
      else if (WAR_ONLY_WORDS.has(t.lemma[i]) || WAR_ONLY_WORDS.has(t.norm[i])) war = true;
      else if (COMBAT_WORDS.has(t.lemma[i]) || COMBAT_WORDS.has(t.norm[i])) toll = true;
    }
    for (const p of partiesIn(a, s, e)) if (!sayers.has(p)) others.add(p);
  }
  // (The subject too: "Iran said over 2,600 Iraqis had been killed or wounded".)
  if (c.subject) for (const p of partiesIn(a, c.subject.start, c.subject.end)) if (!sayers.has(p)) others.add(p);
  return war || (armed && toll) || (toll && others.size > 0);
}
