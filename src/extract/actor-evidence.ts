/**
 * What the linguistic layer (src/extract/nlp, wink's tags and the clause parser) says about the names of a
 * document: which tokens are proper nouns, which names speak, which are described as people, which stand
 * where a place stands. actors.ts weighs this against titles, head words and the lexicons.
 *
 * Evidence is keyed by the name's normalised text, as written in the clause, so a name found by actors.ts's
 * capitalised runs finds its evidence without the two agreeing on token boundaries.
 */
import type { Analysis } from './nlp/analyse';
import type { NounPhrase } from './nlp/noun-phrases';
import { type Tag, spanText, tagCursor } from './nlp/tokens';
import { normalizeName } from './normalize-name';
import {
  NAMED_ONLY_AS_PARTICIPLES,
  ORG_CUES_BEFORE,
  PERSON_ROLE_NOUNS,
  PERSON_SPEECH_VERBS,
  PLACE_ONLY_PREPOSITIONS,
  PUBLICATION_NOUNS,
  STAKE_NOUNS,
} from './lexicon/actors';

export interface NameEvidence {
  /** wink's tag for the token starting at a character offset (after the layer's repairs), asked left to right. */
  tagAt: (start: number) => Tag | undefined;
  /**
   * "Tony Hayward said", "said Thad Allen", "Allen told reporters": names of two or more words that are the
   * subject of a speech verb. Companies speak too ("BP said"), so one word alone is not evidence.
   */
  speakers: Set<string>;
  /** "Tony Hayward, BP's chief executive,", "Jud Pyle, chief investment strategist at ...": a name described by a person's role. */
  described: Set<string>;
  /** "Barrick Gold of Canada, the world's largest gold miner": a name described by a company's noun. */
  companies: Set<string>;
  /** Names that are the subject of any clause: what does things (companies, institutions, people). */
  subjects: Set<string>;
  /** "in Houston", "from Grand Isle": names that stand after a locative preposition somewhere in the document. */
  located: Set<string>;
  /** "foreign stakes in CGCT", "its holdings in Chrysler": names a noun of an owner's part is "in", companies owned. */
  owned: Set<string>;
  /**
   * "The 30-year-old patient, who has been named only as Bao", "An engineer identified only as Geoff": a name given
   * "only as" is part of a person's name, the rest withheld (actors.ts `named-only-as`).
   */
  namedOnlyAs: Set<string>;
}

const nameOf = (a: Analysis, np: NounPhrase | null): string | null => {
  if (!np?.properName) return null;
  const [s, e] = np.properName;
  return normalizeName(spanText(a.tokens, s, e - 1));
};

/** The proper-name runs of a phrase and of its conjuncts ("BP and Transocean"). */
function names(a: Analysis, np: NounPhrase | null): string[] {
  if (!np) return [];
  if (np.conjuncts.length) return np.conjuncts.flatMap((c) => names(a, c));
  const n = nameOf(a, np);
  return n ? [n] : [];
}

/** True when nothing but adjectives stands between a phrase's preposition and its proper name. */
function onlyAdjectivesBefore(a: Analysis, p: NounPhrase, from: number): boolean {
  for (let k = from; k < p.properName![0]; k++) if (a.tokens.tag[k] !== 'ADJ') return false;
  return true;
}

/** A compass point's adjective, written small: "northern", "south-eastern". */
const COMPASS_ADJECTIVE = /^(?:north|south)?-?(?:east|west)?ern$/;

// ("Mother Jones, a leftwing magazine, reported an unlisted BP phone number": a magazine or newspaper is an organisation
// too, whatever its name looks like.)
const companyNoun = (w: string) => ORG_CUES_BEFORE.has(w) || PUBLICATION_NOUNS.has(w);

