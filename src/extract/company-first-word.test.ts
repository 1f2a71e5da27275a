import { describe, expect, it } from 'vitest';
import { findActorMentions } from './actors';
import { cleanText } from './clean';
import { events } from './events.harness';
import { analyseText } from './nlp/analyse';
import { withoutTickers } from './nlp/tickers';

// Sentences of Reuters wire copy of 1987 (GM, Ford, Boeing, Texas Air), where a company's name lost its first word.
const mentions = (text: string) => findActorMentions(text).map((m) => ({ surface: m.surface, key: m.key, rules: m.rules }));
const FORD = 'Ford Motor Co said it made 189,610 U.S. cars in March, up from 150,520 in the same period last year.';

describe('a company name keeps its first word, whatever dictionary word it is', () => {
  it('reads "Ford" before "Motor Co" as the name\'s first word, no verb (company-name-keeps-first-word)', () => {
    const a = analyseText(FORD);
    expect(a.retags.find((r) => r.token === 0)).toMatchObject({ to: 'PROPN', rule: 'company-name-keeps-first-word' });
    expect(mentions(FORD)[0]).toMatchObject({ surface: 'Ford Motor Co', rules: expect.arrayContaining(['company-name-keeps-first-word']) });
    const m = events(FORD, '1987-04-01').find((x) => x.title.includes('made'));
    expect(m?.title).toBe('Ford Motor Co made 189,610 U.S. cars');
    expect(m?.actors).toEqual(['ford-motor-co']);
  }, 60_000);

  it('keeps "Ford" when the legal form stands inside the run: "Ford Motor Co of Canada"', () => {
    const text = 'Ford Motor Co of Canada, 90 pct-owned by Ford Motor Co, said February car sales fell six pct to 13,734 units from year-earlier 14,589 units.';
    expect(mentions(text)[0]).toMatchObject({ surface: 'Ford Motor Co of Canada' });
    expect(mentions(text).some((m) => m.surface.startsWith('Motor Co'))).toBe(false);
  });

  it('keeps "Eastern" and "Continental" before a legal form, not an -ed word ("Troubled")', () => {
    const found = mentions('Eastern Airlines Inc said its traffic rose. Continental Airlines Inc said it would buy planes.');
    expect(found.map((m) => m.surface)).toEqual(['Eastern Airlines', 'Continental Airlines']);
    expect(mentions('Troubled Continental Airlines Inc said it would buy planes.').some((m) => m.surface.startsWith('Troubled'))).toBe(false);
  });

  it('keeps "United" when the article writes "the United Automobile Workers" whole (name-written-whole-elsewhere)', () => {
    const text =
      'United Automobile Workers (UAW) president Owen Bieber was loudly cheered by some 3,000 local delegates at a special bargaining strategy convention yesterday. He said the United Automobile Workers union is ready.';
    const first = mentions(text)[0];
    expect(first).toMatchObject({ surface: 'United Automobile Workers', rules: expect.arrayContaining(['name-written-whole-elsewhere']) });
    expect(mentions(text).some((m) => m.surface === 'Automobile Workers')).toBe(false);
  });

  it("reads a country or a state before a carrier's word as the carrier's name (place-starts-carrier-name)", () => {
    const jal = mentions('Boeing Co is the manufacturer of the Japan Air Lines 747 jumbo jet which crashed into a mountain in Japan on August 12, 1985.');
    expect(jal.find((m) => m.surface === 'Japan Air Lines')).toMatchObject({ key: 'org:japan air lines', rules: ['place-starts-carrier-name'] });
    const texas = mentions("Since the Miami-based carrier was taken over by Texas Air last year, the morale of Eastern's 38,000 employees has plummeted.");
    expect(texas[0]).toMatchObject({ surface: 'Texas Air', key: 'org:texas air', rules: ['place-starts-carrier-name'] });
    expect(texas.some((m) => m.surface === 'Air')).toBe(false);
  });
});

describe('a state abbreviation with its period inside a place', () => {
  it('"at Arlington, Tex., which was shut": the plant was shut, not "Tex." (state-abbreviation-inside-place, which-skips-town-and-state)', () => {
    const text =
      'Some 2,000 General Motors workers will return March 30 at the Chevrolet-Pontiac-GM of Canada plant at Arlington, Tex., which was shut March 16 for inventory adjustment.';
    const m = events(text, '1987-03-26').find((x) => x.title.includes('shut'));
    expect(m?.title).toBe('The Chevrolet-Pontiac-GM of Canada plant at Arlington was shut');
    const relative = analyseText(text).clauses.find((c) => c.rules.includes('state-abbreviation-inside-place'));
    expect(relative?.rules).toContain('which-skips-town-and-state');
  }, 60_000);
});

describe('wire tickers and table footnotes', () => {
  it('leaves the ticker after "Fiat Spa" out of a title: "Spa" is a legal form', () => {
    expect(withoutTickers('Westland was rescued by United Technologies Corp UTX.N and Fiat Spa FIAT.MI')).toBe(
      'Westland was rescued by United Technologies Corp and Fiat Spa',
    );
  });

  it('drops a "NOTE:" footnote under a results table (table-footnote)', () => {
    const { text } = cleanText('Shr 50 cts vs 47 cts\n\nNet 3,445,000 vs 3,193,000\n\nNOTE: Share adjusted for two-for-one stock split in January 1987.\n');
    expect(text).not.toContain('Share adjusted');
  });
});
