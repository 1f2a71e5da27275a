import { describe, expect, it } from 'vitest';
import { events, whyNot } from '../events.harness';

const titles = (text: string, published: string) => events(text, published).map((m) => m.title);

// Timeline17 (judged unreadable): a dealing with, against or about another at a title's end says nothing
// without whom or what (events/needed-phrase.ts, TARGET_NOUNS).
describe('events: a dealing with another keeps whom or what (target-keeps-phrase, target-left-out)', () => {
  it('keeps the "with", "for", "on" phrase the sentence writes after the noun (title:target-keeps-phrase)', () => {
    const partnership = 'He was appointed in 2003 when BP went into partnership with a group of Russian billionaires known as AAR.';
    expect(titles(partnership, '2010-06-23')).toEqual(expect.arrayContaining([expect.stringMatching(/^BP went into partnership with a group/)]));
    const stance = 'At a court hearing on the lawsuits on Friday, BP created confusion about its stance on the liability cap.';
    expect(titles(stance, '2010-10-19')).toEqual(expect.arrayContaining([expect.stringMatching(/its stance on the liability cap$/)]));
    const demands =
      "Last month, BP sent out demands for almost $400m to Anadarko and Japan's Mitsui Oil Exploration Company, both of whom are minority shareholders in the well.";
    expect(titles(demands, '2010-07-05')).toEqual(expect.arrayContaining([expect.stringMatching(/^BP sent out demands for almost \$400m/)]));
  }, 60_000);

  it('makes no event when the sentence does not write whom the dealing is with (title-cut:target-left-out)', () => {
    expect(whyNot('White House Chief of Staff Rahm Emanuel kept up the assault on Sunday.', '2010-06-20')).toContain('kept:title-cut:target-left-out');
    const war =
      'The company, which kept a low profile during the early weeks of the crisis, effectively declared war Friday by calling the tragedy "preventable."';
    expect(whyNot(war, '2010-06-21')).toContain('declared:title-cut:target-left-out');
  }, 60_000);

  it('leaves a dealing a word of its own names, ("a price war")', () => {
    expect(whyNot('Saudi Arabia started a price war in December 1985.', '1987-03-01')).not.toContain('started:title-cut:target-left-out');
  }, 60_000);
});

// Timeline17 (judged unreadable): a toll of the dead keeps where they died (events/needed-phrase.ts).
describe('events: a toll keeps its place (title:toll-keeps-place)', () => {
  it('makes no event of a toll whose named place the title has no room for (title-cut:toll-without-place)', () => {
    const toll =
      'UNICEF said last month that more than 2,500 people had been killed by meningitis this year in West and Central Africa in what could be the worst epidemic for five years.';
    expect(whyNot(toll, '2009-05-01')).toContain('killed:title-cut:toll-without-place');
  }, 60_000);
});
