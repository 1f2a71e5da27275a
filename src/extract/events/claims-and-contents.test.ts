/**
 * Claims told as facts and happenings with no content (events/claims-and-contents.ts, events/needed-phrase.ts), judged
 * in judged records: an observer's explanation (`claim:observer-explanation`), a report's finding of
 * a cause (`claim:finding-of-cause`), rumours that circulated about nothing said (`hearsay:talk-without-content`), a
 * deal role without its deal (`title-cut:role-without-what`), frustrations vented (`view-voiced`).
 */
import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const titles = (text: string, published: string) => events(text, published).map((m) => m.title);

describe("an observer's explanation is a claim (claim:observer-explanation, claim:finding-of-cause)", () => {
  it('"Analysts said rumors were fed by the reorganization of Shearson management Wednesday" (Reuters, March 1987)', () => {
    const text = 'Analysts said rumors were fed by the reorganization of Shearson management Wednesday.';
    expect(whyNot(text, '1987-03-02')).toContain('fed:claim:observer-explanation');
    expect(titles(text, '1987-03-02')).toEqual([]);
  });

  it('after the words too: "The rally was driven by heavy buying from Japanese investors, traders said"', () => {
    const text = 'The rally was driven by heavy buying from Japanese investors on Tuesday, traders said.';
    expect(whyNot(text, '1987-03-04')).toContain('driven:claim:observer-explanation');
  });

  it('the observer attributes: "An increase in Reed shares in London today was attributed by brokers to rumors of Harcourt\'s interest" (Reuters, 1987)', () => {
    const text =
      "An increase in Reed shares in London today was attributed by brokers to rumors of Harcourt's interest and also to rumors that Maxwell might be a buyer.";
    expect(whyNot(text, '1987-05-18')).toContain('attributed:claim:observer-explanation');
  });

  it('a report\'s finding of a cause: "The report said faulty repairs caused the crash"', () => {
    const text = 'The report said on Friday that faulty repairs to the plane by Boeing caused the 1985 crash.';
    expect(whyNot(text, '1987-06-19')).toContain('caused:claim:finding-of-cause');
  });

  it('keeps what sources relay, and a literal drive', () => {
    // (Police, health and military sources are insiders who relay facts, not commentators; a driver and a route after
    // "drove" are no explanation.)
    const gunman = events('Police sources said the gunman drove a van into pedestrians on Friday.', '2017-06-05');
    expect(gunman.map((m) => m.title)).toEqual(['The gunman drove van into pedestrians']);
    expect(gunman[0].rules).not.toContain('claim:observer-explanation');
    expect(titles('Sources said the suspect drove to the airport on Monday and boarded a flight to Dubai.', '2017-06-05')).toEqual([
      'The suspect drove to the airport',
    ]);
    expect(titles('Health sources said the outbreak was caused by contaminated water at a school in Lagos on Monday.', '2017-06-05')).toEqual([
      'The outbreak was caused by contaminated water at a school',
    ]);
  });

  it('keeps what analysts relay of an act ("Analysts said GM cut prices on Monday") and a company\'s own act', () => {
    expect(titles('Analysts said General Motors Corp cut prices on its compact cars on Monday.', '1987-03-04')).toEqual(
      expect.arrayContaining([expect.stringMatching(/cut prices/)]),
    );
    expect(titles('General Motors Corp said it closed its Norwood, Ohio, plant on Monday.', '1987-03-04')).toEqual(
      expect.arrayContaining([expect.stringMatching(/closed/)]),
    );
  });
});

