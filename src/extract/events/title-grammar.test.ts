import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

/** Each dated mention's title and rules. */
const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('the grammar of a title: a determiner with its noun, "due" with its phrase, a main clause (Reuters 1987)', () => {
  it('keeps the noun of "its" that the short object dropped before an amount (`title:possessive-keeps-its-noun`)', () => {
    const text = 'LONDON, March 9 - National Westminster Bank Plc said it has cut its base lending rate 0.5 percentage points to 10.5 pct today.';
    const titles = dated(text, '1987-03-09').map((m) => m.title);
    expect(titles).not.toContain('National Westminster Bank Plc has cut its 0.5 percentage points');
    const m = dated(text, '1987-03-09').find((x) => x.title.includes('has cut'));
    expect(m?.title).toBe('National Westminster Bank Plc has cut its base lending rate');
    expect(m?.rules).toContain('title:possessive-keeps-its-noun');
    expect(m?.time?.value).toBe('1987-03-09');
  }, 30_000);

  it('keeps "its" before an amount the sentence writes right after it ("its 12 month 1987 sugar import quota")', () => {
    const text =
      'The U.S. Agriculture Department last December slashed its 12 month 1987 sugar import quota from the Philippines to 143,780 short tons from 231,660 short tons in 1986.';
    const m = dated(text, '1987-03-05').find((x) => x.title.includes('slashed'));
    expect(m?.title).toBe('The U.S. Agriculture Department slashed its 12 month 1987 sugar import quota');
    expect(m?.rules).not.toContain('title:possessive-keeps-its-noun');
  });

  it('leaves out a "due" whose phrase the title has no room for (`title:due-left-out`)', () => {
    const text = 'KINGSTON, March 11 - yesterday jamaica agreed with creditor banks to reschedule over the next 12 years some 181 miln dlrs due in 1987-89.';
    const m = dated(text, '1987-03-11').find((x) => x.title.includes('agreed'));
    expect(m?.title).toBe('Jamaica agreed with creditor banks to reschedule some 181 miln dlrs');
    expect(m?.rules).toContain('title:due-left-out');
    expect(m?.time?.value).toBe('1987-03-10');
  });

  it('gives no title to a verb that is a participle of the noun before it (`title-cut:verb-of-the-noun-before`)', () => {
    const text = 'COLOMBO, April 7 - Rubber prices of all types firmed on good demand for the 234 mln kilos offered at the Colombo auction, brokers said.';
    expect(dated(text, '1987-04-07').map((m) => m.title)).not.toContain('Rubber prices of all types offered at the Colombo auction');
    expect(whyNot(text, '1987-04-07')).toContain('offered:title-cut:verb-of-the-noun-before');
  });

  it('keeps a verb that reads whole without an object after a participle’s phrase ("headed down the Gulf")', () => {
    const text =
      'A new convoy of tankers escorted by American warships headed down the Gulf on Wednesday, towards Iranian oil platforms still oozing smoke after having being blasted by U.S. Navy raiders.';
    const m = dated(text, '1987-10-20').find((x) => x.title.includes('headed'));
    expect(m?.title).toBe('A new convoy of tankers headed down the Gulf');
    expect(m?.rules).not.toContain('title-cut:verb-of-the-noun-before');
  });

  it('titles "the day X announced" by X, the subject of the relative clause on "the day" (`time-noun-before-relative-subject`)', () => {
    const text =
      'On September 23, 1986, the day Fiat announced it had reached an agreement under which Libya would sell its 15 pct stake, Fiat shares closed in Milan at 16,600 lire.';
    const titles = dated(text, '1987-03-16').map((m) => m.title);
    expect(titles).not.toContain('The day Fiat announced it had reached an agreement');
    const m = dated(text, '1987-03-16').find((x) => x.title.includes('announced'));
    expect(m?.title).toBe('Fiat announced it had reached an agreement');
    expect(m?.time?.value).toBe('1986-09-23');
  });

  it('ends "this month" before the name that is the clause’s subject (`time-noun-before-relative-subject` reads on)', () => {
    const text = 'Earlier this month China diagnosed a case of the H1N1 virus in a Mexican traveller in Hong Kong.';
    const m = dated(text, '2009-05-11').find((x) => x.title.includes('diagnosed'));
    expect(m?.title).toBe('China diagnosed a case of the H1N1 virus');
    expect(m?.time?.value).toBe('2009-05');
  });
});

describe('a participle that describes its noun is titled with its "was" (Reuters 1987)', () => {
  it('writes "was" before a participle with a "by" phrase, a verb that may take no object (`title:passive-auxiliary-supplied`)', () => {
    const text =
      "The austerity program, started by Prime Minister Andreas Papandreou's socialist government in October 1985, resulted in a wave of strikes late last year and more industrial action is planned by trade unions and workers in coming months.";
    const titles = dated(text, '1987-04-07').map((m) => m.title);
    expect(titles).not.toContain("The austerity program started by Prime Minister Andreas Papandreou's socialist government");
    const m = dated(text, '1987-04-07').find((x) => x.title.includes('started'));
    expect(m?.title).toBe("The austerity program was started by Prime Minister Andreas Papandreou's socialist government");
    expect(m?.rules).toContain('title:passive-auxiliary-supplied');
    expect(m?.time?.value).toBe('1985-10');
  });

  it('writes "was" when the commas set off a named noun, its agent no name (`participle:between-commas-named`)', () => {
    const text =
      "QUITO, April 24 - The Ecuadorean economy, struck by an earthquake last month, will contract an estimated four pct in 1987 and its crude oil output will drop by 42 pct, the government's national development council (Conade) said.";
    const m = dated(text, '1987-04-24').find((x) => x.title.includes('struck'));
    expect(m?.title).toBe('The Ecuadorean economy was struck by an earthquake');
    expect(m?.rules).toContain('title:passive-auxiliary-supplied');
  });
});

describe('a counted deed says what it asks only with its content (BBC, 2 August 2010)', () => {
  it('gives no title to "74 requests" without what they were for (`title:counted-deed-needs-content`)', () => {
    const text =
      'On Sunday, the Washington Post reported that the US Coast Guard had granted BP 74 requests to use dispersants over 54 days on the Gulf surface and underwater, in spite of an administration order to limit their use.';
    const titles = dated(text, '2010-08-02').map((m) => m.title);
    expect(titles).not.toContain('Washington Post reported that US Coast Guard had granted BP 74 requests');
    expect(whyNot(text, '2010-08-02')).toContain('reported:title-cut:deed-without-content');
  });
});
