/**
 * clause-roles: who does what in each clause. SUBJECT_RULES, in order, say where a clause's subject is
 * found (the first that finds one decides, and names itself in the clause's rules); the object and the
 * agent of a passive follow. A subject taken from elsewhere says so in `subjectFrom`: "antecedent" (the noun
 * a relative or participle clause describes), "shared" (a coordinated verb's), "controller" (an -ing or
 * "to" clause's), "inverted" ("said Thad Allen").
 */
import { ADJUNCT_HEADS, OBJECT_CONTROL_VERBS } from '../lexicon/grammar';
import type { Draft, ParseState } from './clause-state';
import { isBareArgument } from './clause-state';
import { type NounPhrase, phraseStart } from './noun-phrases';

export type SubjectSource = 'own' | 'antecedent' | 'shared' | 'controller' | 'inverted' | 'none';

export interface Roles {
  subject: NounPhrase | null;
  subjectFrom: SubjectSource;
  object: NounPhrase | null;
  agent: NounPhrase | null;
  rules: string[];
}

interface RoleContext {
  st: ParseState;
  /** Roles of another clause, resolved on demand. */
  rolesOf(d: Draft): Roles;
  /** The clause's own noun phrases (not those of clauses embedded in it), in order. */
  own: NounPhrase[];
}

export interface SubjectRule {
  name: string;
  why: string;
  find(c: RoleContext, d: Draft): { np: NounPhrase | null; from: SubjectSource } | null;
}

const beforeVerb = (d: Draft, np: NounPhrase) => np.end <= d.verb!.start && (d.marker < 0 || np.start >= d.marker);

