import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const titles = (text: string, published: string) => events(text, published).map((m) => m.title);

// Timeline17 (judged unreadable): a craft of many, or a list of groups of many, after "the", placed only by the
// article (lexicon UNNAMED_THING_HEADS; candidates.ts `definiteUnnamed`).
describe('events: a tanker, a plane, the scientists a reader cannot place', () => {
  it('makes no event of "the tanker", "the charter plane" the article never named (subject-cannot-be-placed:definite)', () => {
    const tanker =
      "The Exxon Valdez disaster is a similar and telling example. Among the worst oil spills ever, the tanker dumped more than 10 million gallons of crude oil into Alaska's Prince William Sound in March 1989.";
    expect(whyNot(tanker, '2010-04-30')).toContain('dumped:subject-cannot-be-placed:definite');
    const plane =
      'The charter plane taking Mexicans out of China landed in Shanghai on Tuesday at about 1300 local time (0500 GMT) to pick up the first group of quarantined Mexicans.';
    expect(whyNot(plane, '2009-05-05')).toContain('landed:subject-cannot-be-placed:definite');
  }, 60_000);

  it('names the craft as the article did just before (subject:named-earlier-by-name)', () => {
    const named = 'The tanker Exxon Valdez left the Alyeska terminal late on March 23, 1989. The tanker ran aground on Bligh Reef on March 24, 1989.';
    const made = events(named, '2010-04-30');
    // (A time before its comma names nothing: "the bankruptcy court" stays unplaced.)
    const court =
      'Yesterday afternoon, the bankruptcy court issued a temporary restraining order prohibiting TransAmerican and Coastal from taking any action in any court that would interfere with the jurisdiction of the bankruptcy court.';
    expect(whyNot(court, '1987-03-18')).toContain('issued:subject-cannot-be-placed:definite');
    const gulf =
      'In the Gulf: After detecting possible seepage near the blown-out well on the Gulf floor, the federal government on Monday allowed BP to keep its new well cap in place for another day.';
    expect(whyNot(gulf, '2010-08-04')).toContain('allowed:subject-cannot-be-placed:definite');
    expect(made.map((m) => m.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^The tanker Exxon Valdez ran aground/)]));
  }, 60_000);

  it('makes no event of a list of groups of many after one "the" (subject-cannot-be-placed:definite-list)', () => {
    const list =
      'Early Thursday morning the scientists and federal officials wolfed down danishes, mini doughnuts and coffee before engaging in a day-long mind meld.';
    expect(whyNot(list, '2010-06-03')).toContain('wolfed:subject-cannot-be-placed:definite-list');
    // (A named member places the list.)
    expect(titles('On Friday the Coast Guard and federal officials closed the port of Venice.', '2010-06-05')).toEqual(
      expect.arrayContaining([expect.stringMatching(/closed the port/)]),
    );
  }, 60_000);
});
