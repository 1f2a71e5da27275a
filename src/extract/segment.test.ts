import { describe, expect, it } from 'vitest';
import { segmentSentences, splitAfterSpans, splitHeadlineFromStandfirst } from './segment';

const texts = (text: string) => segmentSentences(text).map((s) => s.text);

describe('segmentSentences', () => {
  it('splits a paragraph into sentences whose offsets point back into the text', () => {
    const text = '  The meeting took place in Pyongyang. Both countries denied arms transfers.  ';
    const sentences = segmentSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['The meeting took place in Pyongyang.', 'Both countries denied arms transfers.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('never lets a sentence cross a line break, so a headline stays apart from the body', () => {
    expect(texts('Kim Jong Un Pledges Support for Russia\nIn a significant display of solidarity, Kim pledged support.')).toEqual([
      'Kim Jong Un Pledges Support for Russia',
      'In a significant display of solidarity, Kim pledged support.',
    ]);
  });

  it('ends a sentence after a legal form when a word that opens a clause follows: "Safeway Stores Inc. The Hafts lost" (legal-form-ends-sentence)', () => {
    expect(
      texts(
        'Dart is controlled by the Haft family of Washington, which last year made a bid for California-based Safeway Stores Inc. The Hafts lost, but walked away with at least 100 mln dlrs in profits, analysts estimate.',
      ),
    ).toEqual([
      'Dart is controlled by the Haft family of Washington, which last year made a bid for California-based Safeway Stores Inc.',
      'The Hafts lost, but walked away with at least 100 mln dlrs in profits, analysts estimate.',
    ]);
    expect(texts('We had been successful last year in offers for Lucky Stores Inc and Fruehauf Corp. He did succeed in buying Ponderosa Inc.')).toEqual([
      'We had been successful last year in offers for Lucky Stores Inc and Fruehauf Corp.',
      'He did succeed in buying Ponderosa Inc.',
    ]);
    // (A name or a title goes on with the company's name: "Ford Motor Co. Chairman Donald Petersen said".)
    expect(texts('Ford Motor Co. Chairman Donald Petersen said the company would build the car.')).toHaveLength(1);
    expect(texts('Exxon Mobil Corp. Chief Executive Rex Tillerson said the well was safe.')).toHaveLength(1);
  });

  it('ends a sentence before a figure that opens the next: "was released. 2007 was the year" (figure-opens-sentence)', () => {
    expect(
      texts(
        'In 1998 Apple introduced the iMac personal computer, in 2001 the iPod music player and the following year the Mac OS X operating system was released. 2007 was the year of the iPhone smartphone, then the iPad tablet computer in 2010.',
      ),
    ).toEqual([
      'In 1998 Apple introduced the iMac personal computer, in 2001 the iPod music player and the following year the Mac OS X operating system was released.',
      '2007 was the year of the iPhone smartphone, then the iPad tablet computer in 2010.',
    ]);
    // (Not after an abbreviation: "No. 1 music seller", "approx. 20 people".)
    expect(texts('It became the No. 1 music seller. It was approx. 20 people in all.')).toEqual([
      'It became the No. 1 music seller.',
      'It was approx. 20 people in all.',
    ]);
  });

  it('does not split after "U.S." before a name: "U.S. President Joe Biden authorized"', () => {
    expect(texts('Earlier this month, U.S. President Joe Biden authorized the use of ATACMS missiles. Russia retaliated.')).toEqual([
      'Earlier this month, U.S. President Joe Biden authorized the use of ATACMS missiles.',
      'Russia retaliated.',
    ]);
  });

  it('still ends a sentence at "U.S." when a new sentence clearly begins', () => {
    expect(texts('Both capitals accuse the U.S. He called it hegemony.')).toEqual(['Both capitals accuse the U.S.', 'He called it hegemony.']);
  });

  it('does not split after titles, months and initials: "Gen.", "Mr.", "Dr.", "Jan.", "No.", "St.", "J. R."', () => {
    expect(texts('Gen. Smith met Mr. Kim and Dr. Lee on Jan. 5 at No. 10 near St. Petersburg. J. R. Tolkien was not there.')).toEqual([
      'Gen. Smith met Mr. Kim and Dr. Lee on Jan. 5 at No. 10 near St. Petersburg.',
      'J. R. Tolkien was not there.',
    ]);
  });

  it('keeps closing quotes with the sentence they close', () => {
    expect(texts('Putin called it a “breakthrough.” The details remain undisclosed.')).toEqual([
      'Putin called it a “breakthrough.”',
      'The details remain undisclosed.',
    ]);
    expect(texts('He said, "Our visit reflects the highest level of mutual trust." Then he left.')).toEqual([
      'He said, "Our visit reflects the highest level of mutual trust."',
      'Then he left.',
    ]);
  });

  it('skips empty lines and whitespace', () => {
    const text = 'First paragraph ends here.\n\n   \nSecond paragraph.';
    const sentences = segmentSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['First paragraph ends here.', 'Second paragraph.']);
    expect(sentences[1].start).toBe(text.indexOf('Second'));
  });
});