export function nameEvidence(a: Analysis): NameEvidence {
  const t = a.tokens;
  const tagAt = tagCursor(t);
  const ev: NameEvidence = {
    tagAt,
    speakers: new Set(),
    described: new Set(),
    companies: new Set(),
    subjects: new Set(),
    located: new Set(),
    owned: new Set(),
    namedOnlyAs: new Set(),
  };
  for (const c of a.clauses) {
    for (const n of names(a, c.subject)) {
      ev.subjects.add(n);
      if (PERSON_SPEECH_VERBS.has(t.lemma[c.verb.head]) && n.includes(' ')) ev.speakers.add(n);
    }
  }
  for (const phrases of a.nounPhrases) {
    for (const np of phrases) {
      const flat = np.conjuncts.length ? np.conjuncts : [np];
      for (const p of flat) {
        const n = nameOf(a, p);
        if (!n) continue;
        // "Jud Pyle, chief investment strategist at Options News Network": the description's head is a person's role.
        // ("Lamar McKay, the BP official who visited Capitol Hill": a name may say whose the role is, before its noun.)
        const role = p.appositive;
        if (
          role &&
          PERSON_ROLE_NOUNS.has(t.norm[role.head]) &&
          (role.properName === null || (t.tag[role.head] === 'NOUN' && role.properName[1] <= role.head)) &&
          n.includes(' ')
        )
          ev.described.add(n);
        // ("Lamar McKay, the BP official who visited Capitol Hill": the parse links no apposition before a relative
        // clause; the role's phrase right after the comma describes the name all the same.)
        const next = phrases.find((x) => x.start === p.end + 1);
        if (
          !role &&
          next &&
          t.norm[p.end] === ',' &&
          next.determiner >= 0 &&
          t.tag[next.head] === 'NOUN' &&
          PERSON_ROLE_NOUNS.has(t.norm[next.head]) &&
          (next.properName === null || next.properName[1] <= next.head) &&
          /^(?:who|,)$/.test(t.norm[next.end] ?? '') &&
          n.includes(' ')
        )
          ev.described.add(n);
        // ("Barrick Gold of Canada, the world's largest gold miner": the company is "Barrick Gold", of Canada.)
        if (p.appositive && companyNoun(t.norm[p.appositive.head]) && p.appositive.properName === null) ev.companies.add(n.split(' of ')[0]);
        // ("chief executive of ARCO, an oil company that was acquired by BP in 2000": the parse links no apposition
        // before a relative clause; the company's phrase right after the comma describes the name all the same, and
        // actors.ts records `described-as-company` as for the apposition.)
        if (
          !p.appositive &&
          next &&
          t.norm[p.end] === ',' &&
          next.determiner >= 0 &&
          t.tag[next.head] === 'NOUN' &&
          companyNoun(t.norm[next.head]) &&
          next.properName === null &&
          /^(?:who|that|which)$/.test(t.norm[next.end] ?? '')
        )
          ev.companies.add(n);
        const as = p.preposition;
        if (as >= 2 && t.norm[as] === 'as' && p.properName?.[0] === p.start && t.norm[as - 1] === 'only' && NAMED_ONLY_AS_PARTICIPLES.has(t.norm[as - 2]))
          ev.namedOnlyAs.add(n);
        // "flagging up the damage on Grand Isle", "reporting by Anna Driver in Houston".
        // ("effort is in disarray Former BP contractor Adam Dillon says": a headline run into its standfirst made one
        // phrase of "disarray ... Adam Dillon"; a name after a common noun of the phrase is not where, `name-after-noun-not-located`.
        // Adjectives may stand between: "in southern Louisiana".)
        // ("CGCT, which controls 16 pct of the French public telephone switching market ... say how an increase would affect
        // foreign stakes in CGCT" (wire copy, 1987; "CGCT posted losses" names the company): "in" after a noun of
        // an owner's part, `STAKE_NOUNS`, names the company owned, no place, `stake-in-name`.)
        const stake = p.preposition > 0 && t.norm[p.preposition] === 'in' && STAKE_NOUNS.has(t.norm[p.preposition - 1]);
        // ("Greek activities in the northern Aegean contravened the 1976 Berne Agreement" (Reuters 1987, the judges:
        // "'Aegean' is only a location"): "the" and a compass point's adjective written small say which part of a
        // region, a place, as "in southern Louisiana" does.)
        const compassThe =
          p.determiner === p.preposition + 1 && t.norm[p.determiner] === 'the' && !!p.properName && COMPASS_ADJECTIVE.test(t.norm[p.properName[0] - 1] ?? '');
        if (
          p.preposition >= 0 &&
          PLACE_ONLY_PREPOSITIONS.has(t.norm[p.preposition]) &&
          (p.determiner < 0 || compassThe) &&
          !p.possessor &&
          !stake &&
          onlyAdjectivesBefore(a, p, compassThe ? p.determiner + 1 : p.preposition + 1)
        )
          ev.located.add(n);
        if (stake && p.determiner < 0 && !p.possessor) ev.owned.add(n);
      }
    }
  }
  return ev;
}
