/**
 * A date written in a happening's own noun phrase dates that happening, not the clause it sits in. Sentences from the
 * development topics.
 */
import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';
import { analyseText } from '../nlp/analyse';
import { segmentSentences } from '../segment';
import { findTimeExpressions } from '../time';
import { eventCandidates } from './candidates';

const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);
const candidate = (text: string, published: string, verb: string) =>
  eventCandidates(analyseText(text, segmentSentences(text)), [], findTimeExpressions(text, published)).candidates.find((x) => x.verb === verb);

describe("events: a date past a happening noun's phrases is the noun's", () => {
  it('dates the clause by its own day, not the day of an interview in its subject (date-scope:of-a-happening-noun-past-its-phrases)', () => {
    const text = "Notes from BP's internal interview with Walz on July 29 were discussed at the hearing Thursday.";
    expect(candidate(text, '2010-10-09', 'discussed')?.rules).toContain('date-scope:of-a-happening-noun-past-its-phrases');
    const [m] = dated(text, '2010-10-09');
    expect(m.title).toBe("Notes from BP's internal interview were discussed at the hearing");
    expect(m.time?.value).toBe('2010-10-07');
    // (Not a date after a person's phrases: "Officials from BP on Monday said" is the clause's.)
    expect(dated('Engineers from BP on Monday began pumping mud into the well.', '2010-08-04').map((m) => m.time?.value)).toEqual(['2010-08-02']);
  });

  it('dates no clause by the year of a settlement past the title (date-scope:of-a-happening-noun-past-the-title)', () => {
    const text =
      'Analysts have speculated BP may not seek tax relief on all costs, similar to Boeing, which declined to seek a deduction for any of a $615 million settlement with the government in 2006 over ethics charges after it was pressured by lawmakers.';
    expect(candidate(text, '2010-07-23', 'declined')?.rules).toContain('date-scope:of-a-happening-noun-past-the-title');
    expect(dated(text, '2010-07-23').map((m) => m.title)).not.toContain('Boeing declined to seek a deduction');
    // (A day at the end of the words is the verb's, as news writes it.)
    const day =
      'President Barack Obama took responsibility for the U.S. response to the Gulf of Mexico oil spill on Thursday and extended for six months a moratorium on offshore drilling.';
    expect(dated(day, '2010-05-27').map((m) => `${m.title} ${m.time?.value}`)).toContain(
      'President Barack Obama took responsibility for the U.S. response 2010-05-27',
    );
  });

  it('dates no release by the month of a letter from another writer (date-scope:of-a-happening-noun-past-the-title)', () => {
    const text =
      'Markey released a letter from BP Chief Operating Officer Douglas Suttles to the Coast Guard in early July in which Suttles estimated that the well was leaking.';
    expect(candidate(text, '2010-07-28', 'released')?.rules).toContain('date-scope:of-a-happening-noun-past-the-title');
    expect(dated(text, '2010-07-28').map((m) => m.title)).not.toContain('Markey released a letter');
  });

  it('dates no clause by the date of the happening it follows (date-scope:of-the-happening-it-follows)', () => {
    const text = "Salazar's strong comments followed President Barack Obama's on Saturday, when he blamed the spill on a cozy relationship.";
    // ("Salazar's strong comments followed President Barack Obama's": the title ends on a possessive whose noun is left
    // out, and is not made before its date is read, events/needed-phrase.ts `title-cut:possessive-without-its-noun`.)
    expect(candidate(text, '2010-05-23', 'followed')).toBeUndefined();
    expect(dated(text, '2010-05-23')).toEqual([]);
    const relative = 'Oil has gushed into the Gulf since the spill, which followed the April 20 explosion on the Deepwater Horizon rig.';
    expect(dated(relative, '2010-05-17').map((m) => m.title)).not.toContain('The spill followed the explosion');
  });
});
