import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

/** Each dated mention's title with its rules. */
const titled = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => ({ title: m.title, rules: m.rules }));

describe('events/vague-ends: a name cut inside itself, a vague word at the end', () => {
  it('keeps the rest of an institution\'s name past "for" (`title:name-runs-on`)', () => {
    const text = 'Samples of the virus arrived at the National Institute for Medical Research in north London on Thursday.';
    const got = titled(text, '2009-05-01');
    expect(got.map((x) => x.title)).toContain('Samples of the virus arrived at the National Institute for Medical Research');
    expect(got.find((x) => x.title.endsWith('Research'))?.rules).toContain('title:name-runs-on');
  });

  it('ends the name before a day, and reads "Marine" as no month (`title:name-runs-on`)', () => {
    for (const [text, title] of [
      [
        'Samples of the virus arrived at the National Institute for Medical Research Monday.',
        'Samples of the virus arrived at the National Institute for Medical Research',
      ],
      [
        'Samples of the virus arrived at the National Institute for Marine Research on Monday.',
        'Samples of the virus arrived at the National Institute for Marine Research',
      ],
    ]) {
      const got = titled(text, '2009-05-01').find((x) => x.title.startsWith('Samples'));
      expect(got?.title).toBe(title);
      expect(got?.rules).toContain('title:name-runs-on');
    }
  });

  it('gives no title when the name does not fit (`title-cut:inside-name`)', () => {
    const text =
      'Samples of the H1N1 virus arrived at the National Institute for Medical Research in north London this week and scientists there will now grow the virus structure and see how it might evolve.';
    expect(whyNot(text, '2009-05-01')).toContain('arrived:title-cut:inside-name');
    expect(titled(text, '2009-05-01').map((x) => x.title)).not.toContain('Samples of the H1N1 virus arrived at the National Institute');
  });

  it('gives no title that ends on "one thing" or "a single word" (`title-cut:vague-thing`)', () => {
    const agreed =
      'Three major oil industry executives agreed on one thing in a pair of Senate hearings Tuesday: Someone else was to blame for the drilling rig accident that triggered the massive oil spill in the Gulf of Mexico.';
    expect(whyNot(agreed, '2010-05-12')).toContain('agreed:title-cut:vague-thing');
    expect(titled(agreed, '2010-05-12').map((x) => x.title)).not.toContain('Three major oil industry executives agreed on one thing');
  });

  it('gives no title with an emphatic "did" (`title-cut:emphatic-do`)', () => {
    const text =
      'After all, at the Society of American Business Editors and Writers (SABEW) conference last week, CUNY J-school professor Sandeep Junnarkar did begin his workshop on Twitter for journalists with a caveat: "Everything you find on Twitter is rumors, false information.';
    expect(whyNot(text, '2009-05-04')).toContain('begin:title-cut:emphatic-do');
    expect(whyNot('On Thursday, crews did not stop the leak.', '2010-05-14')).not.toContain('stop:title-cut:emphatic-do');
  });

  it('keeps whom a retort was at, or gives no title (`title:retort-keeps-target`, `title-cut:retort-without-target`)', () => {
    const fired = "Transocean, which is the world's largest offshore oil driller, with rigs used by oil companies around the globe, fired back on Thursday.";
    expect(whyNot(fired, '2010-05-14')).toContain('fired:title-cut:retort-without-target');
    expect(titled('Transocean fired back on Thursday at BP.', '2010-05-14')).toContainEqual(
      expect.objectContaining({ title: 'Transocean fired back at BP', rules: expect.arrayContaining(['title:retort-keeps-target']) }),
    );
  });

  it('keeps the article, the nouns and the "of" phrase of a quotation the chunker cut out (`title:quoted-phrase-whole`)', () => {
    const hat = 'On Saturday, BP yanked away the "top hat" containment cap that had been lopsidedly parked on the well since early last month.';
    expect(titled(hat, '2010-07-11')).toContainEqual(
      // (The chunker now holds the quoted words, nlp/noun-phrases.ts `quoted-words-in-phrase`: no cut to mend.)
      expect.objectContaining({ title: 'BP yanked the "top hat" containment cap', rules: expect.arrayContaining(['title:quoted-words-in-phrase']) }),
    );
    const sighting =
      'Environmental regulators reported a "first sighting" of a slick near the Chandeleur Islands, three narrow islands off the southeast coast of Louisiana, on Tuesday.';
    expect(titled(sighting, '2010-05-05').map((x) => x.title)).toContain('Environmental regulators reported a "first sighting" of a slick');
  });

  it('keeps the place of a one-noun plural subject (`title:bare-subject-keeps-phrase`)', () => {
    const valves = 'Valves on the cap were shut late yesterday and pressure will be tested regularly over the next 36 hours.';
    expect(titled(valves, '2010-07-16')).toContainEqual(
      expect.objectContaining({ title: 'Valves on the cap were shut', rules: expect.arrayContaining(['title:bare-subject-keeps-phrase']) }),
    );
  });

  it("gives no title when the goal of a verb of giving over, past its object's phrases, does not fit (`title-cut:allotted-without-goal`)", () => {
    const text =
      'In a presentation he gave in 2008, and acquired by Greenpeace, he revealed that the company allocated 93% ($20bn) of its total investment fund for 2008 to the development and extraction of oil, gas and other fossil fuels.';
    expect(whyNot(text, '2010-07-22')).toContain('allocated:title-cut:allotted-without-goal');
  });

  it('gives no title whose subject began after a split hyphenated word (`title-cut:subject-after-hyphen-piece`)', () => {
    const text =
      'The largest ever off-shore leakage of oil occurred in 1979 in the Ixtoc-1 spillage when an estimated 476,000 tonnes of oil polluted the Gulf of Mexico (Bay of Campeche).';
    expect(whyNot(text, '2010-05-01')).toContain('occurred:title-cut:subject-after-hyphen-piece');
    expect(titled(text, '2010-05-01').map((x) => x.title)).toContain('An estimated 476,000 tonnes of oil polluted the Gulf of Mexico');
  });
});

