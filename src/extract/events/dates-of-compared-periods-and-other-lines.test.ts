/**
 * Two things a reader checks about a date: that it is the happening's own, not the period a figure is compared with
 * ("from the previous year", "against 19.50 last week"), and, when it was read off another line than the record's
 * sentence (a headline's first lines, a wire story's dateline) or from "overnight", that the record says from where.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../pipeline';
import { events, whyNot } from '../events.harness';
import { wireStory as story } from '../wire-story.harness';
import { quotedLineAround, datelineWords } from './date-from-another-line';
import { segmentSentences } from '../segment';

const datedTitles = (text: string, published: string) =>
  events(text, published)
    .filter((m) => m.time)
    .map((m) => `${m.title} @ ${m.time?.value}`);

describe('a period after "from" or "against" is the other side of a comparison (date:baseline-of-change)', () => {
  it('"increased its production ... in the 1986-87 crushing season ... from the previous year" is not dated 1985', () => {
    // (Reuters of 4 April 1987; the judges: "1985 is the comparison year ('from the previous year'); the increase is in
    // the 1986-87 season". The season is a span of two years the record cannot write, so the increase is left undated.)
    const text =
      'The southwest Chinese region of Guangxi increased its production of sugarcane by 26.8 pct to 9.4 mln tonnes in the 1986-87 crushing season (November to March) from the previous year, the New China News Agency said.';
    expect(datedTitles(text, '1987-04-04').filter((t) => t.includes('Guangxi'))).toEqual([]);
    expect(whyNot(text, '1987-04-04')).toContain('increased:date:baseline-of-change');
  });

  it('"Crepe two traded at 19.60 against 19.50 last week": last week is the price compared with', () => {
    // (Reuters of 7 April 1987; the judges: "'last week' dates the comparison price 19.50, not the 19.60 trade".)
    const text = 'Crepe two traded at 19.60 against 19.50 last week and other grades also showed gains.';
    expect(datedTitles(text, '1987-04-07').filter((t) => t.startsWith('Crepe two'))).toEqual([]);
  });

  it('leaves a happening\'s own time alone: "captured ... in a major battle overnight" stays the night before the report', () => {
    // (Reuters of 1 March 1987; the judges passed 28 February. No figure is compared here.)
    const text = "Iran said its forces had captured one of Iraq's strongest fortifications east of Basra in a major battle overnight.";
    expect(datedTitles(text, '1987-03-01').some((t) => t.endsWith('@ 1987-02-28'))).toBe(true);
  });
});

describe('a date read off another line says which line, in words a reader can check', () => {
  it('quotes the words of the first lines around the day they name: "... late last night as the mayor, ..."', () => {
    // (The Guardian of 22 May 2009 under "Mexico City lowers swine flu alert"; the judges, shown the headline alone:
    // "nothing in it supports 21 May rather than the publication day".)
    const text =
      'Mexico City lowers swine flu alert\nMexico City lowered its swine flu alert level from yellow to green late last night as the mayor, Marcelo Ebrard, claimed residents could "relax".';
    const at = text.indexOf('last night');
    expect(quotedLineAround(text, segmentSentences(text), at, at + 'last night'.length)).toBe(
      '...swine flu alert level from yellow to green late last night as the mayor,...',
    );
  });

  it('joins punctuation a page split off its word: "... at the White House today ." is quoted as "today."', () => {
    const text = 'BP cancels dividend payments\nThe company executives met Barack Obama at the White House today .';
    const at = text.indexOf('today');
    expect(quotedLineAround(text, segmentSentences(text), at, at + 5)).toBe('...company executives met Barack Obama at the White House today.');
  });

  it('names the dateline a wire lede is dated by: "PEKING, April 4"', () => {
    const text = 'PEKING, April 4 -\nChina said it bought wheat.';
    expect(datelineWords(text, segmentSentences(text)[0])).toBe('PEKING, April 4');
  });

  it('"OPEC member Ecuador adopted austerity measures", dated by "QUITO, March 7 -", says so (date:wire-lede-told-by-headline)', () => {
    const body =
      '# ECUADOR ADOPTS AUSTERITY MEASURES AFTER QUAKE\n\nQUITO, March 7 - OPEC member Ecuador adopted austerity measures to conserve fuel after oil production was paralyzed by a strong earthquake.';
    const e = buildTimeline(story('1987-03-07', body)).events.find((x) => x.title.startsWith('OPEC member Ecuador adopted austerity measures'));
    expect(e?.date.value).toBe('1987-03-07');
    expect(e?.date.explanation).toBe("news in a wire story's first sentence, of the day of the report's dateline, 'QUITO, March 7': 7 Mar 1987");
  }, 60_000);
});
