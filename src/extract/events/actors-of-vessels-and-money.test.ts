import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../actors';
import { events } from '../events.harness';

// Wire copy of 1987: a ship named after its noun or its tonnage takes part; a state's name before its money does not.
describe('actors: vessels named whole, the state of a currency', () => {
  it('lists the ferry Herald of Free Enterprise, one name through its "of" (vessel-named-whole)', () => {
    const text =
      'VLISSINGEN, Netherlands, March 6 - The channel ferry Herald of Free Enterprise from the British Townsend Thorensen company was sinking off the Belgian coast tonight with 463 people on board, the Dutch newsagency ANP reported today.';
    const ship = findActorMentions(text).find((m) => m.surface.startsWith('Herald'));
    expect(ship).toMatchObject({
      surface: 'Herald of Free Enterprise',
      kind: 'other',
      rules: ['vessel-named-whole'],
    });
    expect(findActorMentions(text).some((m) => m.surface === 'Free Enterprise')).toBe(false);
    const e = events(text, '1987-03-06').find((x) => x.title.includes('sinking'));
    expect(e?.title).toBe('Herald of Free Enterprise was sinking off the Belgian coast');
    expect(e?.actors).toEqual(['herald-of-free-enterprise']);
  }, 60_000);

  it('lists the 315,695-dwt Arabian Sea, a ship by its tonnage though its name ends in "Sea" (vessel-named-whole)', () => {
    const text = 'MANAMA, March 12 - The 315,695-dwt Arabian Sea had set sail on Tuesday after loading oil at the Saudi port of Ras Tannurah.';
    const e = events(text, '1987-03-12').find((x) => x.title.includes('set sail'));
    expect(e?.title).toBe('The 315,695-dwt Arabian Sea had set sail');
    expect(e?.actors).toEqual(['arabian-sea']);
    const attack = events('Iran attacked the Saudi Arabian supertanker Arabian Sea off the United Arab Emirates last night.', '1987-03-12').find((x) =>
      x.title.includes('attacked'),
    );
    expect(attack?.actors).toEqual(['iran', 'arabian-sea']);
  }, 60_000);

  it('lists no ship of a phrase the sentence is about: "the wreck of the ocean liner Titanic"', () => {
    const m = findActorMentions('He made documentaries about the wreck of the ocean liner Titanic.');
    expect(m.some((x) => x.rules.includes('vessel-named-whole'))).toBe(false);
  });

  it('lists no United States for "U.S. Dlrs", the money of a figure (state-names-currency, currency-unit)', () => {
    const text =
      "TAIPEI, March 3 - Taiwan's textile exports fell by almost four pct in January to 562 mln U.S. Dlrs from 583 mln in January 1986, the same figures show.";
    const aside: Array<{ word: string; rule: string }> = [];
    const m = findActorMentions(text, undefined, aside);
    expect(m.map((x) => x.surface)).toEqual(['Taiwan']);
    expect(aside).toContainEqual({
      word: 'U.S.',
      rule: 'state-names-currency',
    });
    expect(aside).toContainEqual({ word: 'Dlrs', rule: 'currency-unit' });
    const e = events(text, '1987-03-03').find((x) => x.title.includes('textile'));
    expect(e?.title).toBe("Taiwan's textile exports fell by almost four pct");
    expect(e?.actors).toEqual(['taiwan']);
    const saved = events('He also said industrialised nations saved about 65 billion U.S. Dlrs in 1985 through low commodity prices.', '1987-03-03').find((x) =>
      x.title.includes('saved'),
    );
    expect(saved?.actors).toEqual([]);
  }, 60_000);

  it('still lists the United States where it acts: "The U.S. agreed to buy 200 mln dlrs of bonds"', () => {
    const m = findActorMentions('The U.S. agreed to buy 200 mln dlrs of bonds, officials said.');
    expect(m.map((x) => x.key)).toContain('country:United States');
  });
});

describe('actors: the state whose figure it is, and what only came before', () => {
  it('lists Bangladesh for its trade deficit the central bank told (actors:state-of-economy-subject)', () => {
    const text =
      'DHAKA, March 9 - The Bangladesh trade deficit narrowed to 1.91 billion Taka in October from 5.64 billion in September and 2.43 billion in October 1985, the Central Bank said.';
    const e = events(text, '1987-03-09').find((x) => x.title.includes('deficit'));
    expect(e?.title).toBe('The Bangladesh trade deficit narrowed to 1.91 billion Taka');
    expect(e?.actors).toEqual(['bangladesh']);
    expect(e?.rules).toContain('actors:state-of-economy-subject');
  }, 60_000);

  it('lists Norway for its imports after "figures show" (actors:state-of-economy-subject)', () => {
    const text =
      'OSLO, March 16 - The latest trade figures show Norwegian imports from South Africa dropped 36 pct to 160 mln crowns during the first eight months of 1986, while exports plunged 52 pct to 265 mln crowns from the year-ago period.';
    const e = events(text, '1987-03-16').find((x) => x.title.includes('dropped'));
    expect(e?.title).toBe('Norwegian imports from South Africa dropped 36 pct');
    expect(e?.actors[0]).toBe('norway');
    expect(e?.rules).toContain('actors:state-of-economy-subject');
  }, 60_000);

  it('lists no David Attenborough, whose documentary the replica arrived ahead of (participants:background-preposition-with-of)', () => {
    const text =
      "A reproduction of Ida arrived in London's Natural History Museum today, ahead of David Attenborough's television documentary about the fossil find, which has just been screened.";
    const e = events(text, '2009-05-26').find((x) => x.title.includes('arrived'));
    expect(e?.title).toBe("A reproduction of Ida arrived in London's Natural History Museum");
    expect(e?.actors).not.toContain('david-attenborough');
    expect(e?.rules).toContain('participants:background-preposition-with-of');
  }, 60_000);
});
