import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../pipeline';
import { wireStory as story } from '../wire-story.harness';

// Reuters 1987 stories as the corpus writes them: a headline in capitals, then the dateline and the first sentence
// (quoted from the stories).
const SPLIT =
  '# CHRYSLER C SETS STOCK SPLIT, HIGHER DIVIDEND\n\nDETROIT, March 5 - Chrysler Corp said its board declared a three-for-two stock split in the form of a 50 pct stock dividend and raised the quarterly dividend by seven pct.';
const BELL =
  '# SOUTHWESTERN BELLSBC VOTES SPLIT, UPS PAYOUT\n\nST. LOUIS, March 27 - Southwestern Bell Corp said its board voted a three-for-one stock split and increased the dividend 8.8 pct to 1.60 dlrs a share.';

const records = (published: string, body: string) =>
  buildTimeline(story(published, body)).events.map((e) => ({ title: e.title, day: e.date?.value, rules: e.mentions[0].rules ?? [], actors: e.actors }));

describe("events: a wire lede's 'its' of the sayer, dated by the dateline when the headline names the sayer", () => {
  it('titles "Chrysler Corp said its board declared a three-for-two stock split" as the board\'s deed on 5 March (`date:wire-lede-its-of-sayer`)', () => {
    const m = records('1987-03-05', SPLIT).find((r) => r.title.includes('stock split'));
    expect(m?.title).toBe('Chrysler Corp’s board declared a three-for-two stock split');
    expect(m?.day).toBe('1987-03-05');
    expect(m?.rules).toEqual(expect.arrayContaining(['subject:its-is-sayer', 'date:wire-lede-told-by-headline', 'date:wire-lede-its-of-sayer']));
  }, 60_000);

  it('reads the sayer in a headline with a glued ticker: "SOUTHWESTERN BELLSBC VOTES SPLIT"', () => {
    const m = records('1987-03-27', BELL).find((r) => r.title.includes('stock split'));
    expect(m?.title).toBe('Southwestern Bell Corp’s board voted a three-for-one stock split');
    expect(m?.day).toBe('1987-03-27');
    expect(m?.rules).toContain('date:wire-lede-its-of-sayer');
  }, 60_000);

  it('leaves the lede undated when the headline tells another happening', () => {
    const other = SPLIT.replace('CHRYSLER C SETS STOCK SPLIT, HIGHER DIVIDEND', 'CHRYSLER C FEBRUARY U.S. CAR OUTPUT OFF');
    expect(records('1987-03-05', other).find((r) => r.title.includes('stock split'))).toBeUndefined();
  }, 60_000);
});