describe('a happening with no content', () => {
  it('"Last week, rumors circulated on Wall Street that the financial services giant was considering a spinoff" (Reuters, March 1987)', () => {
    const text =
      'Last week, rumors circulated on Wall Street that the financial services giant was considering a spinoff of part of Shearson and there was speculation it may be considering selling a stake to a Japanese firm.';
    expect(whyNot(text, '1987-03-02')).toContain('circulated:hearsay:talk-without-content');
    expect(titles(text, '1987-03-02')).not.toEqual(expect.arrayContaining([expect.stringMatching(/^Rumors circulated/)]));
  });

  it('keeps talk whose subject says what it was about: "Rumours of a takeover bid for Marks & Spencer swirled in the City"', () => {
    const bid = events('Rumours of a takeover bid for Marks & Spencer swirled in the City on Monday.', '2017-06-05');
    expect(bid.map((m) => m.title)).toEqual(['Rumours of a takeover bid swirled in the City']);
    expect(titles('Allegations of vote rigging surfaced in Lagos on Sunday.', '2017-06-05')).toEqual(['Allegations of vote rigging surfaced in Lagos']);
  });

  it('"Shearson acted as co-manager in the underwriting of units of Fireman\'s common stock and warrants last May" (Reuters, March 1987)', () => {
    const text =
      "Shearson acted as co-manager in the underwriting of units of Fireman's common stock and warrants last May, was also served with a subpoena, it said.";
    expect(whyNot(text, '1987-03-20')).toContain('acted:title-cut:role-without-what');
  });

  it('keeps a deal role whose deal fits the title, past a time: "Shearson acted as co-manager on Monday in the underwriting of Fireman\'s stock"', () => {
    expect(titles('Goldman Sachs acted as adviser to Texaco on Monday.', '1987-03-20')).toEqual(
      expect.arrayContaining([expect.stringMatching(/adviser to Texaco/)]),
    );
    const found = events("Shearson acted as co-manager on Monday in the underwriting of Fireman's stock.", '1987-03-20');
    expect(found.map((m) => m.title)).toEqual(expect.arrayContaining([expect.stringMatching(/co-manager in the underwriting of Fireman/)]));
    expect(found.find((m) => /co-manager/.test(m.title))?.rules).toContain('title:role-keeps-what');
  });

  it('keeps a go-between\'s deal: "Former President Carter acted as mediator between Israel and Egypt"', () => {
    const carter = events('Former President Carter acted as mediator between Israel and Egypt on Monday.', '1987-03-05');
    expect(carter.map((m) => m.title)).toEqual(['Former President Carter acted as mediator between Israel and Egypt']);
    expect(carter[0].rules).toContain('title:role-keeps-what');
  });

  it('"Dillon ... elaborated on his experiences in the Gulf and vented his frustrations with BP" (Guardian, July 2010)', () => {
    const text =
      'In an interview with Mother Jones this week, Dillon, who claims he was fired for raising concerns about the cleanup with his bosses, elaborated on his experiences in the Gulf and vented his frustrations with BP.';
    expect(whyNot(text, '2010-07-16')).toContain('vented:view-voiced');
  });
});

describe('a move traders say happened on rumours (claim:observer-explanation)', () => {
  it('"Purolator Courier corp\'s stock rose on speculation that a disgruntled former Purolator director would find a new suitor, traders said" (Reuters, March 1987, spelling mended)', () => {
    const text =
      "Purolator Courier corp's stock rose on speculation that a disgruntled former Purolator director would find a new suitor for the company, traders said.";
    expect(whyNot(text, '1987-03-12')).toContain('rose:claim:observer-explanation');
  });

  it('keeps the move when the title stops before its cause: "Analysts said Tesla shares fell 5 percent on Tuesday on fears of weaker demand in China"', () => {
    const tesla = events('Analysts said Tesla shares fell 5 percent on Tuesday on fears of weaker demand in China.', '2017-06-05');
    expect(tesla.map((m) => m.title)).toEqual(['Tesla shares fell 5 percent']);
    expect(tesla[0].rules).not.toContain('claim:observer-explanation');
    expect(titles('Traders said oil prices jumped on Monday on concerns about supply from Libya.', '2017-06-05')).toEqual(['Oil prices jumped']);
    // (The cause in the title is the analysts' explanation: no title.)
    expect(whyNot('Analysts said Tesla shares fell 5 percent on fears of weaker demand on Tuesday.', '2017-06-05')).toContain(
      'fell:claim:observer-explanation',
    );
  });

  it('keeps a move the traders tell without a cause: "Traders said some Texaco debt issues fell over 30 points this morning" (Reuters, April 1987)', () => {
    const text = 'Traders said some Texaco debt issues fell over 30 points this morning in thin trading, but recouped about half that.';
    expect(titles(text, '1987-04-13')).toEqual(expect.arrayContaining([expect.stringMatching(/fell over 30 points/)]));
  });
});

describe('a readiness voiced says to do what (title-cut:stance-without-act)', () => {
  it('keeps "Both the union and American Motors this week have voiced willingness to return to the negotiating table" (Reuters, March 1987)', () => {
    const text =
      "Both the union and American Motors this week have voiced willingness to return to the negotiating table to try to hammer out a contract for UAW workers at the automakers' Kenosha, Wis., facility, after talks broke down last weekend.";
    expect(titles(text, '1987-03-05')).toEqual(expect.arrayContaining([expect.stringMatching(/voiced willingness to return to the negotiating table/)]));
  });

  it('keeps a readiness whose act is a "for" phrase: "On Friday, North Korea signalled readiness for talks with Seoul"', () => {
    const talks = events('On Friday, North Korea signalled readiness for talks with Seoul.', '2017-06-05');
    expect(talks.map((m) => m.title)).toEqual(['North Korea signalled readiness for talks']);
    expect(talks[0].rules).toContain('title:stance-keeps-act');
  });

  it('drops a willingness with no act: "The union on Monday voiced willingness."', () => {
    expect(whyNot('The union on Monday voiced willingness.', '1987-03-05')).toContain('voiced:title-cut:stance-without-act');
  });

  // An intransitive "originate" tells where a thing started.
  it('reads "the blaze originated in a store room" as a fact, no credit claim', () => {
    const text = 'According to police, the blaze originated in a store room on Sunday.';
    expect(events(text, '2009-04-10').map((m) => m.title)).toEqual(['The blaze originated in a store room']);
    expect(whyNot(text, '2009-04-10').join(' ')).not.toContain('claim:credit');
  }, 60_000);
});
