import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../pipeline';
import { segmentSentences } from '../segment';
import { findTimeExpressions } from '../time';
import { datelineDayBefore } from './wire-lede';
import { wireStory as story } from '../wire-story.harness';

// Reuters 1987 stories as the corpus writes them: a headline in capitals, then the dateline and the first sentence
// (quoted from the stories; the pipeline sets the dateline apart as its own line, as it does for the corpus).
const AUSTERITY =
  '# ECUADOR ADOPTS AUSTERITY MEASURES AFTER QUAKE\n\nQUITO, March 7 - OPEC member Ecuador adopted austerity measures to conserve fuel after oil production was paralyzed by a strong earthquake.';
const HUNGER =
  '# BOLIVIAN TIN MINERS START HUNGER STRIKE\n\nLA PAZ, March 18 - About 9,000 miners employed by the state corporation Comibol went on hunger strike to press for higher wages, a miners union spokesman said.';
const DOWNGRADE =
  "# MOODY'S DOWNGRADES ZENITH ELECTRONICS DEBT\n\nNEW YORK, March 25 - Moody's Investors Services Inc said it downgraded 200 mln dlrs of long-term debt of Zenith Electronics Corp.\n";

const mention = (published: string, body: string, title: string) =>
  buildTimeline(story(published, body))
    .events.filter((e) => e.title.startsWith(title))
    .map((e) => ({ day: e.date?.value, rules: e.mentions[0].rules ?? [], title: e.title }))[0];

describe('events/wire-lede: the dateline of a wire story', () => {
  it('reads the day of "QUITO, March 7 -" before the first sentence, only when it is the publication day', () => {
    const text = 'QUITO, March 7 -\nOPEC member Ecuador adopted austerity measures to conserve fuel.';
    const sentences = segmentSentences(text);
    const times = findTimeExpressions(text, '1987-03-07');
    expect(datelineDayBefore(text, sentences, 1, times, '1987-03-07')).toBe('1987-03-07');
    expect(datelineDayBefore(text, sentences, 1, times, '1987-03-09')).toBeNull();
  });

  it('reads a dateline with a state, "NORTHVALE, N.J., Oct 19 -"', () => {
    const text = 'NORTHVALE, N.J., Oct 19 -\nBaltek Corp said it has acquired a shrimp packing plant in Ecuador.';
    expect(datelineDayBefore(text, segmentSentences(text), 1, findTimeExpressions(text, '1987-10-19'), '1987-10-19')).toBe('1987-10-19');
  });
});

describe("events: a wire story's first sentence is the news of its dateline's day", () => {
  it('dates "OPEC member Ecuador adopted austerity measures" by the dateline, its headline telling it (`date:wire-lede-told-by-headline`)', () => {
    const m = mention('1987-03-07', AUSTERITY, 'OPEC member Ecuador adopted austerity measures');
    expect(m?.day).toBe('1987-03-07');
    expect(m?.rules).toContain('date:wire-lede-told-by-headline');
  }, 60_000);

  it('dates a past the sentence\'s end attributes: "About 9,000 miners ... went on hunger strike ..., a miners union spokesman said"', () => {
    const m = mention('1987-03-18', HUNGER, 'About 9,000 miners went on hunger strike');
    expect(m?.day).toBe('1987-03-18');
    expect(m?.rules).toContain('date:wire-lede-told-by-headline');
  }, 60_000);

  it('titles "Moody\'s ... said it downgraded ..." with its sayer on the dateline\'s day (`date:wire-lede-saying-of-dateline-day`)', () => {
    // (Whose debt is kept, the amount left out for room: events/cut-heads.ts `title:quantity-keeps-its-owner`.)
    const m = mention('1987-03-25', DOWNGRADE, "Moody's Investors Services Inc said it downgraded");
    expect(m?.title).toMatch(/^Moody's Investors Services Inc said it downgraded long-term debt of Zenith Electronics Corp\.?$/);
    expect(m?.day).toBe('1987-03-25');
    expect(m?.rules).toEqual(expect.arrayContaining(['date:wire-lede-saying-of-dateline-day', 'title:quantity-amount-dropped']));
  }, 60_000);

  it('leaves a first sentence its headline does not tell undated', () => {
    const other = AUSTERITY.replace('ECUADOR ADOPTS AUSTERITY MEASURES AFTER QUAKE', 'OPEC OUTPUT SEEN LOWER IN MARCH');
    expect(mention('1987-03-07', other, 'OPEC member Ecuador adopted')).toBeUndefined();
  }, 60_000);
});
