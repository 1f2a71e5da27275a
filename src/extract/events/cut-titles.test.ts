import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

/** Each dated mention's title and rules. */
const dated = (text: string, published: string) => events(text, published).filter((m) => m.time);

describe('titles cut before what their words need (Reuters wire copy)', () => {
  it('keeps the phrase of a relational noun in the verb’s phrase, a numbered name whole (`title:phrase-needs-its-phrase`, `title:numbered-name-no-figure`)', () => {
    const text =
      "Texaco, the nation's third-largest oil company, filed for protection under Chapter 11 of the U.S. bankruptcy code earlier today, saying it had no choice because of Pennzoil's refusal to negotiate a reasonable settlement.";
    const m = dated(text, '1987-04-13').find((x) => x.title.startsWith('Texaco filed'));
    expect(m?.title).toBe('Texaco filed for protection under Chapter 11');
    expect(m?.rules).toContain('title:phrase-needs-its-phrase');
    expect(m?.rules).toContain('title:numbered-name-no-figure');
  });

  it('keeps the thing given after an infinitive’s person given to (`title:infinitive-second-object`)', () => {
    const text = 'In February the Texas Appellate Court refused to grant Texaco a new trial, finding no evidence that Farris was biased.';
    const m = dated(text, '1987-03-23').find((x) => x.title.includes('refused'));
    expect(m?.title).toBe('The Texas Appellate Court refused to grant Texaco a new trial');
    expect(m?.rules).toContain('title:infinitive-second-object');
  });

  it('gives no title to an amount cut before its "of" phrase (`title:amount-needs-of-phrase`)', () => {
    const text = 'U.S. crude oil and gas liquids production last year fell to an average of 33,290 barrels per day from 34,102 barrels per day in 1985.';
    expect(dated(text, '1987-03-25').map((m) => m.title)).not.toContain('U.S. crude oil and gas liquids production fell to an average');
    expect(whyNot(text, '1987-03-25')).toContain('fell:title-cut-before-of-phrase');
  });

  it('keeps a common noun subject’s "by" phrase, who did it (`title:subject-keeps-by-phrase`)', () => {
    const text =
      'Worldwide production by the consolidated subsidiaries declined to 341 mln barrels last year from 362 mln in 1985 and upward revisions in previous reserve estimates rose to 143 mln barrels from 117 mln, respectively.';
    // (Whose subsidiaries, the sentence does not say: `subject-cannot-be-placed:figure-without-owner`. With the owner named,
    // the "by" phrase is kept.)
    expect(dated(text, '1987-03-25').filter((x) => x.title.includes('declined'))).toEqual([]);
    expect(whyNot(text, '1987-03-25')).toContain('declined:subject-cannot-be-placed:figure-without-owner');
    const owned = text.replace('by the consolidated', "by Texaco's consolidated");
    const m = dated(owned, '1987-03-25').find((x) => x.title.includes('declined'));
    expect(m?.title).toBe("Worldwide production by Texaco's consolidated subsidiaries declined to 341 mln barrels");
    expect(m?.rules).toContain('title:subject-keeps-by-phrase');
  });

  it('gives no title to a subject the parse cut to the second of two joined modifiers (`subject:modifier-conjunct`)', () => {
    const text =
      'Proved U.S. and foreign reserves of natural gas declined to 964 billion cubic feet last year, from 1.01 trillion cubic feet in 1985, because of a virtual halt in its exploration program, Pennzoil said.';
    expect(dated(text, '1987-03-25').map((m) => m.title)).not.toContain('Foreign reserves of natural gas declined to 964 billion cubic feet');
    expect(whyNot(text, '1987-03-25')).toContain('declined:subject:modifier-conjunct');
  });

  it('does not show alone a happening noun with its year before it, told as background (`nominal:year-before-noun`)', () => {
    const text =
      "The action is almost certain to ignite a new round of debate between the two companies stemming from Texaco's 1984 acquisition of Getty Oil Co for 10.2 billion dlrs, a company Pennzoil believed it had an agreement to buy.";
    const m = dated(text, '1987-04-13').find((x) => x.title === "Texaco's acquisition of Getty Oil Co");
    expect(m?.rules).toContain('nominal:year-before-noun');
    expect(m?.rules).not.toContain('nominal:both-sides-named');
  });
});
