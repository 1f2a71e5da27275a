import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('events/placed: title subjects a reader cannot place out of context', () => {
  it('makes no event of "the" and a person known only by age (subject-cannot-be-placed:age-only)', () => {
    const man =
      'The 23-year-old man had arrived home from Mexico with a fever last Wednesday, and was isolated in a hospital ward on Saturday night, she added.';
    expect(whyNot(man, '2009-04-27')).toContain('arrived:subject-cannot-be-placed:age-only');
    expect(dated(man, '2009-04-27').map((m) => m.title)).toEqual([]);
    // ("A 47-year-old man returned from Mexico" introduces its man.)
    expect(dated('A 47-year-old man returned from Mexico on Thursday.', '2009-05-02').map((m) => m.title)).toEqual(['A 47-year-old man returned from Mexico']);
  });

  it('makes no event of "the area", "the territory" with nothing that says which', () => {
    expect(whyNot('The area was closed June 14 and remains closed to the shrimp and crab harvesting pending additional testing.', '2010-06-20')).toContain(
      'closed:subject-cannot-be-placed',
    );
    const roberts =
      'But oil was starting to hit the beach at this island resort community in various forms -- light sheens, orange-colored splotches and heavier brown sheets -- said Chris Roberts, a local official who surveyed the area Friday morning.';
    expect(whyNot(roberts, '2010-05-22')).toContain('surveyed:object-cannot-be-placed');
  });

  it('makes no event of "his" or "her" after a plural subject (object-cannot-be-placed:whose)', () => {
    const flood =
      "Slum-dweller Krustin bin Juri lost everything when floodwaters swept through his home and shop on the banks of Jakarta's filthy Ciliwung river two years ago.";
    expect(whyNot(flood, '2009-05-01')).toContain('swept:object-cannot-be-placed:whose');
    expect(dated(flood, '2009-05-01').map((m) => m.title)).toEqual([]);
    // (A named subject owns its own: "Bob Dudley began his career".)
    expect(dated('Mr Dudley began his career with the oil company Amoco in 1979.', '2010-07-27').map((m) => m.title)).toEqual(['Mr Dudley began his career']);
  });

  it('keeps the phrase of "work on", or makes no event (title:subject-keeps-relational-gerund, subject-cannot-be-placed:needs-its-phrase)', () => {
    const cap =
      'Work on installing the cap using robots a mile below the surface of the sea was successfully completed last night as efforts intensified to capture all the oil.';
    const [m] = dated(cap, '2010-07-13');
    expect(m.title).toBe('Work on installing the cap was successfully completed');
    expect(m.rules).toContain('title:subject-keeps-relational-gerund');
    expect(dated('Work on the first relief well started on 2 May.', '2010-06-01').map((x) => x.title)).toEqual(['Work on the first relief well started']);
    const begun = 'The company began work on the well early Sunday afternoon, but only announced that work had been begun Tuesday morning.';
    expect(whyNot(begun, '2010-05-05')).toContain('begun:subject-cannot-be-placed:needs-its-phrase');
    // (After a verb, "work" is whole: "BP stopped work Wednesday on efforts to finally kill its blown-out well".)
    const stopped =
      'With weather conditions deteriorating in the eastern Caribbean, BP stopped work Wednesday on efforts to finally kill its blown-out well and installed a plug in the relief well.';
    expect(dated(stopped, '2010-07-21').map((x) => x.title)).toContain('BP stopped work');
  });

  it('names "Company officials" as the one company named before, first word of its sentence (subject:description-at-sentence-start)', () => {
    const text =
      'British oil company BP faces further intense scrutiny in Congress. Company officials briefed members of Congress in a closed session yesterday afternoon, with a public grilling scheduled for next week.';
    const m = dated(text, '2010-05-05').find((x) => x.title.includes('briefed'));
    expect(m?.title).toBe('BP officials briefed members of Congress');
    expect(m?.rules).toContain('subject:description-at-sentence-start');
    expect(whyNot('Company officials briefed members of Congress in a closed session yesterday afternoon.', '2010-05-05')).toContain(
      'briefed:subject-cannot-be-placed',
    );
  });

  it('makes no event of a description set beside the words before it, and names an organisation set before it', () => {
    const gibbs =
      'He told Lauer he expected that Hayward would just tell him what he wanted to hear -- an explanation that was revised Wednesday by White House press secretary Robert Gibbs.';
    expect(whyNot(gibbs, '2010-06-09')).toContain('revised:subject-cannot-be-placed:apposed-description');
    expect(dated(gibbs, '2010-06-09').map((m) => m.title)).toEqual([]);
    const arco =
      'Curiously, the summit took place in a campus building named after LSU alumnus Lodwrick M. Cook, former chairman and chief executive of ARCO, an oil company that was acquired by BP in 2000.';
    const m = dated(arco, '2010-06-01').find((x) => x.title.includes('acquired'));
    expect(m?.title).toBe('ARCO was acquired by BP');
    expect(m?.rules).toContain('subject:name-in-apposition');
  });
});
