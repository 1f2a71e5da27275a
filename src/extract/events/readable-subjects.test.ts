import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('events/readable-subjects: title subjects a reader could not read or place', () => {
  it('keeps a phrase whole across a short name in brackets (title:phrase-across-short-name)', () => {
    const bop = 'On 20 April, when the Deepwater Horizon rig exploded, the blowout preventer (BOP) device failed.';
    const failed = dated(bop, '2010-09-08').find((m) => m.title.endsWith('failed'));
    expect(failed?.title).toBe('The blowout preventer device failed');
    expect(failed?.rules).toContain('title:phrase-across-short-name');
    const virus = 'The swine flu (H1N1) virus first emerged in Mexico in April and has since spread to 74 countries.';
    const [m] = dated(virus, '2009-06-11');
    expect(m.title).toBe('The swine flu virus first emerged in Mexico');
    expect(m.rules).toContain('title:phrase-across-short-name');
    // (A name's short name before a verb ends the phrase: "The Health Protection Agency announced".)
    const hpa = 'The Health Protection Agency (HPA) today announced a further 17 cases of the disease, bringing the total to 203.';
    expect(dated(hpa, '2009-05-28').map((x) => x.title)).toEqual(['The Health Protection Agency announced a further 17 cases of the disease']);
  });

  it('makes no event of a bare subject cut at a bracket (subject:after-parenthesis, before cut-at-bracket)', () => {
    const sri =
      "Henderson's retail Sustainable and Responsible Investment (SRI) funds sold out of BP shares in 2003 on the basis of our views about the company's ability to deliver strong environmental, health and safety (EHS) performance across the business.";
    // (The subject the parse starts after "(SRI)" is a tail of a longer phrase: `subject:after-parenthesis`, subject-inside-phrase.ts.)
    expect(whyNot(sri, '2010-06-08')).toContain('sold:subject:after-parenthesis');
    expect(dated(sri, '2010-06-08').map((m) => m.title)).toEqual([]);
  });

  it('takes the phrase before a description set between dashes as the subject (subject:before-dashed-aside)', () => {
    const gulf =
      "The eastern Gulf -- an area stretching from 125 to 300 miles off Florida's coast -- was singled out for protection by Congress in 2006 as part of a deal with Florida lawmakers that made available 8.3 million acres to oil and gas development in the east-central Gulf.";
    const m = dated(gulf, '2010-05-20').find((x) => x.title.includes('singled'));
    expect(m?.title).toBe('The eastern Gulf was singled out for protection');
    expect(m?.rules).toContain('subject:before-dashed-aside');
    // (After a time that opens the clause, a description with a name in it and its relative clause between the dashes.)
    const hafle =
      'On Friday, Mark Hafle -- a BP drilling engineer who was a key decision maker at the now-sunken rig -- exercised his constitutional right to refuse to testify.';
    const h = dated(hafle, '2010-05-30').find((x) => x.title.includes('exercised'));
    expect(h?.title).toBe('Mark Hafle exercised his constitutional right to refuse to testify');
    expect(h?.rules).toContain('subject:before-dashed-aside');
  });

  it('makes no event of "the" and a described person (subject-cannot-be-placed:described-person)', () => {
    const boy =
      'US: one death, at least 91 confirmed cases The Mexican boy had arrived in the Texan border city of Brownsville on 4 April and developed flu symptoms four days later, the Texas Department of State Health Services said.';
    expect(whyNot(boy, '2009-05-02')).toEqual(
      expect.arrayContaining(['arrived:subject-cannot-be-placed:described-person', 'developed:subject-cannot-be-placed:described-person']),
    );
    expect(dated(boy, '2009-05-02').map((m) => m.title)).toEqual([]);
    // ("A Mexican boy" introduces him; "the Mexican government" is no person.)
    expect(dated('A Mexican boy died on Monday.', '2009-05-02').map((m) => m.title)).toEqual(['A Mexican boy died']);
    expect(dated('The Mexican government closed schools on Monday.', '2009-05-02').map((m) => m.title)).toEqual(['The Mexican government closed schools']);
  });

  it('makes no event of "the" and an ordinal that counts on (subject-cannot-be-placed:counts-on)', () => {
    const system =
      'The second system, which began operations on 16 June, takes oil and gas to the Q4000 vessel on the surface where both oil and gas are flared.';
    expect(whyNot(system, '2010-06-21')).toContain('began:subject-cannot-be-placed:counts-on');
    expect(dated(system, '2010-06-21').map((m) => m.title)).toEqual([]);
    // (A noun before the head says which: the story's own "second relief well".)
    expect(dated('The second relief well, which started 16 May, has now reached 13,871 feet.', '2010-06-21').map((m) => m.title)).toEqual([
      'The second relief well started',
    ]);
  });

  // "member" is a described person only when the subject does not name the group.
  it('drops "The crew member died" and keeps a member of a named group', () => {
    expect(whyNot('The crew member died on Tuesday after the fire.', '2009-04-10')).toContain('died:subject-cannot-be-placed:described-person');
    expect(events('The Aeromexico crew member died on Tuesday after the fire.', '2009-04-10').map((m) => m.title)).toEqual(['The Aeromexico crew member died']);
    expect(events('The BP board member resigned on Friday.', '2009-04-10').map((m) => m.title)).toEqual(['The BP board member resigned']);
  }, 60_000);
});
