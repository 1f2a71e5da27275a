/**
 * The stages before events on one article, as pipeline.ts runs them, for the events tests (events.test.ts,
 * events/unplaced.test.ts): one harness, so both test what the build does.
 */
import { findActorMentions } from './actors';
import { canonicalizeActors } from './canonical';
import { type DroppedMention, extractEventMentions, type DraftMention, type ResolvedActor } from './events';
import { eventCandidates } from './events/candidates';
import { datableSentences } from './events/datable';
import { analyseText } from './nlp/analyse';
import { segmentSentences, splitHeadlineFromStandfirst } from './segment';
import { findTimeExpressions } from './time';

/** Runs the stages before events on one article, published on `published`. */
export function events(text: string, published = '2024-12-01', dropped?: DroppedMention[], publisher: string | null = null): DraftMention[] {
  const mentions = findActorMentions(text);
  const index = canonicalizeActors([{ doc: 'a.txt', mentions }]);
  const byId = new Map(index.actors.map((a) => [a.id, a]));
  const actors: ResolvedActor[] = mentions.flatMap((m) => {
    const id = index.resolve('a.txt', m.key);
    const unconfirmed = !!id && index.rulesOf(id).includes('unconfirmed-name');
    return id ? [{ id, name: byId.get(id)!.name, kind: byId.get(id)!.kind, start: m.start, end: m.end, ...(unconfirmed ? { unconfirmed } : {}) }] : [];
  });
  // (As pipeline.ts does: a headline run into its standfirst is a sentence of its own.)
  const sentences = splitHeadlineFromStandfirst(text, segmentSentences(text));
  const times = findTimeExpressions(text, published);
  // (As pipeline.ts does: only the clauses of sentences that can be dated are read, events/datable.ts.)
  const analysis = analyseText(text, sentences);
  const { candidates, rejected, subjects } = eventCandidates(analysis, [], times, datableSentences(analysis, times, published));
  for (const r of rejected) dropped?.push(r);
  return extractEventMentions({ doc: 'a.txt', text, sentences, times, actors, excluded: [], candidates, subjects, published, publisher }, dropped);
}

/** Why each clause of the text made no event: "verb:rule". */
export function whyNot(text: string, published = '2024-12-01', publisher: string | null = null): string[] {
  const dropped: DroppedMention[] = [];
  events(text, published, dropped, publisher);
  return dropped.map((d) => `${d.verb}:${d.rule}`);
}
