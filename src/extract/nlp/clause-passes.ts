/**
 * clause-passes: what a clause means for a timeline, read once its structure is known. CLAUSE_PASSES run
 * in order over the sentence's clauses; each is named, and each clause it changes records its name:
 * whose words it is (reported speech, quotations, "according to"), whether it is a condition, negated, a
 * present-tense headline, and the past of "cut"/"put"/"hit" after a singular subject.
 */
import { LEGAL_FORM_ABBREVIATIONS } from '../lexicon/abbreviations';
import { NEGATORS, SINGULAR_PRONOUNS } from '../lexicon/grammar';
import type { Draft, ParseState } from './clause-state';
import { npStartingAt, reportingClass } from './clause-state';
import type { Clause } from './clauses';
import type { NounPhrase } from './noun-phrases';
import { Flag } from './tokens';

/** A legal form with its full stop as one token: "inc.", "corp.". */
const LEGAL_FORM_STOP = new RegExp(`^(?:${LEGAL_FORM_ABBREVIATIONS.join('|')})\\.$`, 'i');

interface PassContext {
  st: ParseState;
  live: Draft[];
  clauseOf: Map<Draft, Clause>;
}

export interface ClausePass {
  name: string;
  why: string;
  run(c: PassContext): void;
}

const children = (c: PassContext, d: Draft) => c.live.filter((x) => x.parent === d);

function descendants(c: PassContext, d: Draft): Draft[] {
  const out: Draft[] = [];
  const walk = (x: Draft) => {
    for (const k of children(c, x)) {
      out.push(k);
      walk(k);
    }
  };
  walk(d);
  return out;
}

/** A third-person singular subject: "BP", "the company", "it" — the form that would take "cuts" in the present. */
function isSingular(c: PassContext, np: NounPhrase | null): boolean {
  if (!np || np.conjuncts.length > 0) return false;
  const t = c.st.t;
  const head = np.head;
  if (np.pronoun) return SINGULAR_PRONOUNS.has(t.norm[head]);
  if (t.tag[head] === 'PROPN') return !/s$/.test(t.norm[head]) || (t.flags[head] & Flag.ALL_CAPS) !== 0;
  return t.lemma[head] === t.norm[head] && t.tag[head] === 'NOUN';
}

function isNegativePhrase(c: PassContext, np: NounPhrase | null): boolean {
  if (!np) return false;
  const t = c.st.t;
  if (np.determiner >= 0 && t.norm[np.determiner] === 'no') return true;
  if (np.start < t.count && t.norm[np.start] === 'no') return true;
  return NEGATORS.has(t.norm[np.head]) && t.norm[np.head] !== 'not';
}

