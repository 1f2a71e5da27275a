import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

describe('actors of a happening named apart from its phrases (actors21)', () => {
  it('lists the vessel named in apposition to the subject (actors:name-apposed-to-subject, vessel-noun-in-apposition)', () => {
    const m = events(
      'On Monday, a new ship, the Helix Producer, began siphoning oil through a different line connected to the blowout preventer.',
      '2010-07-13',
    ).find((x) => x.time?.value === '2010-07-12');
    expect(m?.title).toBe('A new ship began siphoning oil');
    expect(m?.actors).toEqual(['helix-producer']);
    expect(m?.rules).toContain('actors:name-apposed-to-subject');
  });

  it('lists no place in apposition, nor a name after the verb', () => {
    const m = events('On Monday, the town, Grand Isle, closed its beaches.', '2010-07-13')[0];
    expect(m?.rules).not.toContain('actors:name-apposed-to-subject');
  });

  it('lists a parish that reports as its local government (local-government-acts)', () => {
    const m = events(
      'Parish officials in Louisiana have reported a number of fish kills in areas affected by the spill and Plaquemines parish reported this week that large numbers of fish had died around Bayou Chaland on the west side of the Mississippi river.',
      '2010-09-15',
    ).find((x) => x.title.startsWith('Plaquemines'));
    expect(m?.actors).toEqual(['plaquemines-parish']);
  });

  it('lists the Natural Resources Defense Council as one actor (later-head-word-ends-name)', () => {
    const m = events(
      'Last Friday, the Natural Resources Defense Council, which has been pushing for climate change legislation for years, released its own poll numbers.',
      '2010-05-27',
    )[0];
    expect(m.title).toBe('The Natural Resources Defense Council released its own poll numbers');
    expect(m.actors).toEqual(['natural-resources-defense-council']);
  });

  it('lists the newspaper, not China, for "The Beijing News reported" (outlet-named-after-place)', () => {
    const m = events('The Beijing News on Wednesday reported that pork prices in the capital have dropped significantly.', '2009-04-29')[0];
    expect(m.actors).toEqual(['beijing-news']);
  });
});

describe('actors of a happening told by a possessive or a presidential body (actors21)', () => {
  it('lists the one person named before a "when" clause that says "his" (actors:possessor-named-before, patronymic-in-name)', () => {
    // The real sentence's plural "floodwaters" cannot own "his", so that event is hidden (placed.ts
    // `object-cannot-be-placed:whose`); with one flood as the subject, the possessor is the one person named before.
    const real = events(
      "Slum-dweller Krustin bin Juri lost everything when floodwaters swept through his home and shop on the banks of Jakarta's filthy Ciliwung river two years ago.",
      '2009-06-24',
    ).find((x) => x.time?.value === '2007');
    expect(real?.title ?? null).toBeNull();
    const m = events(
      "Slum-dweller Krustin bin Juri lost everything when a flood swept through his home and shop on the banks of Jakarta's filthy Ciliwung river two years ago.",
      '2009-06-24',
    ).find((x) => x.time?.value === '2007');
    expect(m?.title).toBe('A flood swept through his home and shop');
    expect(m?.actors).toEqual(['krustin-bin-juri']);
    expect(m?.rules).toContain('actors:possessor-named-before');
  });

  it('lists no possessor when two people are named before the clause', () => {
    const m = events('Tony Hayward met Barack Obama on Monday when floodwaters swept through his home.', '2010-06-24');
    expect(m.flatMap((x) => x.rules)).not.toContain('actors:possessor-named-before');
  });

  it('lists the presidential commission as an organisation (presidential-body)', () => {
    const m = events(
      'The presidential commission investigating the Gulf of Mexico oil disaster ran into controversy today by saying it had found no evidence that BP and other oil companies put profits ahead of safety on the Deepwater Horizon rig.',
      '2010-11-08',
    )[0];
    expect(m.title).toBe('The presidential commission ran into controversy');
    expect(m.actors).toEqual(['presidential-commission']);
  });
});

describe('places that take no part (actors21)', () => {
  it('lists no country for a region of it or a flu named after a place (actors:region-or-disease-of-place)', () => {
    const storm = events(
      'The region is still recovering from Hurricane Alex, the first named cyclone of the season, which battered northern Mexico last week, dumping heavy rains and flooding the Mexican city of Monterrey, killing 12 people.',
      '2010-07-05',
    ).find((x) => x.title === 'Hurricane Alex battered northern Mexico');
    expect(storm?.actors).toEqual(['hurricane-alex']);
    expect(storm?.rules).toContain('actors:region-or-disease-of-place');
    const flu = events('The last flu pandemic was in 1968 when "Hong Kong" flu killed about a million people globally.', '2009-04-28')[0];
    expect(flu.title).toBe('Hong Kong flu killed about a million people');
    // (the flu itself is named, a named thing: actors.ts `disease-named-after-place`; no country)
    expect(flu.actors).toEqual(['hong-kong-flu']);
    expect(flu.rules).toContain('actors:name-holds-phrase');
  });

  it('keeps a country that acts', () => {
    const m = events('Mexico closed its schools on Monday.', '2009-04-28')[0];
    expect(m.actors).toEqual(['mexico']);
    expect(m.rules).not.toContain('actors:region-or-disease-of-place');
  });
});

describe('the owner of examples (actors21)', () => {
  const text =
    "Oil company BP said so. Hayward denied that there was any underlying link between the Deepwater Horizon rig blast in April, which led to the United States ' worst ever oil spill, and previous safety lapses at BP such as a 2005 refinery blast that killed 15 workers.";
  it('lists the company whose lapses the blast exemplifies (actors:owner-of-examples)', () => {
    const m = events(text, '2010-09-15').find((x) => x.time?.value === '2005');
    expect(m?.title).toBe('A 2005 refinery blast killed 15 workers');
    expect(m?.actors).toEqual(['bp']);
    expect(m?.rules).toContain('actors:owner-of-examples');
  });

  it('takes no owner after "in" (a place) or with no "such as"', () => {
    const m = events('Previous lapses in Texas such as a 2005 refinery blast that killed 15 workers were cited.', '2010-09-15');
    expect(m.flatMap((x) => x.rules)).not.toContain('actors:owner-of-examples');
  });
});