export const SUBJECT_RULES: readonly SubjectRule[] = [
  {
    name: 'inverted-subject',
    why: '"..., said Thad Allen, who leads the response": in an attribution the subject may follow the verb.',
    find: (_c, d) => (d.inverted ? { np: d.subjectHint, from: 'inverted' } : null),
  },
  {
    name: 'object-relative',
    why: '"the well that BP capped": when a relative clause has a subject of its own, the noun it describes is its object.',
    find(c, d) {
      if (d.kind !== 'relative') return null;
      const own = c.own.filter((np) => beforeVerb(d, np) && isBareArgument(np) && np.start > d.marker);
      if (own.length) return { np: own[own.length - 1], from: 'own' };
      // ("an abandoned iranian oil rig on monday which tehran vowed to avenge", a wire story in lower case: "which",
      // read as the determiner of "tehran", began a phrase; the rig became the subject, "An abandoned iranian oil rig
      // vowed to avenge". A phrase the relative word begins, with a noun of its own before the verb, is the clause's
      // own subject, the relative word aside: `relative-word-before-own-subject`.)
      // (Only right before the verb: "an investment trust which issues units in exchange for Eastman Kodak Co EK shares
      // began trading today" is no phrase "which issues units" doing the beginning.)
      const led = c.own.find(
        (np) =>
          np.start === d.marker &&
          np.determiner === d.marker &&
          np.head > d.marker &&
          np.end === d.verb!.start &&
          !np.temporal &&
          !np.pronoun &&
          np.preposition < 0,
      );
      if (led && /^(?:which|that)$/.test(c.st.t.norm[d.marker])) {
        d.rules.push('relative-word-before-own-subject');
        return { np: { ...led, start: d.marker + 1, determiner: -1 }, from: 'own' };
      }
      return null;
    },
  },
  {
    name: 'relative-subject-is-antecedent',
    why: '"the Francis Scott Key Bridge, which collapsed into the Patapsco River": the bridge collapsed, not the subject of the sentence.',
    // "parts of the globe where there are mosquitoes": "where" and "when" are adverbs of their clause, never its subject.
    find: (c, d) => (d.kind === 'relative' && !/^(?:where|when)$/.test(c.st.t.norm[d.marker]) ? { np: d.antecedent, from: 'antecedent' } : null),
  },
  {
    name: 'participle-describes-noun',
    why: '"the Deepwater Horizon oil rig, leased by BP from Swiss drilling giant Transocean": what was leased is the rig.',
    find: (_c, d) => (d.kind === 'participial' && d.antecedent ? { np: d.antecedent, from: 'antecedent' } : null),
  },
  {
    name: 'subject-found-when-opened',
    why: '"BP said the well was capped": the opening rule already found the subject ("the well").',
    find: (_c, d) => (d.subjectHint && !d.inverted ? { np: d.subjectHint, from: 'own' } : null),
  },
  {
    name: 'nearest-phrase-before-verb',
    why: '"In December, international food prices broke an all-time high": the subject is the last noun phrase before the verb that is neither in a prepositional phrase nor a time.',
    find(c, d) {
      const own = c.own.filter((np) => beforeVerb(d, np) && isBareArgument(np));
      if (!own.length) return null;
      const t0 = c.st.t;
      // ("The new study sheds light on two key questions about ... the spill in April: What happened to the oil ...?": a
      // question word right before the verb is its subject; the phrase before it, across the colon, is another clause's.
      // "The new study sheds light happened to the oil" was false: `wh-word-is-subject`.)
      const wh = d.verb!.start - 1;
      // (Not "who" after a comma, a relative the parse did not open: "Sen. Richard Shelby, R-Ala., who met with Feinberg Friday".)
      const opensQuestion = t0.norm[wh] === 'what' || (t0.norm[wh] === 'who' && (wh === c.st.s.tokenStart || t0.norm[wh - 1] === ':'));
      if (wh > own[own.length - 1].end - 1 && wh !== d.marker && opensQuestion) {
        d.rules.push('wh-word-is-subject');
        return null;
      }
      // ("that a blowout of the Deepwater Horizon (MC 252) could yield 162,000 barrels", "The World Health Organization
      // (WHO) raised its alert level late on Tuesday": a phrase in brackets right before the verb, adverbs and times aside, is an
      // aside; the subject is before it. Not over a dash: "the WHO (World Health Organization) - which increased its
      // pandemic alert" is a relative clause the parse lost.)
      const times = c.own.filter((np) => np.temporal);
      const inTime = (k: number) => times.some((np) => k >= phraseStart(np) && k < np.end);
      const adverbsTo = (i: number, end: number) => {
        for (let k = i; k < end; k++) if (t0.tag[k] !== 'ADV' && !inTime(k)) return false;
        return true;
      };
      const bracketed = (np: NounPhrase) =>
        np.start > 0 && t0.norm[np.start - 1] === '(' && t0.norm[np.end] === ')' && np.end < d.verb!.start && adverbsTo(np.end + 1, d.verb!.start);
      if (own.length > 1 && bracketed(own[own.length - 1])) {
        own.pop();
        d.rules.push('subject-before-bracket');
      }
      const last = own[own.length - 1];
      // "Texaco, an oil company now owned by Chevron, started drilling": an indefinite description between commas,
      // with a participle the chunker could not join to it, is the name's apposition; the name is the subject.
      const t = c.st.t;
      const before = own.length > 1 ? own[own.length - 2] : null;
      // ("Bob Pinkerton, mayor of South Padre Island, a coastal community where the entire economy rests on tourism, last
      // night urged residents ...": the apposition's comma may come after its relative clause, and a time may stand
      // between it and the verb; "A coastal community urged residents" was not what happened.)
      // ("mayor of South Padre Island, a coastal community": the name's apposition with its "of" phrase, up to the comma.)
      const ofPhraseTo = (from: number, comma: number) => {
        if (t.norm[from] !== 'of' || comma - from > 6) return false;
        for (let p = from + 1; p < comma; p++) if (!['PROPN', 'NOUN', 'ADJ', 'DET'].includes(t.tag[p])) return false;
        return comma > from + 1;
      };
      const closedBeforeVerb = (from: number) => {
        for (let p = d.verb!.start - 1; p >= from; p--) if (t.norm[p] === ',') return adverbsTo(p + 1, d.verb!.start);
        return false;
      };
      // ("Shell Canada, a wholly owned subsidiary of the Royal Dutch/Shell Group RD said that it raised crude oil prices":
      // the apposition's closing comma the wire left out; after the sentence's opening name and its comma, an indefinite
      // description running to the verb through its prepositions only is still that name's, and "Royal Dutch/Shell
      // Group" did not raise the prices: `subject-before-unclosed-apposition`.)
      const runsToVerb = (from: number) => {
        for (let p = from; p < d.verb!.start; p++) if (t.norm[p] === ',' || t.tag[p] === 'VERB' || t.tag[p] === 'AUX' || t.tag[p] === 'PRON') return false;
        return true;
      };
      if (
        before?.properName &&
        (before.end === last.start - 1 || ofPhraseTo(before.end, last.start - 1)) &&
        t.norm[last.start - 1] === ',' &&
        last.determiner === last.start &&
        /^(?:a|an)$/.test(t.norm[last.determiner]) &&
        (closedBeforeVerb(last.end) || (before.start === c.st.s.tokenStart && runsToVerb(last.end)))
      ) {
        d.rules.push(closedBeforeVerb(last.end) ? 'subject-before-indefinite-apposition' : 'subject-before-unclosed-apposition');
        return { np: before, from: 'own' };
      }
      return { np: last, from: 'own' };
    },
  },
  {
    name: 'shared-subject-of-conjunct',
    why: '"the rig exploded into flames and sank two days later": a verb coordinated without a subject has its conjunct\'s.',
    find(c, d) {
      if (d.kind !== 'coordinate' || !d.conjunctOf) return null;
      const r = c.rolesOf(d.conjunctOf);
      return r.subject ? { np: r.subject, from: 'shared' } : null;
    },
  },
  {
    name: 'controlled-by-parent',
    why:
      '"..., killing 11 workers", "Kim Jong Un has increasingly sought to fortify ties", "Speaking in London, ...": a clause ' +
      'without a subject of its own has its controller\'s; after "asked", "urged", "allowed" and their like, the object\'s.',
    find(c, d) {
      if (!d.parent || (d.kind !== 'participial' && d.kind !== 'infinitive' && d.kind !== 'complement' && d.kind !== 'adverbial')) return null;
      if (d.kind === 'complement' && d.verb && d.verb.form !== 'ing') return null;
      if (d.kind === 'adverbial' && d.verb && d.verb.tense !== 'nonfinite' && !d.participle) return null;
      const p = c.rolesOf(d.parent);
      if (d.kind === 'infinitive' && p.object && d.parent.verb && OBJECT_CONTROL_VERBS.has(c.st.t.lemma[d.parent.verb.head]))
        return { np: p.object, from: 'controller' };
      return p.subject ? { np: p.subject, from: 'controller' } : null;
    },
  },
];

