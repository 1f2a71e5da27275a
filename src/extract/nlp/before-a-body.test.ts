import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';
import { analyseText } from './analyse';
import { phraseText, verbText } from './describe';

describe('noun phrases: "before" after "testify" or "appear" is a preposition (`before-a-body`)', () => {
  const experts =
    'Drilling experts and corporate rivals testifying before a presidential oil spill commission blasted BP Tuesday for decisions about the Deepwater Horizon drilling rig that might have removed obstacles to the April 20 blowout that led to the massive Gulf of Mexico oil spill.';

  it('keeps "before" as the preposition of "a presidential oil spill commission", a verb after it or not', () => {
    const a = analyseText(experts);
    const commission = a.nounPhrases[0].find((np) => phraseText(a, np) === 'a presidential oil spill commission');
    expect(commission?.rules).toContain('before-a-body');
    expect(commission?.preposition).toBeGreaterThanOrEqual(0);
    const blasted = a.clauses.find((c) => verbText(a, c) === 'blasted');
    expect(blasted?.kind).toBe('main');
    expect(phraseText(a, blasted!.subject)).toBe('Drilling experts and corporate rivals');
  });

  it('titles no commission as the agent: the experts blasted BP, not "A presidential oil spill commission"', () => {
    const titles = events(experts, '2010-11-09').map((m) => m.title);
    expect(titles).not.toContain('A presidential oil spill commission blasted BP');
  }, 60_000);

  it('leaves "before" a subordinator after other verbs ("left before the storm hit")', () => {
    const a = analyseText('The crews left before the storm hit the coast on Friday.');
    // (The tagger reads "hit" into the phrase: "the storm hit"; "before" stays out of it.)
    const storm = a.nounPhrases[0].find((np) => phraseText(a, np).startsWith('the storm'));
    expect(storm?.rules).not.toContain('before-a-body');
  });
});
