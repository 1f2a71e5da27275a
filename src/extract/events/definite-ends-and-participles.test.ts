/**
 * Titles a reader cannot place out of their article: a "the" noun cut before the "of" phrase that says which, a
 * participle between commas with no agent (a noun phrase with no verb), an object cut before what it was asked for.
 * Sentences from the Timeline17 topics and the 1987 wire stories.
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

describe('a "the" noun before its "of" phrase', () => {
  it('gives no title when the "of" phrase does not fit: title-cut:definite-without-its-of-phrase', () => {
    const s = 'The American Stock Exchange said it has started trading the common stock of Oxford Energy Co, which had traded on the NASDAQ system.';
    expect(events(s, '1987-04-08').map((m) => m.title)).not.toContain('The American Stock Exchange said it has started trading the common stock');
    expect(whyNot(s, '1987-04-08')).toContain('started:title-cut:definite-without-its-of-phrase');
  });

  it('drops "began funding the work" of a firm the title cannot name', () => {
    const s =
      '"Waterworld" star Kevin Costner, who 15 years ago began funding the work of Louisiana-based firm Ocean Therapy solutions, has offered up his multi-million dollar machines.';
    expect(events(s, '2010-05-20').map((m) => m.title)).not.toContain('Waterworld star Kevin Costner began funding the work');
    expect(whyNot(s, '2010-05-20')).toContain('began:title-cut:definite-without-its-of-phrase');
  });

  it('keeps the "of" phrase when the title has room: title:definite-keeps-of-phrase', () => {
    const s =
      'Rockefeller yesterday reminded bankers of the depth of concern over Latin American debt at the Toronto World Bank/International Monetary Fund meeting in 1982, and said an accord would be reached in the current circumstances just as it had been then.';
    // (dated by "yesterday": 1982 is the meeting's, date:of-what-it-recalls)
    const m = events(s, '1987-04-08').find((x) => x.title.startsWith('Rockefeller reminded'));
    expect(m?.title).toBe('Rockefeller reminded bankers of the depth of concern');
    expect(m?.rules).toContain('title:definite-keeps-of-phrase');
  });

  it('leaves a name alone: "Congress passed the Oil Pollution Act"', () => {
    const s = 'In 1990, Congress passed the Oil Pollution Act of 1990, requiring companies transporting oil over water to have spill plans.';
    expect(whyNot(s, '2010-05-01')).not.toContain('passed:title-cut:definite-without-its-of-phrase');
  });

  it('does not write a list the tagger ran into the phrase ("the Titanic as well")', () => {
    const s =
      'Cameron made two documentaries about the wreck of the ocean liner Titanic as well as the blockbuster 1997 Hollywood movie using a small fleet of specially designed remotely operated underwater vehicles.';
    expect(events(s, '2010-06-01').map((m) => m.title)).toEqual([]);
  });
});

describe('a participle between commas', () => {
  it('marks one with no agent as a verbless report that gives no event alone: participle:between-commas-no-agent', () => {
    const s = "BP's own exploration plan, submitted to federal regulators in February 2009, minimized the danger of a spill.";
    const m = events(s, '2010-06-01').find((x) => x.title.startsWith("BP's own exploration plan"));
    expect(m?.rules).toContain('participle:between-commas-no-agent');
    expect(m?.rules).not.toContain('participle:between-commas-named');
  });

  it('marks a birth, which has no agent to name, as a report of its own: participle:between-commas-agentless-verb', () => {
    // (SemEval-2015 Apple timelines, 6 October 2011.)
    const s =
      'Jobs, born in San Francisco on February 24, 1955, has built the most valuable technology company in the world, with a market value of $348.8 billion.';
    const m = events(s, '2011-10-06').find((x) => x.title.includes('born'));
    expect(m?.title).toBe('Jobs born in San Francisco');
    expect(m?.time?.value).toBe('1955-02-24');
    expect(m?.rules).toContain('participle:between-commas-agentless-verb');
    expect(m?.rules).not.toContain('participle:between-commas-no-agent');
  });

  it('keeps a passive with its named agent, written with its auxiliary: "RICO was passed by Congress"', () => {
    const s =
      'RICO, passed by Congress in 1970, contains both a civil and criminal component, but both of them rely on proof of longterm violations of at least two specific crimes from a lengthy list.';
    const m = events(s, '2010-06-01').find((x) => x.title.startsWith('RICO'));
    expect(m?.rules).toContain('participle:between-commas-named');
    expect(m?.title).toBe('RICO was passed by Congress');
  });
});

describe('a title cut before the words its last phrase needs', () => {
  it('gives no title to an object asked for what the title cannot hold: title-cut:object-without-verb-phrase', () => {
    const s =
      'In late June, more than two months into the program, BP began asking participants for proof that their licenses had been issued before the oil spill, company officials said.';
    expect(events(s, '2010-07-20').map((m) => m.title)).not.toContain('BP began asking participants');
    expect(whyNot(s, '2010-07-20')).toContain('began:title-cut:object-without-verb-phrase');
  });

  it('gives no relative title to a bare mass noun after "of": the relative tells of the chain before it', () => {
    const s = 'During this time, the daily leakage of tens of thousands of barrels of oil, which had been capped last Thursday, could resume.';
    expect(events(s, '2010-07-20').map((m) => m.title)).not.toContain('Oil had been capped');
    expect(whyNot(s, '2010-07-20')).toContain('capped:antecedent-uncertain');
  });
});

describe('a list of deals each with its own "the"', () => {
  it('gives no title to "The buyback and the restructuring": subject-cannot-be-placed:definite-list', () => {
    const s =
      "The buyback and the restructuring were triggered in November, after companies controlled by Ronald Perelman, chairman of Revlon Group Inc REV, acquired about 7.6 pct of CPC's then outstanding stock.";
    expect(events(s, '1987-04-08').map((m) => m.title)).not.toContain('The buyback and the restructuring were triggered');
    expect(whyNot(s, '1987-04-08')).toContain('triggered:subject-cannot-be-placed:definite-list');
  });
});