/** The clause's own noun phrases: those whose first token it holds. */
function ownPhrases(st: ParseState, d: Draft): NounPhrase[] {
  return st.nps.filter((np) => st.owner[np.start - st.s.tokenStart] === d.index);
}

/** Subject, object and agent of every clause of the sentence. */
export function resolveRoles(st: ParseState, live: Draft[]): Map<Draft, Roles> {
  const done = new Map<Draft, Roles>();
  const busy = new Set<Draft>();
  const rolesOf = (d: Draft): Roles => {
    const known = done.get(d);
    if (known) return known;
    if (busy.has(d)) return { subject: null, subjectFrom: 'none', object: null, agent: null, rules: [] };
    busy.add(d);
    const own = ownPhrases(st, d);
    const ctx: RoleContext = { st, rolesOf, own };
    const roles: Roles = { subject: null, subjectFrom: 'none', object: null, agent: null, rules: [] };
    for (const rule of SUBJECT_RULES) {
      const found = rule.find(ctx, d);
      if (found?.np) {
        roles.subject = found.np;
        roles.subjectFrom = found.from;
        roles.rules.push(rule.name);
        // "the well that BP capped": the noun is the object; "the globe where there are mosquitoes": a place, not an object.
        // ("the second time he has declined", "the way it operates": a relative without "that" on a noun of time,
        // manner or reason says when or how; that noun is no object.)
        const adjunct = d.marker < 0 && d.antecedent !== null && (d.antecedent.temporal || ADJUNCT_HEADS.has(st.t.norm[d.antecedent.head]));
        if (rule.name === 'object-relative' && !adjunct && !/^(?:where|when)$/.test(st.t.norm[d.marker])) roles.object = d.antecedent;
        break;
      }
    }
    const verb = d.verb!;
    if (!roles.object) {
      // ("figure out ways", "siphoning off oil": a phrase right after the verb's particle is its object, not a prepositional phrase.)
      const afterParticle = (np: NounPhrase) => verb.particle >= 0 && np.preposition === verb.particle && !np.temporal && !np.adjectival;
      // ("declined to answer when one lawmaker asked ...": a phrase past "when" or "where" is the next clause's.)
      // ("a 1981 complaint filed in federal court that Sears and Kellwood mislabeled and falsely advertised the down
      // content": a phrase past "that", with a phrase of the verb's before it, is the clause "that" opens; rule
      // object-not-past-that.)
      let pastThat = false;
      const pastWh = (np: NounPhrase) => {
        for (let i = verb.end; i < np.start; i++) {
          if (/^(?:when|where|while|whenever)$/.test(st.t.norm[i])) return true;
          // (Not "that" right after the verb: "pointed out that ...", "started that way" read already.)
          // (Nor "and that", ", and that": a that-clause coordinated with one before is the upper verb's, read elsewhere.)
          if (st.t.norm[i] === 'that' && i > Math.max(verb.end, verb.particle + 1) && !/^(?:and|or|but|,)$/.test(st.t.norm[i - 1])) return (pastThat = true);
        }
        return false;
      };
      const object = own.find((np) => np.start >= verb.end && (isBareArgument(np) || afterParticle(np)) && np !== roles.subject && !pastWh(np));
      if (object) {
        roles.object = object;
        roles.rules.push('first-phrase-after-verb');
      } else if (pastThat) roles.rules.push('object-not-past-that');
    }
    if (verb.passive || d.participle) {
      const agent = own.find((np) => np.start >= verb.end && np.preposition >= 0 && st.t.norm[np.preposition] === 'by');
      if (agent) {
        roles.agent = agent;
        roles.rules.push('by-agent');
      }
    }
    busy.delete(d);
    done.set(d, roles);
    return roles;
  };
  for (const d of live) rolesOf(d);
  return done;
}