describe('segmenting a single very long line', () => {
  it('splits a 300 kB paragraph into its sentences quickly and with exact offsets', () => {
    const line = 'The ministers met in the capital and discussed trade. '.repeat(5_500);
    const sentences = segmentSentences(line);
    expect(sentences).toHaveLength(5_500);
    for (const s of sentences.slice(0, 50)) expect(line.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.every((s) => s.text === 'The ministers met in the capital and discussed trade.')).toBe(true);
  });
});

describe('headlines and datelines glued to the first sentence', () => {
  it('splits a quoted headline from the story after it (glued-quoted-headline)', () => {
    const text = "BP claims fund 'to begin payouts ' The Gulf Coast Claims Facility was set up in June.";
    expect(segmentSentences(text).map((s) => s.text)).toEqual(["BP claims fund 'to begin payouts '", 'The Gulf Coast Claims Facility was set up in June.']);
  });

  it('does not split a quoted word inside a sentence', () => {
    for (const text of ['"I have to challenge the word \'exercise, \' Doug," Landry said.', "Precautions to fight a 'deadly ' H1N5 flu seem wasteful."])
      expect(segmentSentences(text)).toHaveLength(1);
  });

  it('starts the story at the end of its byline and dateline (sentence-after-dateline)', () => {
    const text = 'By Jane Doe MEXICO CITY, April 24 (Reuters) - A deadly strain of swine flu has broken out in Mexico.';
    const end = text.indexOf('A deadly');
    const split = splitAfterSpans(text, segmentSentences(text), [[0, end]]);
    expect(split.map((s) => s.text)).toEqual(['By Jane Doe MEXICO CITY, April 24 (Reuters) -', 'A deadly strain of swine flu has broken out in Mexico.']);
    for (const s of split) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  const pieces = (text: string) => splitHeadlineFromStandfirst(text, segmentSentences(text)).map((s) => s.text);

  it("ends a first line's headline where its standfirst or lead opens (headline-before-standfirst)", () => {
    // (Guardian, 6 January 2011: "politicians" is written small further on, and never capitalised after a word.)
    const mps =
      "MPs publish report on lessons from BP's Gulf of Mexico oil spill disaster Politicians have 'serious doubts ' over oil companies ' plans\nThe politicians met.";
    expect(pieces(mps).slice(0, 2)).toEqual([
      "MPs publish report on lessons from BP's Gulf of Mexico oil spill disaster",
      "Politicians have 'serious doubts ' over oil companies ' plans",
    ]);
    // (An ordinary opener after a name: "Swine flu outbreak reaches Europe The UN has warned ...", BBC, 28 April 2009.)
    expect(pieces('Swine flu outbreak reaches Europe The UN has warned that the virus has the potential to become a pandemic.')).toEqual([
      'Swine flu outbreak reaches Europe',
      'The UN has warned that the virus has the potential to become a pandemic.',
    ]);
    // (The Guardian's bullet "cents" belongs to neither piece.)
    expect(pieces('Analysts speculate on BP becoming takeover target cents Wind direction shift blows slick towards Florida\nThe wind shifted.')).toEqual([
      'Analysts speculate on BP becoming takeover target',
      'Wind direction shift blows slick towards Florida',
      'The wind shifted.',
    ]);
    for (const text of [mps]) for (const s of splitHeadlineFromStandfirst(text, segmentSentences(text))) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("ends a headline before a name in capitals that the next piece's verb follows (headline-before-standfirst)", () => {
    // (The Guardian, 20 September 2010, and 29 October 2010: a headline ending on a figure or a noun.)
    expect(pieces('BP oil spill cost hits nearly $10bn BP has set up a $20bn compensation fund after the Deepwater Horizon disaster.')).toEqual([
      'BP oil spill cost hits nearly $10bn',
      'BP has set up a $20bn compensation fund after the Deepwater Horizon disaster.',
    ]);
    expect(pieces('BP and Halliburton knew of Gulf oil well cement flaws US investigator says cement mixture failed three out of four tests')).toEqual([
      'BP and Halliburton knew of Gulf oil well cement flaws',
      'US investigator says cement mixture failed three out of four tests',
    ]);
    // (The Guardian, 10 January 2011: a caption's last word said again by the lead.)
    expect(pieces('A group of motorcyclists ride past the Trans-Alaska pipeline system, operated by BP BP shares slid nearly 2.5% this morning.')).toEqual([
      'A group of motorcyclists ride past the Trans-Alaska pipeline system, operated by BP',
      'BP shares slid nearly 2.5% this morning.',
    ]);
    // (Not after a verb, a gerund or a word that describes the name, nor before a noun without a verb.)
    for (const text of [
      'The Justice Department sued BP and eight other companies over the spill.',
      'Bob Shipp said BP wanted to hire his entire marine science department.',
      'Lawmakers backed a plan to require oil giant BP to set up an escrow account.',
      "No magic solution for oil spill, elbowing BP won't do any good",
      'A five-year-old girl has contracted the bird flu virus, the state news agency MENA reported on Sunday.',
      "Markey said the letter pointed out that three BP pipelines on Alaska's North Slope had failed.",
    ])
      expect(pieces(text)).toEqual(segmentSentences(text).map((s) => s.text));
  });

  it('ends a headline or caption before "A", a number word or a hyphenated word that opens the next piece (headline-before-standfirst)', () => {
    // (BBC, 5 May 2010: a video's caption, then the lead.)
    expect(
      pieces(
        'John Curry, from BP, explains how the funnel should work A giant iron funnel being built in a bid to halt the huge spill will be deployed, BP says.',
      ),
    ).toEqual([
      'John Curry, from BP, explains how the funnel should work',
      'A giant iron funnel being built in a bid to halt the huge spill will be deployed, BP says.',
    ]);
    // (BBC, 8 September 2010.)
    expect(pieces('BP spreads blame over oil spill Eleven people were killed and 17 people were injured in the explosion')).toEqual([
      'BP spreads blame over oil spill',
      'Eleven people were killed and 17 people were injured in the explosion',
    ]);
    // (The Guardian, 1 August 2010: the article writes "lump sum" small.)
    expect(
      pieces(
        'BP offers one-off payouts to stem Gulf oil spill lawsuits Lump-sum compensation offered in return for waiving the right to sue\nBP will offer lump sum payments.',
      ).slice(0, 2),
    ).toEqual(['BP offers one-off payouts to stem Gulf oil spill lawsuits', 'Lump-sum compensation offered in return for waiving the right to sue']);
    // (The Guardian, 26 April 2009: "type A" is the flu's name, written so again further on.)
    const typeA =
      'It is a contagious respiratory disease of pigs caused by type A influenza viruses.\nThe facts is we know an awful lot about type A influenza.';
    expect(pieces(typeA)).toEqual(segmentSentences(typeA).map((s) => s.text));
  });

  it('keeps a title-case headline, a name and a sentence whole', () => {
    for (const text of [
      'Obama Tries to Buy A Superman Cape\nThe buy was made.',
      "A coalition is calling on President Obama to fire Interior Secretary Ken Salazar for his 'failed policies '.\nThe secretary stayed.",
      'Oil executives have traded blame in Congress over the Gulf Coast oil spill, as the battle to contain it continues.\nThe coast is long.',
      'Crews looking for injured or dead wildlife in the vast Gulf of Mexico oil spill have found a few more of them.\nIn the gulf, birds died.',
      "Tamiflu has been given to pupils and staff at Alleyn's School Four children have been diagnosed.\nThe school closed.",
    ])
      expect(pieces(text)).toEqual(segmentSentences(text).map((s) => s.text));
  });
});
