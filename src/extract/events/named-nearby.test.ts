import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';
import { unionName } from './named-nearby';

const find = (text: string, published: string, part: string) => events(text, published).find((m) => m.title.includes(part));

describe('a subject a reader cannot place is named when the sentence or the two before make it certain (events/named-nearby.ts)', () => {
  it('names "the Miami-based carrier" as the company named before, not the party that took it over (subject:company-named-before)', () => {
    // (Reuters 1987: judged unreadable as "The Miami-based carrier was taken over by Texas Air".)
    const text =
      'Eastern Airlines lost 130.8 mln dlrs in 1986, and analysts see little chance of Eastern Airlines returning to profitability this year. Since the Miami-based carrier was taken over by Texas Air Corp last year, the morale of Eastern Airlines employees has plummeted, workers say.';
    const m = find(text, '1987-03-16', 'taken over by Texas Air');
    expect(m?.title).toBe('Eastern Airlines was taken over by Texas Air Corp');
    expect(m?.rules).toContain('subject:company-named-before');
  }, 60_000);

  it('drops "The carrier opened" when the one company named before is the owner\'s unit (subject-cannot-be-placed:unit-or-owner)', () => {
    // (Reuters 1987, Southwest: judged unfaithful as "Transtar Airlines opened a new Phoenix reservation center"; the
    // carrier is most plausibly Southwest, whose unit Transtar is.)
    const text =
      'DALLAS, March 12 - Southwest Airlines Co said its February load factor fell to 51.2 pct from 54.5 pct in February 1986.\n\nLoad factor, the percentage of seats filled, rose to 52.5 pct from 52.1 pct in the two months, Southwest said. Traffic results include Southwest and its Transtar Airlines unit.\n\nThe carrier also said it opened a new Phoenix reservation center on March one.';
    expect(events(text, '1987-03-12').some((m) => m.title.includes('Phoenix reservation center'))).toBe(false);
    expect(whyNot(text, '1987-03-12')).toContain('opened:subject-cannot-be-placed:unit-or-owner');
  }, 60_000);

  it('drops "The oil giant gave UC Berkeley a $500 million grant" with no company named before (subject-cannot-be-placed:described-company)', () => {
    // (Timeline17: a company named later in the sentence, "the Energy Biosciences Institute", is no antecedent.)
    const text =
      'The oil giant gave UC Berkeley a $500 million grant in 2007 to create the Energy Biosciences Institute, which works to develop new sources of plant-based fuel.';
    expect(events(text, '2010-07-31').some((m) => m.title.includes('grant'))).toBe(false);
    expect(whyNot(text, '2010-07-31')).toContain('gave:subject-cannot-be-placed:described-company');
  }, 60_000);

  it('names "the union" as the article\'s one union named sentences before (subject:article-union)', () => {
    const text =
      'The United Auto Workers has set a March 26 strike deadline at General Motors Corp\'s Pontiac truck plant, a spokesman said. The spokesman said the 9,000 workers at the facility will walk off the job. "We will be on strike," the spokesman said. The union earlier said it today notified GM of its intent to authorize a strike at the Pontiac facility.';
    const m = find(text, '1987-03-19', 'notified');
    expect(m?.title.includes('United Auto Workers')).toBe(true);
    expect(m?.rules).toContain('subject:article-union');
  }, 60_000);

  it('names "the union" as the one union named before it, never the company (subject:company-named-before)', () => {
    // (Reuters 1987: judged unreadable as "The union agreed in principle to pattern a future contract".)
    const text =
      'Talks between the United Auto Workers and American Motors Corp broke off on Tuesday. The UAW leader said the company and the union agreed in principle in 1985 to pattern a future contract covering some 6,000 Kenosha workers.';
    const m = find(text, '1987-03-04', 'agreed in principle');
    expect(m?.title.startsWith('United Auto Workers agreed in principle')).toBe(true);
    expect(m?.rules).toContain('subject:company-named-before');
  }, 60_000);

  it('drops "the union" when no union is named nearby, though a company is', () => {
    const text = 'General Motors Corp said on Monday it would cut jobs. On Tuesday, the union accepted an economic offer from GM Canada.';
    expect(events(text, '1987-10-20').some((m) => /union accepted|General Motors Corp accepted/.test(m.title))).toBe(false);
    expect(whyNot(text, '1987-10-20')).toContain('accepted:subject-cannot-be-placed:description');
  }, 60_000);

  it('drops a figure "it" told for the one company named before: its name is no word of the sentence (actors:company-it-said-owns-figure)', () => {
    // (Reuters 1987, IBM: judged unreadable as "Pretax margins slipped to 12.5 pct", "whose margins", and unfaithful as
    // "IBM’s pretax margins slipped to 12.5 pct", as "K Mart’s comparable store sales rose 5.5 pct" for
    // "Comparable store sales rose 5.5 pct in 1986 over 1985, it said": the owner is named only before.)
    const text =
      'International Business Machines Corp said its earnings fell in 1987. Pretax margins slipped to 12.5 pct in 1987 from 18.1 pct in 1986, it said.';
    expect(find(text, '1988-01-20', 'margins slipped')).toBeUndefined();
    expect(whyNot(text, '1988-01-20')).toContain('slipped:subject-cannot-be-placed:owner-outside-sentence');
  }, 60_000);

  it('drops a figure "it" told when two companies are named before', () => {
    const text = 'Chrysler Corp and Ford Motor Co reported results. Pretax margins slipped to 12.5 pct in 1987 from 18.1 pct in 1986, it said.';
    expect(events(text, '1988-01-20').some((m) => m.title.includes('margins'))).toBe(false);
    expect(whyNot(text, '1988-01-20')).toContain('slipped:subject-cannot-be-placed:figure-without-owner');
  }, 60_000);

  it('writes the one disease the sentence names for "the disease" (object:disease-named-in-sentence)', () => {
    // (Timeline17, H1N1: judged unreadable as "More than 8,000 people contracted the disease".)
    const text = 'During the 2003 SARS outbreak more than 8,000 people contracted the disease and 774 people died.';
    const m = find(text, '2009-04-27', 'contracted');
    expect(m?.title).toBe('More than 8,000 people contracted SARS');
    expect(m?.rules).toContain('object:disease-named-in-sentence');
  }, 60_000);

  it('names the subject that opens the sentence before a description in apposition (subject:name-before-apposed-description)', () => {
    // (Timeline17: titled "The world's largest offshore drilling contractor filed papers in a Houston court".)
    const text =
      "Transocean Ltd owned the rig that exploded on April 20.\n\nTransocean, the world's largest offshore drilling contractor which owned the Deepwater Horizon, filed papers in a Houston court on Thursday seeking to limit its legal liability to $27m.";
    const m = find(text, '2010-05-14', 'filed papers');
    expect(m?.title).toBe('Transocean Ltd filed papers in a Houston court');
    expect(m?.rules).toContain('subject:name-before-apposed-description');
  }, 60_000);

  it('reads a union by its name or its acronym, not a union of states', () => {
    expect(unionName('United Auto Workers')).toBe(true);
    expect(unionName('UAW')).toBe(true);
    expect(unionName('European Union')).toBe(false);
    expect(unionName('General Motors Corp')).toBe(false);
  });
});

