import { describe, expect, it } from 'vitest';
import { events } from '../events.harness';

describe('titles on news of another story (apple25)', () => {
  it('never ends a title on half a name whose hyphen a page spaced: "passed Wal - Mart"', () => {
    const m = events(
      "Five years after its launch, Apple Computer's iTunes downloadable music service in February passed Wal - Mart to become the No. 1 music seller in the United States, according to figures released April 3 by NPD Group, a market research firm.",
      '2008-04-09',
    );
    // (Whole, "passed Wal - Mart to become the No. 1 music seller" is too long a title: none rather than a broken one.)
    expect(m.filter((x) => /\bWal$/.test(x.title))).toEqual([]);
  });

  it('keeps a headline\'s name whole: "Apple\'s iTunes replaces Wal - Mart" (title:spaced-name-hyphen)', () => {
    const m = events(
      "Apple's iTunes replaces Wal - Mart as No. 1 U.S. music seller\nThe market research firm NPD Group said today that iTunes sold the most music.",
      '2008-04-09',
    )[0];
    // (Its first lines name the day, "today": a headline with no day named goes, events.ts `date:headline-names-no-day`.)
    expect(m.title.startsWith("Apple's iTunes replaces Wal-Mart")).toBe(true);
    expect(m.rules).toContain('title:spaced-name-hyphen');
  });

  it('keeps "former" before an office the short phrase cuts: "Former BP contractor Adam Dillon" (title:status-word-kept)', () => {
    // (The office of Apple Inc. before "Steve Jobs has died" gives way to his name: events/office-then-name.test.ts.)
    const m = events(
      "Former BP contractor Adam Dillon went public last Friday, telling a local news station in New Orleans that he was fed up with BP's handling of the spill response, not least of all its information clampdown.",
      '2010-06-14',
    ).find((x) => x.title.endsWith('went public'));
    expect(m?.title).toBe('Former BP contractor Adam Dillon went public');
    expect(m?.rules).toContain('title:status-word-kept');
  });

  it('drops an office at an unnamed company before a name: "company CEO Steve Jobs" (title:unowned-role-before-name)', () => {
    const m = events(
      "Yesterday, at this year's Apple Worldwide Developers Conference (WWDC), company CEO Steve Jobs unveiled iPhone 4, along with the new iOS 4 operating system for Apple mobile devices.",
      '2010-06-08',
    )[0];
    expect(m.title).toBe('Steve Jobs unveiled iPhone 4');
    expect(m.rules).toContain('title:unowned-role-before-name');
  });

  it('keeps a noun that modifies the next member\'s head: "computer and electronics maker Apple Computer" (title:shared-modifier-kept)', () => {
    const real = events(
      "The Beatles ' Apple Corps has filed a lawsuit against computer and electronics maker Apple Computer in a London court this week, the third such lawsuit in a long running trademark dispute between the two companies.",
      '2006-03-29',
    );
    expect(real.map((x) => x.title)).not.toContain('Apple Corps has filed a lawsuit against computer and Apple Computer');
    const m = events("The Beatles ' Apple Corps filed a lawsuit against computer and electronics maker Apple Computer this week.", '2006-03-29')[0];
    expect(m.title).toBe('Apple Corps filed a lawsuit against computer and electronics maker Apple Computer');
    expect(m.rules).toContain('title:shared-modifier-kept');
  });

  it('cuts a passive infinitive that only tells a time: "another special event to be held on October 12" (title:infinitive-of-a-time-cut)', () => {
    const m = events(
      'Within one month of the iPod nano and iTunes phone special event, Apple Computer announced today another special event to be held on October 12.',
      '2005-10-04',
    )[0];
    expect(m.title).toBe('Apple Computer announced another special event');
    expect(m.rules).toContain('title:infinitive-of-a-time-cut');
  });

  it('keeps the quoted name of what was announced: \'the "Lion" release\' (title:announced-subject-quoted-name)', () => {
    const m = events(
      'Jobs announced today that the "Lion" release to OS X, which is scheduled for release next summer, will include more support for multitouch and a desktop version of the company\'s App Store.',
      '2010-10-21',
    )[0];
    expect(m.title).toBe('Jobs announced that the "Lion" release will include more support');
    // (The chunker now holds the quoted name in the phrase, nlp/noun-phrases.ts `quoted-words-in-phrase`: no cut to mend.)
    expect(m.rules).toContain('title:quoted-words-in-phrase');
  });

  it('reads a first "That" before a noun as its determiner: "That lawsuit was settled" points back (demonstrative-before-noun-opens-sentence)', () => {
    expect(events('That lawsuit was settled in 1991, also out of court, with Apple paying $26.5 million.', '2006-03-29').map((x) => x.title)).not.toContain(
      'Lawsuit was settled',
    );
  });

  it('writes no lineup without what it is of: "released a new lineup" is no title', () => {
    const titles = events(
      "In a Wednesday media event, Apple Inc. released a new lineup of MacBook Air laptops and the 2011 version of the company's iLife software suite.",
      '2010-10-21',
    ).map((x) => x.title);
    expect(titles).not.toContain('Apple Inc. released a new lineup');
  });

  it('names no far store when a nearer name ends in the same noun: "launched the iTunes Music Store ... The store was renamed"', () => {
    const m = events(
      "The European Commission has forced Apple Inc. to lower its prices for media in its United Kingdom iTunes store, Apple's online media shop. The change in policy will occur within the next six months, Apple announced this morning. Apple is the producer of the world's most-sold MP3 Player, the iPod and launched the iTunes Music Store, a online music store, on April 28, 2003. The store was renamed to iTunes Store in 2006, as Apple began selling other media apart from music, such as feature-length movies.",
      '2008-01-10',
    ).find((x) => x.title.includes('renamed'));
    expect(m?.title).toBe('The store was renamed to iTunes Store');
  });

  it('writes a name that starts small as written: "iOS 4 was first introduced by Apple" (title:small-first-letter-kept)', () => {
    const m = events('Formerly "iPhone OS," iOS 4 was first introduced by Apple in April, and includes multitasking capabilities.', '2010-06-22')[0];
    expect(m.title).toBe('iOS 4 was first introduced by Apple');
    expect(m.rules).toContain('title:small-first-letter-kept');
  });

  it('reads a spaced apostrophe after a plural name as its possessive: "The Beatles \' label Apple Corps" (title:possessive-apostrophe-joined)', () => {
    const m = events("The Beatles ' label Apple Corps lost its court case against Apple Computer today in the High Court.", '2006-05-08')[0];
    expect(m.title).toBe("The Beatles' label Apple Corps lost its court case against Apple Computer");
    expect(m.rules).toContain('title:possessive-apostrophe-joined');
  });
});