export const CLAUSE_PASSES: readonly ClausePass[] = [
  {
    name: 'attribution-after-the-words',
    why: '"An acoustic trigger costs about $500,000, industry officials said.": the clauses before a closing attribution are what it reports.',
    run(c) {
      for (const a of c.live) {
        if (!a.rules.includes('attribution-after-the-words') || a.parent) continue;
        if (children(c, a).some((k) => k.kind === 'complement' || k.kind === 'quote')) continue;
        for (const d of c.live) {
          if (d === a || d.parent || d.index > a.index || (d.verb && d.verb.start > a.verb!.start)) continue;
          d.parent = a;
          if (d.kind === 'main') d.kind = c.st.quoted[d.verb!.head] ? 'quote' : 'complement';
          c.clauseOf.get(d)!.kind = d.kind;
          c.clauseOf.get(d)!.rules.push('reported-by-attribution');
        }
      }
    },
  },
  {
    name: 'reported-speech',
    why: '"BP said the well was capped": the complement of a speech or belief verb, and a quotation, are someone\'s words, not the narrator\'s facts.',
    run(c) {
      for (const d of c.live) {
        const clause = c.clauseOf.get(d)!;
        const p = d.parent;
        if (!p || (d.kind !== 'complement' && d.kind !== 'quote') || d.rules.includes('ing-complement-of-verb')) continue;
        const kind = d.kind === 'quote' ? 'quote' : reportingClass(c.st.t, p.verb);
        if (!kind) continue;
        const parent = c.clauseOf.get(p)!;
        clause.reported = { kind, verb: p.verb!.head, speaker: parent.subject };
        clause.rules.push('reported-speech');
      }
    },
  },
  {
    name: 'according-to',
    why:
      '"According to BP, the well was capped" / "The well was capped, according to BP": the clause that holds ' +
      '"according to" (with what is embedded in it) reports BP\'s words; "people who fulfil the criteria ' +
      '(according to the NHS site)" limits it to that relative clause.',
    run(c) {
      const { t, s } = c.st;
      for (let i = s.tokenStart; i + 2 < s.tokenEnd; i++) {
        if (t.norm[i] !== 'according' || t.norm[i + 1] !== 'to') continue;
        const speaker = npStartingAt(c.st, i + 2);
        const holder = c.live.find((d) => d.index === c.st.owner[i - s.tokenStart]);
        if (!holder) continue;
        for (const d of [holder, ...descendants(c, holder)]) {
          const clause = c.clauseOf.get(d)!;
          if (clause.reported) continue;
          clause.reported = { kind: 'according-to', verb: -1, speaker };
          clause.rules.push('according-to');
        }
      }
    },
  },
  {
    name: 'inside-reported-speech',
    why: '"BP said the well, which leaked for 87 days, was capped": what is embedded in reported words, or coordinated with them, is reported too.',
    run(c) {
      const spread = (d: Draft) => {
        const r = c.clauseOf.get(d)!.reported;
        if (!r) return;
        for (const k of descendants(c, d)) {
          const clause = c.clauseOf.get(k)!;
          if (clause.reported) continue;
          clause.reported = r;
          clause.rules.push('inside-reported-speech');
        }
        for (const k of c.live) {
          if (k.conjunctOf !== d) continue;
          const clause = c.clauseOf.get(k)!;
          if (clause.reported) continue;
          clause.reported = r;
          clause.rules.push('coordinated-with-reported-speech');
          spread(k);
        }
      };
      for (const d of c.live) spread(d);
    },
  },
  {
    name: 'quoted-without-attribution',
    why: '"We must prepare as best we can for all these scenarios and then deal with the ones that unfold. (a quotation running over sentences): it is someone\'s words all the same.',
    run(c) {
      for (const d of c.live) {
        const clause = c.clauseOf.get(d)!;
        if (!clause.quoted || clause.reported) continue;
        clause.reported = { kind: 'quote', verb: -1, speaker: null };
        clause.rules.push('quoted-without-attribution');
      }
    },
  },
  {
    name: 'condition',
    why: '"If this came from dislodged piping in the well, it could also call BP\'s well design into question": the "if" clause is a condition, and the clause it depends on holds only under it.',
    run(c) {
      for (const d of c.live) {
        if (!d.rules.includes('conditional-subordinator')) continue;
        const clause = c.clauseOf.get(d)!;
        clause.conditional = true;
        // "his latest documentary, "If God Is Willing and Da Creek Don't Rise"": an "if" inside a quoted title conditions nothing outside it.
        if (d.parent && c.st.quoted[d.verb!.head] === c.st.quoted[d.parent.verb!.head]) {
          const parent = c.clauseOf.get(d.parent)!;
          parent.conditional = true;
          parent.rules.push('consequence-of-condition');
        }
      }
    },
  },
  {
    name: 'negation',
    why: '"An NHS spokesman said the baby did not die from swine flu", "BP said no decision had yet been made": a negated verb or a negative subject negates the clause.',
    run(c) {
      for (const d of c.live) {
        const clause = c.clauseOf.get(d)!;
        if (d.verb!.negation >= 0) {
          clause.negated = true;
          clause.rules.push('negated-verb');
        } else if (clause.subjectFrom === 'own' && isNegativePhrase(c, clause.subject)) {
          clause.negated = true;
          clause.rules.push('negative-subject');
        }
      }
    },
  },
  {
    name: 'participle-tense',
    why: '"leased by BP": a bare -ed verb read as a participle is passive and has no tense of its own.',
    run(c) {
      for (const d of c.live) {
        if (!d.participle) continue;
        const clause = c.clauseOf.get(d)!;
        clause.tense = 'nonfinite';
        clause.passive = true;
        clause.rules.push('past-participle-clause');
      }
    },
  },
  {
    name: 'invariant-verb-past',
    why: '"Like bolt from the blue, the H1N1 flu virus hit the world unexpectedly": with a singular subject the present would be "hits", so "hit", "cut", "put", "set" are past.',
    run(c) {
      for (const d of c.live) {
        const clause = c.clauseOf.get(d)!;
        const vg = d.verb!;
        if (vg.form !== 'invariant' || vg.auxiliaries.length > 0 || clause.tense !== 'present' || !isSingular(c, clause.subject)) continue;
        // ("Bankers Trust International Ltd said it is issuing 200,000 stg call/dlr put currency warrants" (Reuters,
        // March 1987): a word glued after a slash is the second half of a compound ("call/dlr put" warrants), no
        // subject of its own, and "put" no past verb; read past it made "Call/dlr put currency warrants" an event.)
        // (The chunker joins the two halves, "200,000 stg call/dlr", and the slash is then before the subject's head.)
        const first = clause.subject!.start;
        const head = clause.subject!.head;
        const slashBefore = (i: number) => i > 0 && c.st.t.norm[i - 1] === '/' && (c.st.t.flags[i] & Flag.GLUED) !== 0;
        if (slashBefore(first) || (head > first && slashBefore(head) && head === clause.subject!.end - 1)) {
          clause.rules.push('invariant-verb-not-past-after-slash');
          continue;
        }
        clause.tense = 'past';
        clause.rules.push('invariant-verb-past-with-singular-subject');
      }
    },
  },
  {
    name: 'passive-shared-with-conjunct',
    why: '"The failed BOP was removed from the top of the damaged well on 2 September and brought to the surface two days later": a bare -ed verb that shares the subject of a passive shares its "was"; the BOP was brought, it brought nothing.',
    run(c) {
      const t = c.st.t;
      for (const d of c.live) {
        if (d.kind !== 'coordinate' || !d.conjunctOf || !d.verb) continue;
        const clause = c.clauseOf.get(d)!;
        const conjunct = c.clauseOf.get(d.conjunctOf);
        const vg = d.verb;
        if (!conjunct?.passive || conjunct.verb.auxiliaries.length === 0 || clause.subjectFrom !== 'shared') continue;
        if (vg.auxiliaries.length > 0 || (vg.form !== 'ed' && vg.form !== 'participle' && vg.form !== 'invariant')) continue;
        // ("was fined and paid the penalty": a noun phrase right after the verb is its object, so it is active.)
        if (clause.object && clause.object.preposition < 0 && clause.object.start === vg.end && t.tag[vg.end] !== 'ADP') continue;
        clause.passive = true;
        clause.tense = conjunct.tense;
        clause.rules.push('passive-shared-with-conjunct');
      }
    },
  },
  {
    name: 'modal-shared-with-conjunct',
    why: '"a weather system that could develop into a tropical depression and hit the coast on Thursday": a bare verb that shares the subject of a modal or future verb shares its modal; nothing hit the coast.',
    run(c) {
      for (const d of c.live) {
        if (d.kind !== 'coordinate' || !d.conjunctOf || !d.verb) continue;
        const clause = c.clauseOf.get(d)!;
        const conjunct = c.clauseOf.get(d.conjunctOf);
        const vg = d.verb;
        if (!conjunct || clause.subjectFrom !== 'shared' || (!conjunct.modal && conjunct.tense !== 'future')) continue;
        if (vg.auxiliaries.length > 0 || (vg.form !== 'base' && vg.form !== 'invariant')) continue;
        clause.modal = conjunct.modal;
        clause.tense = conjunct.tense;
        clause.rules.push('modal-shared-with-conjunct');
      }
    },
  },
  {
    name: 'headline-present',
    why: '"BP caps well", "Obama visits Gulf": a headline tells a past happening in the present simple, on a line with no closing full stop.',
    run(c) {
      const { t, s } = c.st;
      let last = s.tokenEnd - 1;
      while (last > s.tokenStart && (t.flags[last] & (Flag.QUOTE | Flag.BRACKET)) !== 0) last--;
      if (/^[.!?…:;]+$/.test(t.norm[last] ?? '') || t.norm[last] === '...') return;
      // ("Dart is controlled by the Haft family of Washington, which last year made a bid for California-based Safeway
      // Stores Inc.": a legal form's full stop closes the sentence too; segment.ts `legal-form-ends-sentence`.)
      if (LEGAL_FORM_STOP.test(t.norm[last] ?? '') && last > s.tokenStart) return;
      for (const d of c.live) {
        const clause = c.clauseOf.get(d)!;
        const vg = d.verb!;
        if (clause.kind !== 'main' || clause.tense !== 'present' || vg.perfect || vg.progressive || vg.modal || vg.copula || clause.quoted) continue;
        clause.headline = true;
        clause.rules.push('headline-present');
      }
    },
  },
];

export function applyClausePasses(st: ParseState, live: Draft[], clauseOf: Map<Draft, Clause>) {
  const ctx: PassContext = { st, live, clauseOf };
  for (const pass of CLAUSE_PASSES) pass.run(ctx);
  // Parents re-read after passes that re-attach clauses (attribution).
  const idOf = new Map<Draft, number>([...clauseOf].map(([d, c]) => [d, c.id]));
  for (const d of live) {
    const clause = clauseOf.get(d)!;
    clause.parent = d.parent ? (idOf.get(d.parent) ?? -1) : -1;
  }
}