describe('a subject only the article places makes no event (figures, counts and announcements told before)', () => {
  it('drops "Average wages rose 8.2 pct" (subject-cannot-be-placed:figure-without-owner)', () => {
    // (Reuters 1987: judged unreadable, whose wages?)
    const text = 'Average wages rose 8.2 pct last year compared with an 8.3 pct increase in the cost of living.';
    expect(events(text, '1987-03-22').some((m) => m.title.includes('wages'))).toBe(false);
    expect(whyNot(text, '1987-03-22')).toContain('rose:subject-cannot-be-placed:figure-without-owner');
  }, 60_000);

  it('drops "Bonuses swelled their pay" (subject-cannot-be-placed:figure-without-owner)', () => {
    const text = 'Ford said each of its five top executives received bonuses which swelled their pay last year past the one mln dlr mark.';
    expect(events(text, '1987-04-17').some((m) => m.title.includes('swelled'))).toBe(false);
    expect(whyNot(text, '1987-04-17')).toContain('swelled:subject-cannot-be-placed:figure-without-owner');
  }, 60_000);

  it('drops "Reciprocity between the two programs was established" (subject-cannot-be-placed:counted-back-in-phrase)', () => {
    const text = 'Continental said reciprocity between the two programs was established in June 1986 and allowed members of either program to earn miles.';
    expect(events(text, '1987-03-17').some((m) => m.title.includes('Reciprocity'))).toBe(false);
    expect(whyNot(text, '1987-03-17')).toContain('established:subject-cannot-be-placed:counted-back-in-phrase');
  }, 60_000);

  it('drops "The announcement sent investors" (subject-cannot-be-placed:points-back)', () => {
    const text = 'The announcement sent investors today scrambling for GM shares, with more than 3.2 mln shares changing hands by mid-day.';
    expect(events(text, '1987-03-04').some((m) => m.title.includes('announcement'))).toBe(false);
    expect(whyNot(text, '1987-03-04')).toContain('sent:subject-cannot-be-placed:points-back');
  }, 60_000);
});