describe('events/candidates: a verb of giving over keeps where it gave (`title:object-needs-its-phrase:allotted`)', () => {
  it('gives no title when the goal is a noun whose "that" clause says what it is', () => {
    const text =
      'Six years ago, Science dedicated a major story to evidence that "after years of stability, the North American swine flu virus has jumped onto an evolutionary fasttrack".';
    expect(whyNot(text, '2009-04-27')).toContain('dedicated:title-object-needs-its-phrase');
    expect(titled(text, '2009-04-27').map((x) => x.title)).not.toContain('Science dedicated a major story');
  });

  it('keeps an infinitive of purpose after it: "BP earmarked $500 million to study the effects of the spill on Monday."', () => {
    for (const [text, verb] of [
      ['BP donated $5 million to fund research into the spill on Monday.', 'BP donated $5 million to fund research into the spill'],
      ['BP earmarked $500 million to study the effects of the spill on Monday.', 'BP earmarked $500 million to study the effects of the spill'],
    ]) {
      const got = events(text, '2010-06-01').find((x) => x.title.startsWith(verb.slice(0, 11)));
      expect(got?.title).toBe(verb);
      expect(got?.time?.value).toBe('2010-05-31');
    }
  });
});

describe('events/candidates phraseEnds: a count of years in words with "later" ends a phrase', () => {
  it('keeps what the object was changed into, before "two years later" (`title:object-completing-phrase`)', () => {
    const text =
      'The National Security Act of 1947 created the National Military Establishment. Congress changed the National Military Establishment into the Department of Defense two years later, with significantly more authority for the defense secretary.';
    const got = titled(text, '2010-06-29');
    const changed = got.find((x) => x.title.startsWith('Congress changed'));
    expect(changed?.title).toBe('Congress changed the National Military Establishment into the Department of Defense');
    expect(changed?.rules).toContain('title:object-completing-phrase');
  });
});
