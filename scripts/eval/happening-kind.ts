/**
 * The kind of happening an event's title tells, read from its verb: the prior that docs/story.md ("What happened:
 * kinds, headlines and variety, 6 December") measured on the ranking and did not keep. A laboratory tool of
 * rank-lab.ts (K=, KQ=, KM=), not a rule of the build: no event record reads it.
 *
 * News marks its turning points with a small set of irreversible happenings and decisions (a rig exploded and sank,
 * a well was capped, a ban was lifted, a chief resigned, a suit was filed); around them run sayings and reports
 * ("officials said", "BP warned"), market and figure moves ("shares fell 7 percent") and states. The verb lists
 * below are built from news writing in general, not from any topic's gold timeline.
 */
import { analyseText } from '../../src/extract/nlp/analyse';

export type HappeningKind = 'milestone' | 'saying' | 'move' | 'state' | 'other';

/** Verb lemmas (a phrasal verb with its particle) of each kind. */
export const HAPPENING_KIND_VERBS: Record<Exclude<HappeningKind, 'other'>, string[]> = {
  // disasters and deaths; a leak or an outbreak ended; a decision of a body, a court or a government; an office
  // left or taken; a charge or a suit; a launch, a first confirmed, a job finished or failed
  milestone: [
    ...['explode', 'blow up', 'blow apart', 'blow out', 'sink', 'capsize', 'crash', 'collapse', 'rupture', 'erupt', 'kill', 'die', 'destroy', 'injure'],
    ...['cap', 'seal', 'plug', 'stem', 'stop', 'shut', 'shut down', 'shut off', 'close down', 'choke'],
    ...['approve', 'lift', 'ban', 'pass', 'vote', 'veto', 'order', 'impose', 'sign', 'agree', 'settle', 'rule', 'overturn', 'block', 'suspend'],
    ...['halt', 'cancel', 'declare', 'appoint', 'elect', 'resign', 'step down', 'quit', 'fire', 'replace'],
    ...['charge', 'indict', 'convict', 'sentence', 'sue', 'file', 'arrest', 'fine', 'plead'],
    ...['launch', 'confirm', 'complete', 'finish', 'fail', 'evacuate', 'quarantine'],
  ],
  saying: ['say', 'tell', 'report', 'warn', 'claim', 'add', 'note', 'insist', 'deny', 'urge', 'predict', 'estimate', 'testify', 'brief', 'question'],
  move: [
    ...['fall', 'rise', 'drop', 'plunge', 'plummet', 'jump', 'leap', 'surge', 'soar', 'climb', 'slide', 'tumble', 'slip', 'gain', 'lose'],
    ...['rally', 'increase', 'decrease', 'double', 'halve', 'top', 'surpass', 'exceed', 'downgrade', 'nudge up', 'slash'],
  ],
  state: ['be', 'have', 'remain', 'stay', 'keep', 'own', 'face', 'need', 'seem', 'appear'],
};

/** Verbs of a beginning or a try, which say no kind of their own: "BP began drilling the first of two relief wells". */
const ASPECT_VERBS = new Set(['begin', 'start', 'continue', 'resume', 'try', 'attempt', 'seek', 'plan', 'want']);

const kindOf = new Map<string, HappeningKind>();
for (const [kind, verbs] of Object.entries(HAPPENING_KIND_VERBS) as Array<[HappeningKind, string[]]>) for (const v of verbs) kindOf.set(v, kind);

/**
 * The kind of the title's happening: its first verb group that is neither an aspect verb nor a saying decides
 * ("BP said it had capped the well" is a capping); a title that only says is a saying; a bare "be" is a state.
 */
export function happeningKind(title: string): HappeningKind {
  const a = analyseText(title);
  let said = false;
  for (const groups of a.verbGroups)
    for (const vg of groups) {
      const lemma = a.tokens.lemma[vg.head];
      const phrasal = vg.particle >= 0 ? `${lemma} ${a.tokens.norm[vg.particle]}` : null;
      const kind = (phrasal && kindOf.get(phrasal)) || kindOf.get(lemma) || (vg.copula ? 'state' : undefined);
      if (kind === 'saying') {
        said = true;
        continue;
      }
      if (ASPECT_VERBS.has(lemma)) continue;
      return kind ?? 'other';
    }
  return said ? 'saying' : 'other';
}
