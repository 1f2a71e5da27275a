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
import { COMBAT_WORDS, MILITARY_SAYER_WORDS } from '../lexicon/events';
import { COUNTRIES } from '../lexicon/countries';
import type { Analysis } from '../nlp/analyse';
import type { Clause } from '../nlp/clauses';
import { phraseStart } from '../nlp/noun-phrases';

const PARTY_NAMES = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.names, ...c.demonyms, ...c.capitals]));

/** The clause is a fighting claim reported by a state party written before the saying verb. */
export function combatClaimByParty(a: Analysis, c: Clause): boolean {
  const t = a.tokens;
  const r = c.reported;
  // (Before or after the claim: "Iraqi warplanes today destroyed an oil pumping station, a military spokesman said";
  // sayingOf in candidates.ts writes the sayer after it, `title:with-sayer-after`, wire45.)
  if (r?.kind !== 'speech' || r.verb < 0 || !r.speaker || (r.verb >= c.verb.start && r.verb <= c.verb.end)) return false;
  const sp = r.speaker;
  if (sp.pronoun || t.tag[sp.head] === 'PRON' || sp.end > r.verb) return false;
  const word = (i: number) => t.text.slice(t.start[i], t.end[i]);
  let party = false;
  for (let i = phraseStart(sp); i < sp.end && !party; i++)
    for (let n = 1; n <= 3 && i + n <= sp.end && !party; n++)
      party = PARTY_NAMES.has(
        Array.from({ length: n }, (_, k) => word(i + k))
          .join(' ')
          .replace(/\s+'s$|['’]s$/, ''),
      );
  // ("In Baghdad, a military spokesman said Iraqi warplanes today destroyed an oil pumping station": an army's
  // spokesman or communique is a party's voice with no country in its phrase, `claim:combat-told-by-party`, wire45.)
  for (let i = phraseStart(sp); i < sp.end && !party; i++) party = MILITARY_SAYER_WORDS.has(t.norm[i]);
  if (!party) return false;
  for (const [s, e] of c.pieces) for (let i = s; i < e; i++) if (COMBAT_WORDS.has(t.lemma[i]) || COMBAT_WORDS.has(t.norm[i])) return true;
  return false;
}
