import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';
import { buildTimeline } from './pipeline';

// Named subjects that made no actor: a social network's name set aside as a share bar's word, a lone word the document
// itself names as an organisation, a country in a story the wire sent in lower case, a demonym on the acting noun.
const mentions = (text: string) => findActorMentions(text).map((m) => ({ surface: m.surface, start: m.start, kind: m.kind, key: m.key, rules: m.rules }));
const timeline = (body: string, date: string, source = 'Reuters') =>
  buildTimeline([{ id: 'a.md', bytes: new TextEncoder().encode(`---\ndate: ${date}\nsource: ${source}\n---\n${body}\n`) }]);

describe('names of subjects that were no actor', () => {
  it('reads a social network that acts as the company (network-acts), not a share bar word', () => {
    const found = mentions(
      'Twitter jumped 83 percent to 17 million visitors, while Facebook grew 10 percent in April from the previous month to reach 67.5 million visitors.',
    );
    expect(found.find((m) => m.surface === 'Facebook')).toMatchObject({ kind: 'organization', key: 'org:facebook', rules: ['network-acts'] });
    expect(found.find((m) => m.surface === 'Twitter')).toMatchObject({ kind: 'organization', key: 'org:twitter', rules: ['network-acts'] });
    // (a share bar's words do nothing: no actor)
    expect(mentions('Share this article\nFacebook Twitter Email\nShare on Facebook\nThe storm hit the coast on Monday.')).toEqual([]);
  });

  it('lists Facebook for "Facebook grew 10 percent" (Reuters, 2009)', () => {
    const e = timeline(
      'Twitter jumped 83 percent to 17 million visitors, while Facebook grew 10 percent in April from the previous month to reach 67.5 million visitors.',
      '2009-05-15',
    ).events.find((x) => x.title.startsWith('Facebook grew'));
    expect(e?.title).toBe('Facebook grew 10 percent');
    expect(e?.actors).toEqual(['facebook']);
  }, 60_000);

  it('makes every lone "Comecon" the organisation "Soviet-led Comecon" names (word-the-document-names-as-organisation)', () => {
    const found = mentions(
      "GENEVA, March 20 - The European Community (EC) and Soviet-led Comecon ended talks here, having made progress on setting up formal trade relations, but no breakthrough because of Comecon's refusal to recognise West Berlin as part of the EC, delegates said.",
    );
    const comecon = found.filter((m) => m.surface === 'Comecon');
    expect(comecon.map((m) => m.key)).toEqual(['org:comecon', 'org:comecon']);
    expect(comecon[1]).toMatchObject({ kind: 'organization', rules: ['word-the-document-names-as-organisation'] });
    expect(found.some((m) => m.key.startsWith('?'))).toBe(false);
  });

  it('makes a lone name that "its" takes up an organisation (its-takes-up-name), no tentative surname', () => {
    const found = mentions('Tesco has been mapping swine flu discussions among its members for the past few days.');
    expect(found).toEqual([expect.objectContaining({ surface: 'Tesco', kind: 'organization', key: 'org:tesco', rules: ['its-takes-up-name'] })]);
    // (a person takes "his" or "her": no organisation)
    expect(mentions('Seaga said his government aims to reduce the debt.').some((m) => m.kind === 'organization')).toBe(false);
  });

  it('reads "jamaica" in a story sent in lower case as the country (country-in-story-written-small)', () => {
    const text =
      '# JAMAICA PUTS CAP ON BORROWING\n\nKingston, march 11 - jamaica has put a cap on its 3.5 billion dlr foreign debt and will reduce its obligations by 300 mln dlrs this year, prime minister edward seaga said today.\n\nyesterday jamaica agreed with creditor banks to reschedule over the next 12 years some 181 miln dlrs due in 1987-89.';
    const jamaica = mentions(text).filter((m) => m.surface === 'jamaica');
    expect(jamaica).toHaveLength(2);
    expect(jamaica[1]).toMatchObject({ kind: 'country', key: 'country:Jamaica', rules: ['country-in-story-written-small'] });
    const e = timeline(text, '1987-03-11').events.find((x) => x.title.includes('agreed with creditor banks'));
    expect(e?.title).toBe('Jamaica agreed with creditor banks to reschedule some 181 miln dlrs');
    expect(e?.actors).toEqual(['jamaica']);
    // (a story written with capitals reads no country in a word written small)
    expect(mentions('The talks on turkey and chile imports ended. Officials said jamaica rum sales rose.').some((m) => m.kind === 'country')).toBe(false);
  }, 60_000);

  it('records a demonym before the noun of an acting phrase (demonym-of-acting-noun)', () => {
    const found = mentions('1991: 520m gallons were deliberately released from Iraqi oil tankers during the first Gulf War to impede the US invasion.');
    expect(found.find((m) => m.surface === 'Iraqi')).toMatchObject({ kind: 'country', key: 'country:Iraq', rules: ['demonym-of-acting-noun'] });
    // (a demonym before a noun that neither acts nor is a source or agent: none)
    expect(mentions('The ship carried Iraqi oil to the port.').some((m) => m.surface === 'Iraqi')).toBe(false);
  });
});
